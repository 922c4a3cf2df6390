package org.gongjiang.local.emulator.dynamodb;

import java.net.URI;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.DoubleAdder;
import java.util.concurrent.atomic.LongAdder;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.SdkRequest;
import software.amazon.awssdk.core.SdkResponse;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemRequest;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemResponse;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.ConsumedCapacity;
import software.amazon.awssdk.services.dynamodb.model.DeleteItemRequest;
import software.amazon.awssdk.services.dynamodb.model.DeleteItemResponse;
import software.amazon.awssdk.services.dynamodb.model.GetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.GetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;
import software.amazon.awssdk.services.dynamodb.model.PutItemResponse;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.ReturnConsumedCapacity;
import software.amazon.awssdk.services.dynamodb.model.ScanRequest;
import software.amazon.awssdk.services.dynamodb.model.ScanResponse;
import software.amazon.awssdk.services.dynamodb.model.TransactGetItemsRequest;
import software.amazon.awssdk.services.dynamodb.model.TransactGetItemsResponse;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItemsRequest;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItemsResponse;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemRequest;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemResponse;

/**
 * Counts DynamoDB requests and the capacity units they consume, per operation and table, for every
 * DynamoDB client in this JVM (the functions' included): the SDK loads it from the classpath file
 * software/amazon/awssdk/services/dynamodb/execution.interceptors, which exists only in the local
 * module. It asks each data request for ReturnConsumedCapacity=TOTAL and reads the answer, except
 * where DynamoDB Local's answer is not what AWS bills:
 * <ul>
 *   <li>TransactWriteItems: DynamoDB Local reports a flat 4 units whatever the transaction holds.
 *       AWS bills 2 write units per KB of each item written; the meter reads every item the
 *       transaction touched (uncounted) and bills it so.</li>
 *   <li>A refused conditional write: DynamoDB Local reports nothing; AWS bills the write units of the
 *       item as it stood, which the refusal returns (ReturnValuesOnConditionCheckFailure=ALL_OLD).</li>
 * </ul>
 */
public final class DynamoDbMeter implements ExecutionInterceptor {

    private static final Map<String, Tally> TALLIES = new ConcurrentHashMap<>();
    private static final Map<String, DynamoDbClient> READERS = new ConcurrentHashMap<>();
    /** Set while the meter itself reads items, so that its own reads are not counted. */
    private static final ThreadLocal<Boolean> METERING = ThreadLocal.withInitial(() -> false);

    @Override
    public SdkRequest modifyRequest(Context.ModifyRequest context, ExecutionAttributes attributes) {
        SdkRequest request = context.request();
        if (METERING.get()) {
            return request;
        }
        ReturnConsumedCapacity total = ReturnConsumedCapacity.TOTAL;
        return switch (request) {
            case UpdateItemRequest r -> r.toBuilder().returnConsumedCapacity(total).build();
            case PutItemRequest r -> r.toBuilder().returnConsumedCapacity(total).build();
            case DeleteItemRequest r -> r.toBuilder().returnConsumedCapacity(total).build();
            case TransactWriteItemsRequest r -> r.toBuilder().returnConsumedCapacity(total).build();
            case BatchWriteItemRequest r -> r.toBuilder().returnConsumedCapacity(total).build();
            case GetItemRequest r -> r.toBuilder().returnConsumedCapacity(total).build();
            case QueryRequest r -> r.toBuilder().returnConsumedCapacity(total).build();
            case ScanRequest r -> r.toBuilder().returnConsumedCapacity(total).build();
            case BatchGetItemRequest r -> r.toBuilder().returnConsumedCapacity(total).build();
            case TransactGetItemsRequest r -> r.toBuilder().returnConsumedCapacity(total).build();
            default -> request;
        };
    }

    @Override
    public void afterExecution(Context.AfterExecution context, ExecutionAttributes attributes) {
        if (METERING.get()) {
            return;
        }
        SdkResponse response = context.response();
        switch (response) {
            case UpdateItemResponse r -> record("UpdateItem", true, r.consumedCapacity());
            case PutItemResponse r -> record("PutItem", true, r.consumedCapacity());
            case DeleteItemResponse r -> record("DeleteItem", true, r.consumedCapacity());
            case TransactWriteItemsResponse r ->
                    billTransaction((TransactWriteItemsRequest) context.request(), context.httpRequest().getUri());
            case BatchWriteItemResponse r -> record("BatchWriteItem", true, r.consumedCapacity().toArray(ConsumedCapacity[]::new));
            case GetItemResponse r -> record("GetItem", false, r.consumedCapacity());
            case QueryResponse r -> record("Query", false, r.consumedCapacity());
            case ScanResponse r -> record("Scan", false, r.consumedCapacity());
            case BatchGetItemResponse r -> record("BatchGetItem", false, r.consumedCapacity().toArray(ConsumedCapacity[]::new));
            case TransactGetItemsResponse r -> record("TransactGetItems", false, r.consumedCapacity().toArray(ConsumedCapacity[]::new));
            default -> {
            }
        }
    }

