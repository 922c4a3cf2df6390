package org.gongjiang.voting.dynamodb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import org.gongjiang.platform.stream.AggregationOutcome;
import org.gongjiang.platform.stream.LaneFolder;
import org.gongjiang.platform.stream.LaneSlots;
import org.gongjiang.platform.stream.StreamPosition;
import org.gongjiang.stats.application.StatsStore;
import org.gongjiang.stats.dynamodb.DynamoStatsStore;
import org.gongjiang.testing.TestDynamo;
import org.gongjiang.voting.application.VoteAggregator;
import org.gongjiang.voting.model.VoteEvent;
import org.gongjiang.voting.model.VoteTotals;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.CancellationReason;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItemsRequest;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;

/**
 * A busy votes table on AWS has several stream shards, each with its own aggregator invocations. Here
 * eight lanes (shards) fold their own ordered batches at once into one campaign's counters on DynamoDB
 * Local, through a client that plays two kinds of conflict: a fifth of all commit attempts cancelled as
 * {@code TransactionConflict} before they reach the table whatever they touch (forced), and, as DynamoDB
 * does on AWS, a transaction cancelled when another one still in flight holds one of its items
 * (modelled: DynamoDB Local itself serialises transactions and reports none). A lane whose commit gives
 * up has its batch delivered again, as Lambda does. The same votes go in three ways: every lane into the
 * same items (one slot, the design before slots), each lane into its own slot, and two lanes sharing a
 * slot. The counts must come out exact every time; the figures (conflicts per minute, the lag from a
 * batch's arrival to its commit) go to {@code target/eight-lanes.txt} and docs/benchmarks.md.
 */
class EightLaneAggregationIT {

    private static final int LANES = 8;
    private static final int BATCHES_PER_LANE = 25;
    private static final int BATCH = 200;
    private static final int CANDIDATES = 32;
    private static final double FORCED_CONFLICTS = 0.2;
    private static final String STREAM = "arn:aws:dynamodb:local:123456789012:table/VotesTable/stream/2026-12-01T00:00:00.000";

    /** Counts every transaction attempt; cancels some as TransactionConflict before sending, and those that touch an item in flight. */
    private static final class ConflictingDynamo {
        final AtomicLong attempts = new AtomicLong();
        final AtomicLong forced = new AtomicLong();
        final AtomicLong modelled = new AtomicLong();
        final AtomicLong reported = new AtomicLong();
        final Random random = new Random(8);
        final Set<String> inFlight = new HashSet<>();
        final DynamoDbClient client;

        ConflictingDynamo(DynamoDbClient real) {
            client = (DynamoDbClient) Proxy.newProxyInstance(DynamoDbClient.class.getClassLoader(), new Class<?>[] {DynamoDbClient.class},
                    (proxy, method, arguments) -> {
                        if (method.getName().equals("transactWriteItems") && arguments != null && arguments.length == 1) {
                            // the store may call the builder's overload: make the request, so that both ways are seen
                            TransactWriteItemsRequest request = arguments[0] instanceof TransactWriteItemsRequest given ? given
                                    : TransactWriteItemsRequest.builder().applyMutation(builderOf(arguments[0])).build();
                            return transact(real, request);
                        }
                        try {
                            return method.invoke(real, arguments);
                        } catch (InvocationTargetException e) {
                            throw e.getCause();
                        }
                    });
        }

        private Object transact(DynamoDbClient real, TransactWriteItemsRequest request) {
            attempts.incrementAndGet();
            boolean cancel;
            synchronized (random) {
                cancel = random.nextDouble() < FORCED_CONFLICTS;
            }
            if (cancel) {
                forced.incrementAndGet();
                throw conflict(request, "forced conflict");
            }
            List<String> items = request.transactItems().stream().map(ConflictingDynamo::itemOf).toList();
            synchronized (inFlight) {
                if (items.stream().anyMatch(inFlight::contains)) {
                    modelled.incrementAndGet();
                    throw conflict(request, "another transaction in flight holds an item");
                }
                inFlight.addAll(items);
            }
            try {
                return real.transactWriteItems(request);
            } catch (TransactionCanceledException cancelled) {
                if (cancelled.hasCancellationReasons()
                        && cancelled.cancellationReasons().stream().anyMatch(r -> "TransactionConflict".equals(r.code()))) {
                    reported.incrementAndGet();
                }
                throw cancelled;
            } finally {
                synchronized (inFlight) {
                    inFlight.removeAll(items);
                }
            }
        }

        private static String itemOf(TransactWriteItem item) {
            Map<String, AttributeValue> key = item.update() != null ? item.update().key()
                    : item.conditionCheck() != null ? item.conditionCheck().key()
                    : item.put() != null ? Map.of("pk", item.put().item().get("pk"), "sk", item.put().item().get("sk"))
                    : item.delete().key();
            return key.get("pk").s() + "|" + key.get("sk").s();
        }

