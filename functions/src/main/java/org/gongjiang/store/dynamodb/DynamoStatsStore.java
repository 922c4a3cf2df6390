package org.gongjiang.store.dynamodb;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.gongjiang.domain.Candidate;
import org.gongjiang.domain.StatsDimension;
import org.gongjiang.domain.VoteTotals;
import org.gongjiang.store.StatsStore;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.PutRequest;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

/**
 * Open statistics from CountersTable: each read is one GetItem or one Query bounded by its key range,
 * whatever the number of votes or nominations counted. Snapshots are copies of a campaign's partition
 * under a partition of their own, listed once complete.
 */
public final class DynamoStatsStore implements StatsStore {

    private static final int BATCH = 25;
    private static final int MAX_UNPROCESSED_ROUNDS = 20;

    private final DynamoDbClient dynamo;
    private final String table;

    public DynamoStatsStore(DynamoDbClient dynamo, String table) {
        this.dynamo = dynamo;
        this.table = table;
    }

    @Override
    public VoteTotals totals(Scope scope) {
        var response = dynamo.getItem(b -> b.tableName(table).key(CounterKeys.key(CounterKeys.partition(scope), CounterKeys.TOTAL)));
        return response.hasItem() ? CounterItemMapper.totals(response.item()) : VoteTotals.none();
    }

    @Override
    public Map<LocalDate, DayCount> days(Scope scope, LocalDate from, LocalDate to) {
        Map<LocalDate, DayCount> days = new TreeMap<>();
        if (to.isBefore(from)) {
            return days;
        }
        between(scope, CounterKeys.daySortKey(from), CounterKeys.daySortKey(to)).forEach(item -> {
            LocalDate day = LocalDate.parse(item.get(CounterKeys.SORT_KEY).s().substring(CounterKeys.DAY_PREFIX.length()));
            days.put(day, new DayCount(Attributes.numberOrZero(item, CounterItemMapper.VOTES),
                    Attributes.numberOrZero(item, CounterItemMapper.VOTERS)));
        });
        return days;
    }

    @Override
    public Map<Instant, Long> hours(Scope scope, Instant from, Instant to) {
        Map<Instant, Long> hours = new TreeMap<>();
        if (!from.isBefore(to)) {
            return hours;
        }
        between(scope, CounterKeys.hourSortKey(from), CounterKeys.hourSortKey(to.minusSeconds(1))).forEach(item ->
                hours.put(CounterKeys.hourOf(item.get(CounterKeys.SORT_KEY).s()), Attributes.numberOrZero(item, CounterItemMapper.VOTES)));
        return hours;
    }

    private List<Map<String, AttributeValue>> between(Scope scope, String low, String high) {
        return dynamo.queryPaginator(b -> b.tableName(table)
                        .keyConditionExpression("#pk = :pk AND #sk BETWEEN :low AND :high")
                        .expressionAttributeNames(Map.of("#pk", CounterKeys.PARTITION_KEY, "#sk", CounterKeys.SORT_KEY))
                        .expressionAttributeValues(Map.of(":pk", AttributeValue.fromS(CounterKeys.partition(scope)),
                                ":low", AttributeValue.fromS(low), ":high", AttributeValue.fromS(high))))
                .items().stream().toList();
    }

    @Override
    public NominationCounts nominationCounts(Scope scope, List<StatsDimension> dimensions) {
        var response = dynamo.getItem(b -> b.tableName(table)
                .key(CounterKeys.key(CounterKeys.partition(scope), CounterKeys.nominationsSortKey(dimensions))));
        Map<List<String>, Long> counts = new HashMap<>();
        if (!response.hasItem()) {
            return new NominationCounts(counts, java.util.Optional.empty());
        }
        response.item().forEach((name, value) -> {
            if (name.startsWith(CounterKeys.CANDIDATE_PREFIX) && value.n() != null) {
                counts.put(CounterKeys.cellOf(name), Long.parseLong(value.n()));
            }
        });
        return new NominationCounts(counts, Attributes.optionalString(response.item(), CounterItemMapper.UPDATED_AT).map(Instant::parse));
    }