    @Override
    public void onExecutionFailure(Context.FailedExecution context, ExecutionAttributes attributes) {
        if (METERING.get()) {
            return;
        }
        SdkRequest request = context.request();
        String table = switch (request) {
            case UpdateItemRequest r -> r.tableName();
            case PutItemRequest r -> r.tableName();
            case DeleteItemRequest r -> r.tableName();
            default -> null;
        };
        if (table != null && context.exception() instanceof ConditionalCheckFailedException refused) {
            String operation = request.getClass().getSimpleName().replace("Request", "");
            int bytes = refused.hasItem() ? ItemSizes.of(refused.item()) : 0;
            tally(operation + " (refused)", table, true).add(ItemSizes.writeUnits(bytes));
        } else if (request instanceof TransactWriteItemsRequest) {
            tally("TransactWriteItems (cancelled)", "", true).add(0);
        }
    }

    /** Bills a committed transaction by DynamoDB's rules: 2 write units per KB of every item written. */
    private static void billTransaction(TransactWriteItemsRequest request, URI endpoint) {
        DynamoDbClient reader = READERS.computeIfAbsent(endpoint.getScheme() + "://" + endpoint.getAuthority(),
                url -> DynamoDbClient.builder().endpointOverride(URI.create(url)).region(Region.US_EAST_1)
                        .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("local", "local")))
                        .httpClient(UrlConnectionHttpClient.create()).build());
        Map<String, Double> unitsByTable = new TreeMap<>();
        METERING.set(true);
        try {
            for (TransactWriteItem action : request.transactItems()) {
                String table;
                Map<String, AttributeValue> key;
                if (action.update() != null) {
                    table = action.update().tableName();
                    key = action.update().key();
                } else if (action.put() != null) {
                    table = action.put().tableName();
                    key = null;
                    unitsByTable.merge(table, 2.0 * ItemSizes.writeUnits(ItemSizes.of(action.put().item())), Double::sum);
                } else if (action.delete() != null) {
                    table = action.delete().tableName();
                    key = action.delete().key();
                } else {
                    continue; // a ConditionCheck is billed as a read
                }
                if (key != null) {
                    var item = reader.getItem(b -> b.tableName(table).key(key).consistentRead(true));
                    int bytes = item.hasItem() ? ItemSizes.of(item.item()) : 0;
                    unitsByTable.merge(table, 2.0 * ItemSizes.writeUnits(bytes), Double::sum);
                }
            }
        } finally {
            METERING.set(false);
        }
        boolean first = true;
        for (Map.Entry<String, Double> table : unitsByTable.entrySet()) {
            Tally tally = tally("TransactWriteItems", table.getKey(), true);
            tally.units.add(table.getValue());
            if (first) {
                tally.requests.increment();
                first = false;
            }
        }
    }

    private static void record(String operation, boolean write, ConsumedCapacity... capacities) {
        if (capacities.length == 0 || capacities[0] == null) {
            tally(operation, "", write).add(0);
            return;
        }
        boolean first = true;
        for (ConsumedCapacity capacity : capacities) {
            Tally tally = tally(operation, capacity.tableName(), write);
            tally.units.add(capacity.capacityUnits() == null ? 0 : capacity.capacityUnits());
            if (first) {
                tally.requests.increment();
                first = false;
            }
        }
    }

    private static Tally tally(String operation, String table, boolean write) {
        return TALLIES.computeIfAbsent(operation + "|" + table + "|" + write, k -> new Tally(operation, table, write));
    }

    /** Everything counted so far. */
    public static Snapshot snapshot() {
        long writeRequests = 0;
        long readRequests = 0;
        double writeUnits = 0;
        double readUnits = 0;
        Map<String, Map<String, Object>> byOperation = new TreeMap<>();
        for (Tally tally : TALLIES.values()) {
            long requests = tally.requests.sum();
            double units = tally.units.sum();
            if (tally.write) {
                writeRequests += requests;
                writeUnits += units;
            } else {
                readRequests += requests;
                readUnits += units;
            }
            byOperation.put(tally.operation + (tally.table.isEmpty() ? "" : " " + tally.table),
                    Map.of("requests", requests, "capacityUnits", units));
        }
        return new Snapshot(writeRequests, writeUnits, readRequests, readUnits, byOperation);
    }

    /** Totals at one moment; subtract two to measure what happened in between. */
    public record Snapshot(long writeRequests, double writeCapacityUnits, long readRequests, double readCapacityUnits,
                           Map<String, Map<String, Object>> byOperation) {
    }

    private static final class Tally {
        final String operation;
        final String table;
        final boolean write;
        final LongAdder requests = new LongAdder();
        final DoubleAdder units = new DoubleAdder();

        Tally(String operation, String table, boolean write) {
            this.operation = operation;
            this.table = table;
            this.write = write;
        }

        void add(double capacityUnits) {
            requests.increment();
            units.add(capacityUnits);
        }
    }
}
