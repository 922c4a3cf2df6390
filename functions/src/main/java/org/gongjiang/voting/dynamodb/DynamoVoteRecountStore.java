package org.gongjiang.voting.dynamodb;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.gongjiang.platform.dynamodb.Attributes;
import org.gongjiang.platform.dynamodb.CounterItems;
import org.gongjiang.platform.dynamodb.Transactions;
import org.gongjiang.voting.application.VoteRecountStore;
import org.gongjiang.voting.model.DailyBallot;
import org.gongjiang.voting.model.VoteCountDelta;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;
import software.amazon.awssdk.services.dynamodb.model.Update;

/**
 * The recount's reads and writes: a parallel scan of VotesTable for one campaign's ballots, and the
 * rebuilt counters as a generation beside the live ones in CountersTable ({@code campaign#<id>@<generation>},
 * the same sort keys), which a switch copies onto the live items.
 */
public final class DynamoVoteRecountStore implements VoteRecountStore {

    // Segments of the parallel scan: each a thread reading its own part of the table at DynamoDB's pace.
    private static final int SEGMENTS = 8;
    private static final int ITEMS_PER_TRANSACTION = 99;
    private static final String GENERATION_MARK = "recount";
    private static final String VERSION_SEPARATOR = "/";

    private final DynamoDbClient dynamo;
    private final String votesTable;
    private final String countersTable;
    private final DynamoVoteCounterStore counters;

    public DynamoVoteRecountStore(DynamoDbClient dynamo, String votesTable, String countersTable) {
        this.dynamo = dynamo;
        this.votesTable = votesTable;
        this.countersTable = countersTable;
        this.counters = new DynamoVoteCounterStore(dynamo, countersTable);
    }

    @Override
    public long scanBallots(String campaignId, Consumer<DailyBallot> sink) {
        AtomicLong ballots = new AtomicLong();
        try (ExecutorService segments = Executors.newFixedThreadPool(SEGMENTS)) {
            List<Future<?>> running = new ArrayList<>();
            for (int segment = 0; segment < SEGMENTS; segment++) {
                int part = segment;
                running.add(segments.submit(() -> dynamo.scanPaginator(b -> b.tableName(votesTable)
                                .segment(part).totalSegments(SEGMENTS)
                                .filterExpression("#cid = :campaignId AND attribute_exists(#d)")
                                .expressionAttributeNames(Map.of("#cid", BallotItemMapper.CAMPAIGN, "#d", BallotItemMapper.DAY))
                                .expressionAttributeValues(Map.of(":campaignId", AttributeValue.fromS(campaignId))))
                        .items().forEach(item -> {
                            sink.accept(BallotItemMapper.fromItem(item));
                            ballots.incrementAndGet();
                        })));
            }
            for (Future<?> segment : running) {
                segment.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while scanning the votes of " + campaignId, e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException failure) {
                throw failure;
            }
            throw new IllegalStateException("the scan of the votes of " + campaignId + " failed", e.getCause());
        }
        return ballots.get();
    }

    private static String partition(String campaignId, Optional<String> generation) {
        return VoteCounterKeys.campaignPartition(campaignId) + generation.map(g -> "@" + g).orElse("");
    }

    @Override
    public boolean generationExists(String campaignId, String generation) {
        return dynamo.getItem(b -> b.tableName(countersTable).consistentRead(true)
                .key(CounterItems.key(partition(campaignId, Optional.of(generation)), GENERATION_MARK))).hasItem();
    }

    @Override
    public void writeGeneration(String campaignId, String generation, VoteCountDelta rebuilt, Instant now) {
        // the rebuilt counters are not live: item by item, no transaction needed; the mark goes last,
        // so that a generation that exists is whole
        for (Update update : counters.additions(rebuilt, now)) {
            dynamo.updateItem(b -> b.tableName(update.tableName()).key(update.key()).updateExpression(update.updateExpression())
                    .expressionAttributeNames(update.expressionAttributeNames())
                    .expressionAttributeValues(update.expressionAttributeValues()));
        }
        Map<String, AttributeValue> mark = new HashMap<>(CounterItems.key(partition(campaignId, Optional.of(generation)), GENERATION_MARK));
        mark.put("rebuiltAt", AttributeValue.fromS(now.toString()));
        dynamo.putItem(b -> b.tableName(countersTable).item(mark));
    }

    @Override
    public Map<String, Map<String, Long>> counters(String campaignId, Optional<String> generation) {
        Map<String, Map<String, Long>> items = new TreeMap<>();
        dynamo.queryPaginator(b -> b.tableName(countersTable).consistentRead(true)
                        .keyConditionExpression("#pk = :pk")
                        .expressionAttributeNames(Map.of("#pk", CounterItems.PARTITION_KEY))
                        .expressionAttributeValues(Map.of(":pk", AttributeValue.fromS(partition(campaignId, generation)))))
                .items().forEach(item -> {
                    String sortKey = item.get(CounterItems.SORT_KEY).s();
                    if (!sortKey.equals(GENERATION_MARK)) {
                        items.put(sortKey, numbers(item));
                    }
                });
        return items;
    }