        private static TransactionCanceledException conflict(TransactWriteItemsRequest request, String message) {
            return TransactionCanceledException.builder().message(message)
                    .cancellationReasons(request.transactItems().stream()
                            .map(item -> CancellationReason.builder().code("TransactionConflict").build()).toList())
                    .build();
        }
    }

    @SuppressWarnings("unchecked")
    private static java.util.function.Consumer<TransactWriteItemsRequest.Builder> builderOf(Object argument) {
        return (java.util.function.Consumer<TransactWriteItemsRequest.Builder>) argument;
    }

    /** One way of putting the votes in: how many slots, and whether two of the lanes share one. */
    private record Design(String name, int slots, boolean twoLanesShareASlot) {
    }

    /** What one run showed. */
    private record Run(Design design, String campaign, double seconds, long votes, ConflictingDynamo dynamo, long redeliveries,
                       long[] lagsMillis, Set<String> slots) {

        String figures() {
            double minutes = seconds / 60;
            return """
                    %s
                      slots written           %d (%s)
                      elapsed                 %.1f s (%.0f votes/s folded)
                      commit attempts         %d (transactions sent or cancelled before sending)
                      conflicts forced        %d (%.0f per minute)
                      conflicts on a shared item in flight %d (%.0f per minute), reported by DynamoDB Local %d
                      batches delivered again %d (a commit that gave up after 8 attempts)
                      lag, batch arrival to its commit: p50 %d ms, p99 %d ms, max %d ms
                      counts                  exact (total, all %d candidates, every day and hour)
                    """.formatted(design.name(), slots.size(), String.join(" ", slots), seconds, votes / seconds,
                    dynamo.attempts.get(), dynamo.forced.get(), dynamo.forced.get() / minutes, dynamo.modelled.get(),
                    dynamo.modelled.get() / minutes, dynamo.reported.get(), redeliveries, lagsMillis[lagsMillis.length / 2],
                    lagsMillis[(int) (lagsMillis.length * 0.99)], lagsMillis[lagsMillis.length - 1], CANDIDATES);
        }
    }

    @Test
    void eightLanesCountEveryVoteExactlyOnceInTheirOwnSlotsInSharedItemsAndWithTwoLanesSharingASlot() throws Exception {
        // the slot design runs first, on the coldest JVM: the comparison is not flattered by warm-up
        List<Run> runs = List.of(
                run(new Design("slots: 8 lanes, each into its own slot (16 slots)", LaneSlots.SLOTS, false)),
                run(new Design("before slots: 8 lanes into the same items (1 slot)", 1, false)),
                run(new Design("slots: 8 lanes, two of them sharing a slot (16 slots)", LaneSlots.SLOTS, true)));

        StringBuilder figures = new StringBuilder("eight lanes on DynamoDB Local: %d lanes x %d batches x %d votes = %d votes into one campaign's counters, three ways%n"
                .formatted(LANES, BATCHES_PER_LANE, BATCH, LANES * BATCHES_PER_LANE * BATCH));
        runs.forEach(run -> figures.append(run.figures()));
        System.out.print(figures);
        write(figures.toString());

        for (Run run : runs) {
            assertTrue(run.dynamo().forced.get() > 0, run.design().name() + ": conflicts were forced");
        }
        assertEquals(LANES, runs.get(0).slots().size(), "each lane into its own slot");
        assertEquals(0, runs.get(0).dynamo().modelled.get(), "lanes in their own slots never hold the same item at once");
        assertEquals(Set.of("00"), runs.get(1).slots(), "one slot: every lane into the same items");
        assertEquals(LANES - 1, runs.get(2).slots().size(), "two lanes into one slot");
    }

    /** Lanes of {@code stream} named like AWS shards, the first {@code count} whose slots (of 16) all differ. */
    private static List<String> lanesWithSlots(String stream, int count) {
        List<String> lanes = new ArrayList<>();
        Set<String> slots = new HashSet<>();
        for (int shard = 0; lanes.size() < count; shard++) {
            String lane = lane(stream, shard);
            if (slots.add(LaneSlots.of(lane))) {
                lanes.add(lane);
            }
        }
        return lanes;
    }

    /** A lane of {@code stream} not among {@code taken} that lands in the same slot as {@code other}. */
    private static String laneInSlotOf(String stream, String other, List<String> taken) {
        for (int shard = 0; ; shard++) {
            String lane = lane(stream, shard);
            if (!taken.contains(lane) && LaneSlots.of(lane).equals(LaneSlots.of(other))) {
                return lane;
            }
        }
    }

    private static String lane(String stream, int shard) {
        return stream + "/shardId-0000000176454720%04d-%08x".formatted(shard, (shard * 2654435761L) & 0xffffffffL);
    }

