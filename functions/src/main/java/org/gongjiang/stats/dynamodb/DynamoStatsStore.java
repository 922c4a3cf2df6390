package org.gongjiang.stats.dynamodb;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.gongjiang.platform.dynamodb.Attributes;
import org.gongjiang.platform.dynamodb.CounterItems;
import org.gongjiang.stats.application.StatsStore;
import org.gongjiang.stats.model.StatsDimension;
import org.gongjiang.voting.dynamodb.CandidateItemMapper;
import org.gongjiang.voting.dynamodb.VoteCounterItemMapper;
import org.gongjiang.voting.dynamodb.VoteCounterKeys;
import org.gongjiang.voting.dynamodb.VoteCounterReads;
import org.gongjiang.voting.dynamodb.DynamoPublishedVoidStore;
import org.gongjiang.voting.model.Candidate;
import org.gongjiang.voting.model.PublishedVoid;
import org.gongjiang.voting.model.VoteTotals;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.PutRequest;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

/**
 * Open statistics from CountersTable: each read is one GetItem or one Query bounded by its key range
 * (a vote counter's slots summed, {@link VoteCounterReads}), whatever the number of votes or
 * nominations counted. Snapshots are copies of a campaign's partition
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
        return VoteCounterReads.totals(dynamo, table, StatsKeys.partition(scope));
    }

    @Override
    public Map<LocalDate, DayCount> days(Scope scope, LocalDate from, LocalDate to) {
        Map<LocalDate, DayCount> days = new TreeMap<>();
        if (to.isBefore(from)) {
            return days;
        }
        VoteCounterReads.fixedCounters(dynamo, table, StatsKeys.partition(scope), VoteCounterKeys.daySortKey(from),
                VoteCounterKeys.daySortKey(to)).forEach((sortKey, counters) -> days.put(VoteCounterKeys.dayOf(sortKey),
                new DayCount(counters.getOrDefault(VoteCounterItemMapper.VOTES, 0L), counters.getOrDefault(VoteCounterItemMapper.VOTERS, 0L))));
        return days;
    }

    @Override
    public Map<Instant, Long> hours(Scope scope, Instant from, Instant to) {
        Map<Instant, Long> hours = new TreeMap<>();
        if (!from.isBefore(to)) {
            return hours;
        }
        VoteCounterReads.fixedCounters(dynamo, table, StatsKeys.partition(scope), VoteCounterKeys.hourSortKey(from),
                VoteCounterKeys.hourSortKey(to.minusSeconds(1))).forEach((sortKey, counters) ->
                hours.put(VoteCounterKeys.hourOf(sortKey), counters.getOrDefault(VoteCounterItemMapper.VOTES, 0L)));
        return hours;
    }

    @Override
    public NominationCounts nominationCounts(Scope scope, List<StatsDimension> dimensions) {
        var response = dynamo.getItem(b -> b.tableName(table)
                .key(CounterItems.key(StatsKeys.partition(scope), StatsKeys.nominationsSortKey(dimensions))));
        Map<List<String>, Long> counts = new HashMap<>();
        if (!response.hasItem()) {
            return new NominationCounts(counts, java.util.Optional.empty());
        }
        CounterItems.counters(response.item()).forEach((name, count) -> counts.put(StatsKeys.cellOf(name), count));
        return new NominationCounts(counts, Attributes.optionalString(response.item(), CounterItems.UPDATED_AT).map(Instant::parse));
    }

    @Override
    public List<PublishedVoid> voids(Scope scope) {
        return DynamoPublishedVoidStore.published(dynamo, table, StatsKeys.partition(scope));
    }

    @Override
    public List<Candidate> frozenBallot(Scope scope) {
        return dynamo.queryPaginator(b -> b.tableName(table)
                        .keyConditionExpression("#pk = :pk AND begins_with(#sk, :prefix)")
                        .expressionAttributeNames(Map.of("#pk", CounterItems.PARTITION_KEY, "#sk", CounterItems.SORT_KEY))
                        .expressionAttributeValues(Map.of(":pk", AttributeValue.fromS(StatsKeys.partition(scope)),
                                ":prefix", AttributeValue.fromS(StatsKeys.BALLOT_PREFIX))))
                .items().stream().map(CandidateItemMapper::fromItem).toList();
    }

    @Override
    public List<Snapshot> snapshots(String campaignId) {
        return dynamo.queryPaginator(b -> b.tableName(table)
                        .keyConditionExpression("#pk = :pk")
                        .expressionAttributeNames(Map.of("#pk", CounterItems.PARTITION_KEY))
                        .expressionAttributeValues(Map.of(":pk", AttributeValue.fromS(StatsKeys.snapshotList(campaignId)))))
                .items().stream()
                .map(item -> new Snapshot(LocalDate.parse(item.get(CounterItems.SORT_KEY).s()),
                        Instant.parse(item.get("takenAt").s())))
                .toList();
    }

    @Override
    public boolean takeSnapshot(String campaignId, LocalDate date, List<Candidate> ballot, Instant takenAt) {
        Map<String, AttributeValue> marker = StatsKeys.snapshotMarker(campaignId, date);
        if (dynamo.getItem(b -> b.tableName(table).key(marker).consistentRead(true)).hasItem()) {
            return false;
        }
        String frozen = StatsKeys.partition(new Scope(campaignId, java.util.Optional.of(date)));
        List<Map<String, AttributeValue>> copies = new ArrayList<>();
        dynamo.queryPaginator(b -> b.tableName(table).consistentRead(true)
                        .keyConditionExpression("#pk = :pk")
                        .expressionAttributeNames(Map.of("#pk", CounterItems.PARTITION_KEY))
                        .expressionAttributeValues(Map.of(":pk", AttributeValue.fromS(VoteCounterKeys.campaignPartition(campaignId)))))
                .items().forEach(item -> {
                    Map<String, AttributeValue> copy = new LinkedHashMap<>(item);
                    copy.put(CounterItems.PARTITION_KEY, AttributeValue.fromS(frozen));
                    copies.add(copy);
                });
        for (Candidate candidate : ballot) {
            Map<String, AttributeValue> copy = new LinkedHashMap<>(CandidateItemMapper.toItem(candidate));
            copy.put(CounterItems.PARTITION_KEY, AttributeValue.fromS(frozen));
            copy.put(CounterItems.SORT_KEY, AttributeValue.fromS(StatsKeys.BALLOT_PREFIX + candidate.candidateId()));
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
                    .expressionAttributeNames(Map.of("#pk", CounterItems.PARTITION_KEY)));
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
