package org.gongjiang.local;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import java.util.concurrent.atomic.DoubleAdder;
import software.amazon.awssdk.core.SdkRequest;
import software.amazon.awssdk.core.SdkResponse;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemRequest;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemResponse;
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
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItemsRequest;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItemsResponse;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemRequest;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemResponse;

/**
 * Counts DynamoDB requests and the capacity units DynamoDB says they consumed, per operation and table,
 * for every DynamoDB client in this JVM (the functions' included): the SDK loads it from the
 * classpath file software/amazon/awssdk/services/dynamodb/execution.interceptors, which exists only in
 * the local module. It asks each data request for ReturnConsumedCapacity=TOTAL and reads the answer.
 */
public final class DynamoDbMeter implements ExecutionInterceptor {

    private static final Map<String, Tally> TALLIES = new ConcurrentHashMap<>();

    @Override
    public SdkRequest modifyRequest(Context.ModifyRequest context, ExecutionAttributes attributes) {
        SdkRequest request = context.request();
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
        SdkResponse response = context.response();
        switch (response) {
            case UpdateItemResponse r -> record("UpdateItem", true, r.consumedCapacity());
            case PutItemResponse r -> record("PutItem", true, r.consumedCapacity());
            case DeleteItemResponse r -> record("DeleteItem", true, r.consumedCapacity());
            case TransactWriteItemsResponse r -> record("TransactWriteItems", true, r.consumedCapacity().toArray(ConsumedCapacity[]::new));
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
        // A refused conditional write still costs a write unit on AWS (1 WCU up to 1 KB); DynamoDB Local
        // returns no capacity with the error, so count the request and the minimum it is billed.
        SdkRequest request = context.request();
        String operation = switch (request) {
            case UpdateItemRequest r -> "UpdateItem";
            case PutItemRequest r -> "PutItem";
            case DeleteItemRequest r -> "DeleteItem";
            case TransactWriteItemsRequest r -> "TransactWriteItems";
            default -> null;
        };
        if (operation != null) {
            String table = request instanceof UpdateItemRequest u ? u.tableName() : "";
            tally(operation + " (refused)", table, true).add(operation.equals("TransactWriteItems") ? 0 : 1);
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