    private Run run(Design design) throws Exception {
        String campaign = "lanes-" + UUID.randomUUID().toString().substring(0, 8);
        ConflictingDynamo dynamo = new ConflictingDynamo(TestDynamo.client());
        DynamoVoteCounterStore counters = new DynamoVoteCounterStore(dynamo.client, TestDynamo.COUNTERS, design.slots());
        VoteAggregator aggregator = new VoteAggregator(counters, Clock.systemUTC());
        // each run its own stream, so its own checkpoints; the lanes' shard ids chosen for the slots the design wants
        String stream = STREAM + "-" + campaign;
        List<String> laneIds = new ArrayList<>(lanesWithSlots(stream, design.twoLanesShareASlot() ? LANES - 1 : LANES));
        if (design.twoLanesShareASlot()) {
            laneIds.add(laneInSlotOf(stream, laneIds.getFirst(), laneIds));
        }
        LocalDate day = LocalDate.of(2026, 12, 1);
        Instant firstHour = Instant.parse("2026-12-01T11:00:00Z");

        long[] expected = new long[CANDIDATES];
        Map<Instant, Long> expectedHours = new TreeMap<>();
        List<List<List<LaneFolder.Change<VoteEvent>>>> lanes = new ArrayList<>();
        Random votes = new Random(42);
        for (int lane = 0; lane < LANES; lane++) {
            List<List<LaneFolder.Change<VoteEvent>>> batches = new ArrayList<>();
            long sequence = 0;
            for (int b = 0; b < BATCHES_PER_LANE; b++) {
                List<LaneFolder.Change<VoteEvent>> batch = new ArrayList<>();
                for (int r = 0; r < BATCH; r++) {
                    int candidate = votes.nextInt(CANDIDATES);
                    expected[candidate]++;
                    Instant castAt = firstHour.plusSeconds(votes.nextInt(3 * 3600));
                    expectedHours.merge(castAt.truncatedTo(ChronoUnit.HOURS), 1L, Long::sum);
                    batch.add(new LaneFolder.Change<>(StreamPosition.of(Long.toString(++sequence * 100 + lane)),
                            Optional.of(VoteEvent.cast(campaign, "N%04d".formatted(candidate + 1), day, castAt, false))));
                }
                batches.add(batch);
            }
            lanes.add(batches);
        }

        ConcurrentLinkedQueue<Long> lagMillis = new ConcurrentLinkedQueue<>();
        AtomicLong redeliveries = new AtomicLong();
        long started = System.nanoTime();
        try (ExecutorService shards = Executors.newFixedThreadPool(LANES)) {
            List<Future<?>> running = new ArrayList<>();
            for (int lane = 0; lane < LANES; lane++) {
                String laneId = laneIds.get(lane);
                List<List<LaneFolder.Change<VoteEvent>>> batches = lanes.get(lane);
                running.add(shards.submit(() -> {
                    for (List<LaneFolder.Change<VoteEvent>> batch : batches) {
                        long arrived = System.nanoTime();
                        AggregationOutcome outcome = aggregator.aggregate(laneId, batch);
                        while (!outcome.isComplete()) {
                            // Lambda delivers the batch again; the checkpoint skips what was committed
                            redeliveries.incrementAndGet();
                            outcome = aggregator.aggregate(laneId, batch);
                        }
                        lagMillis.add((System.nanoTime() - arrived) / 1_000_000);
                    }
                    return null;
                }));
            }
            for (Future<?> lane : running) {
                lane.get();
            }
        }
        double seconds = (System.nanoTime() - started) / 1e9;

        VoteTotals totals = counters.totals(campaign);
        long all = Arrays.stream(expected).sum();
        assertEquals(all, totals.total(), design.name() + ": the campaign's total");
        Map<String, Long> byCandidate = new HashMap<>();
        for (int c = 0; c < CANDIDATES; c++) {
            byCandidate.put("N%04d".formatted(c + 1), expected[c]);
        }
        assertEquals(byCandidate, totals.byCandidate(), design.name() + ": every candidate's count");
        DynamoStatsStore stats = new DynamoStatsStore(TestDynamo.client(), TestDynamo.COUNTERS);
        StatsStore.Scope scope = StatsStore.Scope.live(campaign);
        assertEquals(all, stats.days(scope, day, day).get(day).votes(), design.name() + ": the day's votes");
        assertEquals(expectedHours, stats.hours(scope, firstHour, firstHour.plus(Duration.ofHours(3))), design.name() + ": every hour's votes");

        Set<String> slots = new TreeSet<>();
        TestDynamo.client().queryPaginator(b -> b.tableName(TestDynamo.COUNTERS).keyConditionExpression("pk = :pk")
                        .expressionAttributeValues(Map.of(":pk", AttributeValue.fromS(VoteCounterKeys.campaignPartition(campaign)))))
                .items().stream().map(item -> item.get("sk").s()).filter(VoteCounterKeys::isTotals)
                .forEach(sortKey -> slots.add(sortKey.substring(sortKey.lastIndexOf('#') + 1)));
        long[] lags = lagMillis.stream().mapToLong(Long::longValue).sorted().toArray();
        return new Run(design, campaign, seconds, all, dynamo, redeliveries.get(), lags, slots);
    }

    private static void write(String figures) throws IOException {
        Path target = Path.of("target", "eight-lanes.txt");
        Files.createDirectories(target.getParent());
        Files.writeString(target, figures);
    }
}