    /** The counters of an item: every number but its expiry. */
    private static Map<String, Long> numbers(Map<String, AttributeValue> item) {
        Map<String, Long> numbers = new TreeMap<>();
        item.forEach((name, value) -> {
            if (value.n() != null && !name.equals(BallotItemMapper.EXPIRES_AT)) {
                numbers.put(name, Long.parseLong(value.n()));
            }
        });
        return numbers;
    }

    /**
     * The totals' last commit time and valid votes: every commit of the aggregator moves the time, and a
     * commit within the same millisecond still moves the votes (a void or a restoration moves them too).
     */
    @Override
    public Optional<String> liveVersion(String campaignId) {
        var response = dynamo.getItem(b -> b.tableName(countersTable).consistentRead(true)
                .key(VoteCounterKeys.totals(campaignId)));
        if (!response.hasItem()) {
            return Optional.empty();
        }
        return Attributes.optionalString(response.item(), CounterItems.UPDATED_AT)
                .map(at -> at + VERSION_SEPARATOR + Attributes.numberOrZero(response.item(), VoteCounterItemMapper.VOTES));
    }

    @Override
    public boolean switchTo(String campaignId, String generation, Optional<String> expectedLiveVersion, Instant now) {
        Map<String, Map<String, Long>> live = counters(campaignId, Optional.empty());
        Map<String, Map<String, Long>> rebuilt = counters(campaignId, Optional.of(generation));
        Map<String, Map<String, Long>> target = new TreeMap<>();
        live.forEach((item, numbers) -> numbers.keySet().forEach(name -> target.computeIfAbsent(item, i -> new TreeMap<>()).put(name, 0L)));
        rebuilt.forEach((item, numbers) -> target.computeIfAbsent(item, i -> new TreeMap<>()).putAll(numbers));
        target.computeIfAbsent(VoteCounterKeys.TOTAL, i -> new TreeMap<>());
        List<String> items = new ArrayList<>(target.keySet());
        // the totals first, in the transaction that checks the live version: once it commits, the switch is on
        items.remove(VoteCounterKeys.TOTAL);
        items.addFirst(VoteCounterKeys.TOTAL);
        for (int start = 0; start < items.size(); start += ITEMS_PER_TRANSACTION) {
            List<TransactWriteItem> actions = new ArrayList<>();
            for (String item : items.subList(start, Math.min(items.size(), start + ITEMS_PER_TRANSACTION))) {
                boolean totals = item.equals(VoteCounterKeys.TOTAL);
                if (!totals && target.get(item).isEmpty()) {
                    continue;
                }
                actions.add(TransactWriteItem.builder().update(set(campaignId, item, target.get(item),
                        totals ? Optional.of(now) : Optional.empty(), totals ? Optional.of(expectedLiveVersion) : Optional.empty())).build());
            }
            try {
                dynamo.transactWriteItems(b -> b.transactItems(actions));
            } catch (TransactionCanceledException cancelled) {
                if (start == 0 && Transactions.conditionFailed(cancelled, 0)) {
                    return false;
                }
                throw cancelled;
            }
        }
        return true;
    }

    /** Sets an item's counters to {@code numbers}; on the totals, also the version, on condition of the one seen. */
    private Update set(String campaignId, String sortKey, Map<String, Long> numbers, Optional<Instant> now,
                       Optional<Optional<String>> expectedVersion) {
        Map<String, String> names = new HashMap<>();
        Map<String, AttributeValue> values = new HashMap<>();
        List<String> assignments = new ArrayList<>();
        int i = 0;
        for (Map.Entry<String, Long> number : numbers.entrySet()) {
            names.put("#n" + i, number.getKey());
            values.put(":n" + i, Attributes.n(number.getValue()));
            assignments.add("#n" + i + " = :n" + i);
            i++;
        }
        String condition = null;
        if (now.isPresent()) {
            names.put("#updatedAt", CounterItems.UPDATED_AT);
            values.put(":now", AttributeValue.fromS(now.get().toString()));
            assignments.add("#updatedAt = :now");
            Optional<String> seen = expectedVersion.orElseThrow();
            int separator = seen.map(version -> version.lastIndexOf(VERSION_SEPARATOR)).orElse(-1);
            if (separator > 0) {
                values.put(":seenAt", AttributeValue.fromS(seen.get().substring(0, separator)));
                values.put(":seenVotes", Attributes.n(Long.parseLong(seen.get().substring(separator + 1))));
                names.put("#seenVotes", VoteCounterItemMapper.VOTES);
                condition = "#updatedAt = :seenAt AND #seenVotes = :seenVotes";
            } else if (seen.isPresent()) {
                // not a version this store gave: it cannot match
                values.put(":seenAt", AttributeValue.fromS(seen.get()));
                condition = "#updatedAt = :seenAt AND attribute_not_exists(#updatedAt)";
            } else {
                condition = "attribute_not_exists(#updatedAt)";
            }
        }
        Update.Builder update = Update.builder().tableName(countersTable)
                .key(CounterItems.key(VoteCounterKeys.campaignPartition(campaignId), sortKey))
                .updateExpression("SET " + String.join(", ", assignments))
                .expressionAttributeNames(names);
        if (!values.isEmpty()) {
            update.expressionAttributeValues(values);
        }
        if (condition != null) {
            update.conditionExpression(condition);
        }
        return update.build();
    }
}