    @Override
    public List<Candidate> frozenBallot(Scope scope) {
        return dynamo.queryPaginator(b -> b.tableName(table)
                        .keyConditionExpression("#pk = :pk AND begins_with(#sk, :prefix)")
                        .expressionAttributeNames(Map.of("#pk", CounterKeys.PARTITION_KEY, "#sk", CounterKeys.SORT_KEY))
                        .expressionAttributeValues(Map.of(":pk", AttributeValue.fromS(CounterKeys.partition(scope)),
                                ":prefix", AttributeValue.fromS(CounterKeys.BALLOT_PREFIX))))
                .items().stream().map(CandidateItemMapper::fromItem).toList();
    }

    @Override
    public List<Snapshot> snapshots(String campaignId) {
        return dynamo.queryPaginator(b -> b.tableName(table)
                        .keyConditionExpression("#pk = :pk")
                        .expressionAttributeNames(Map.of("#pk", CounterKeys.PARTITION_KEY))
                        .expressionAttributeValues(Map.of(":pk", AttributeValue.fromS(CounterKeys.snapshotList(campaignId)))))
                .items().stream()
                .map(item -> new Snapshot(LocalDate.parse(item.get(CounterKeys.SORT_KEY).s()),
                        Instant.parse(item.get("takenAt").s())))
                .toList();
    }

    @Override
    public boolean takeSnapshot(String campaignId, LocalDate date, List<Candidate> ballot, Instant takenAt) {
        Map<String, AttributeValue> marker = CounterKeys.snapshotMarker(campaignId, date);
        if (dynamo.getItem(b -> b.tableName(table).key(marker).consistentRead(true)).hasItem()) {
            return false;
        }
        String frozen = CounterKeys.partition(new Scope(campaignId, java.util.Optional.of(date)));
        List<Map<String, AttributeValue>> copies = new ArrayList<>();
        dynamo.queryPaginator(b -> b.tableName(table).consistentRead(true)
                        .keyConditionExpression("#pk = :pk")
                        .expressionAttributeNames(Map.of("#pk", CounterKeys.PARTITION_KEY))
                        .expressionAttributeValues(Map.of(":pk", AttributeValue.fromS(CounterKeys.livePartition(campaignId)))))
                .items().forEach(item -> {
                    Map<String, AttributeValue> copy = new LinkedHashMap<>(item);
                    copy.put(CounterKeys.PARTITION_KEY, AttributeValue.fromS(frozen));
                    copies.add(copy);
                });
        for (Candidate candidate : ballot) {
            Map<String, AttributeValue> copy = new LinkedHashMap<>(CandidateItemMapper.toItem(candidate));
            copy.put(CounterKeys.PARTITION_KEY, AttributeValue.fromS(frozen));
            copy.put(CounterKeys.SORT_KEY, AttributeValue.fromS(CounterKeys.BALLOT_PREFIX + candidate.candidateId()));
            copies.add(copy);
        }
        for (int start = 0; start < copies.size(); start += BATCH) {
            write(copies.subList(start, Math.min(copies.size(), start + BATCH)));
        }
        // the snapshot exists from here on: every copy is already written
        Map<String, AttributeValue> item = new HashMap<>(marker);
        item.put("takenAt", AttributeValue.fromS(takenAt.toString()));
        try {
            dynamo.putItem(b -> b.tableName(table).item(item).conditionExpression("attribute_not_exists(#pk)")
                    .expressionAttributeNames(Map.of("#pk", CounterKeys.PARTITION_KEY)));
            return true;
        } catch (ConditionalCheckFailedException takenMeanwhile) {
            return false;
        }
    }

    private void write(List<Map<String, AttributeValue>> items) {
        Map<String, List<WriteRequest>> pending = Map.of(table, items.stream()
                .map(item -> WriteRequest.builder().putRequest(PutRequest.builder().item(item).build()).build()).toList());
        for (int round = 0; round < MAX_UNPROCESSED_ROUNDS && !pending.isEmpty(); round++) {
            Map<String, List<WriteRequest>> request = pending;
            var response = dynamo.batchWriteItem(b -> b.requestItems(request));
            pending = response.hasUnprocessedItems() ? response.unprocessedItems() : Map.of();
            if (!pending.isEmpty()) {
                try {
                    Thread.sleep(50L << Math.min(round, 5));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("interrupted while writing a snapshot", e);
                }
            }
        }
        if (!pending.isEmpty()) {
            throw new IllegalStateException("DynamoDB kept items of a snapshot unprocessed; the snapshot is retried later");
        }
    }
}
