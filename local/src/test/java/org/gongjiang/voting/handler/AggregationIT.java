package org.gongjiang.voting.handler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.amazonaws.services.lambda.runtime.events.TimeWindowEventResponse;
import com.fasterxml.jackson.databind.JsonNode;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.gongjiang.local.emulator.dynamodb.DynamoDbMeter;
import org.gongjiang.platform.stream.CommitLimits;
import org.gongjiang.platform.stream.StreamPosition;
import org.gongjiang.stats.application.StatsStore;
import org.gongjiang.stats.dynamodb.DynamoStatsStore;
import org.gongjiang.testing.Events;
import org.gongjiang.testing.StreamBatches.StreamRecord;
import org.gongjiang.testing.StreamBatches;
import org.gongjiang.testing.CampaignTestbed;
import org.gongjiang.testing.TestDynamo;
import org.gongjiang.voting.application.VoteCounterStore;
import org.gongjiang.voting.dynamodb.DynamoVoteCounterStore;
import org.gongjiang.voting.dynamodb.VoteCounterKeys;
import org.gongjiang.voting.model.VoteCountDelta;
import org.gongjiang.voting.model.VoteTotals;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.CancellationReason;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;

/** Counting exactly once: every counter exact whatever Lambda's delivery does (redelivery, splits, crashes), on DynamoDB Local. */
class AggregationIT {

    // The aggregator's clock dates each checkpoint's expiry (three days on): anchored to the real time, so
    // DynamoDB Local's TTL sweep never deletes a checkpoint between a delivery and its redelivery.
    private static final Clock CLOCK = Clock.fixed(Instant.now().truncatedTo(ChronoUnit.HOURS), ZoneOffset.UTC);
    private static final int CANDIDATES = 30;

    private String campaignId;
    private String shard;
    private AggregateVotesHandler aggregator;

    @BeforeEach
    void newCampaignAndShard() {
        campaignId = TestDynamo.campaignId("count");
        shard = StreamBatches.newShard();
        aggregator = CampaignTestbed.aggregator(CampaignTestbed.counters(), CLOCK);
    }

    /**
     * {@code count} votes from voters who vote up to five times a day, spread over candidates c-01..c-30,
     * two Shanghai days and several hours; in stream order.
     */
    private List<StreamRecord> votes(int count, long firstSequence, Instant start, Duration spacing) {
        List<StreamRecord> records = new ArrayList<>();
        Map<String, Integer> votesOfVoterDay = new HashMap<>();
        for (int i = 0; i < count; i++) {
            Instant castAt = start.plus(spacing.multipliedBy(i));
            LocalDate day = LocalDate.ofInstant(castAt, CampaignTestbed.SHANGHAI);
            String voter = "v" + (i / 5);
            int n = votesOfVoterDay.merge(voter + day, 1, Integer::sum);
            records.add(new StreamRecord(StreamBatches.sequenceNumber(firstSequence + i), campaignId, voter, day, n,
                    "c-%02d".formatted(1 + (i * 7) % CANDIDATES), castAt, false));
        }
        return records;
    }

    private List<StreamRecord> standardVotes(int count) {
        return votes(count, 1, Instant.parse("2026-11-21T15:30:00Z"), Duration.ofSeconds(13));
    }

    private TimeWindowEventResponse deliver(List<StreamRecord> records) {
        return aggregator.handleRequest(StreamBatches.event(shard, records), null);
    }

    /** The counters as stored, read straight from CountersTable. */
    private Map<String, Map<String, AttributeValue>> counterItems() {
        Map<String, Map<String, AttributeValue>> items = new TreeMap<>();
        TestDynamo.client().queryPaginator(b -> b.tableName(TestDynamo.COUNTERS)
                        .keyConditionExpression("pk = :pk")
                        .expressionAttributeValues(Map.of(":pk", AttributeValue.fromS("campaign#" + campaignId))))
                .items().forEach(item -> items.put(item.get("sk").s(), item));
        return items;
    }

    /** What the counters must hold for {@code records}, computed here from the records themselves. */
    private static Map<String, Map<String, Long>> expectedCounters(List<StreamRecord> records) {
        Map<String, Map<String, Long>> expected = new TreeMap<>();
        for (StreamRecord record : records) {
            if (record.removal()) {
                continue;
            }
            String candidate = "c:" + record.candidateId();
            Map<String, Long> total = expected.computeIfAbsent("total", k -> new TreeMap<>());
            total.merge("votes", 1L, Long::sum);
            total.merge(candidate, 1L, Long::sum);
            Map<String, Long> day = expected.computeIfAbsent("day#" + record.day(), k -> new TreeMap<>());
            day.merge("votes", 1L, Long::sum);
            day.merge("voters", record.voteOfDay() == 1 ? 1L : 0L, Long::sum);
            day.merge(candidate, 1L, Long::sum);
            String hour = record.castAt().truncatedTo(ChronoUnit.HOURS).toString();
            String hourKey = "hour#" + hour.substring(0, 13) + "Z";
            expected.computeIfAbsent(hourKey, k -> new TreeMap<>()).merge("votes", 1L, Long::sum);
        }
        return expected;
    }

    /** The counters as a read sees them: each counter's slots (one per shard) summed, by the counter's sort key. */
    private Map<String, Map<String, Long>> counters() {
        Map<String, Map<String, Long>> counters = new TreeMap<>();
        counterItems().forEach((sk, item) -> {
            Map<String, Long> numbers = counters.computeIfAbsent(VoteCounterKeys.counterOf(sk), k -> new TreeMap<>());
            item.forEach((name, value) -> {
                if (value.n() != null && !name.equals("expiresAt")) {
                    numbers.merge(name, Long.parseLong(value.n()), Long::sum);
                }
            });
        });
        return counters;
    }

    private void assertCountersExactFor(List<StreamRecord> records) {
        assertEquals(expectedCounters(records), counters());
    }

    private static List<String> failures(TimeWindowEventResponse response) {
        return response.getBatchItemFailures().stream().map(TimeWindowEventResponse.BatchItemFailure::getItemIdentifier).toList();
    }

    @Test
    void aBatchIsFoldedIntoEveryCounter() {
        List<StreamRecord> records = standardVotes(400);
        TimeWindowEventResponse response = deliver(records);
        assertEquals(List.of(), failures(response));
        assertEquals(Map.of(), response.getState(), "tumbling-window responses must carry a state");
        assertCountersExactFor(records);
        Map<String, Map<String, Long>> counters = counters();
        assertTrue(counters.containsKey("day#2026-11-21") && counters.containsKey("day#2026-11-22"), counters.keySet().toString());
        assertEquals(400L, counters.get("total").get("votes"));
        String slot = new DynamoVoteCounterStore(TestDynamo.client(), TestDynamo.COUNTERS).slotOf(StreamBatches.STREAM_ARN + "/" + shard);
        assertTrue(counterItems().keySet().stream().allMatch(sk -> sk.endsWith("#" + slot)),
                "one shard writes its own slot only: " + counterItems().keySet());
    }

    @Test
    void countersWrittenBeforeSlotsAreReadAsOneMoreSlot() {
        List<StreamRecord> records = standardVotes(100);
        StreamRecord first = records.getFirst();
        String partition = "campaign#" + campaignId;
        String hourKey = "hour#" + first.castAt().truncatedTo(ChronoUnit.HOURS).toString().substring(0, 13) + "Z";
        for (Map<String, AttributeValue> item : List.of(
                Map.of("pk", AttributeValue.fromS(partition), "sk", AttributeValue.fromS("total"), "votes", AttributeValue.fromN("5"),
                        "c:" + first.candidateId(), AttributeValue.fromN("5"), "updatedAt", AttributeValue.fromS("2026-11-20T00:00:00Z")),
                Map.of("pk", AttributeValue.fromS(partition), "sk", AttributeValue.fromS("day#" + first.day()),
                        "votes", AttributeValue.fromN("5"), "voters", AttributeValue.fromN("2")),
                Map.of("pk", AttributeValue.fromS(partition), "sk", AttributeValue.fromS(hourKey), "votes", AttributeValue.fromN("5")))) {
            TestDynamo.client().putItem(b -> b.tableName(TestDynamo.COUNTERS).item(item));
        }
        deliver(records);

        Map<String, Map<String, Long>> expected = expectedCounters(records);
        VoteTotals totals = CampaignTestbed.counters().totals(campaignId);
        assertEquals(expected.get("total").get("votes") + 5, totals.total());
        assertEquals(expected.get("total").get("c:" + first.candidateId()) + 5, totals.votesFor(first.candidateId()));
        assertEquals(Optional.of(CLOCK.instant()), totals.updatedAt(), "the later of the slots' updates");
        DynamoStatsStore stats = new DynamoStatsStore(TestDynamo.client(), TestDynamo.COUNTERS);
        StatsStore.Scope scope = StatsStore.Scope.live(campaignId);
        var day = stats.days(scope, first.day(), first.day()).get(first.day());
        assertEquals(expected.get("day#" + first.day()).get("votes") + 5, day.votes());
        assertEquals(expected.get("day#" + first.day()).get("voters") + 2, day.voters());
        Instant hour = first.castAt().truncatedTo(ChronoUnit.HOURS);
        assertEquals(expected.get(hourKey).get("votes") + 5, stats.hours(scope, hour, hour.plus(Duration.ofHours(1))).get(hour));
    }

    @Test
    void theSameBatchDeliveredTwiceIsCountedOnce() {
        List<StreamRecord> records = standardVotes(300);
        deliver(records);
        TimeWindowEventResponse again = deliver(records);
        assertEquals(List.of(), failures(again));
        assertCountersExactFor(records);
    }

    @Test
    void aBatchSplitDifferentlyOnRedeliveryCountsEachVoteOnce() {
        List<StreamRecord> records = standardVotes(300);
        deliver(StreamBatches.slice(records, 0, 120));
        deliver(StreamBatches.slice(records, 60, 200)); // overlaps the first half
        deliver(StreamBatches.slice(records, 0, 50));   // an old piece again
        deliver(StreamBatches.slice(records, 150, 300));
        deliver(records);
        assertCountersExactFor(records);
    }

    @Test
    void recordsDeliveredOutOfOrderOrTwiceInOneBatchAreCountedOnce() {
        List<StreamRecord> records = standardVotes(200);
        List<StreamRecord> shuffled = new ArrayList<>(records);
        shuffled.addAll(records.subList(10, 40));
        Collections.shuffle(shuffled, new Random(7));
        deliver(shuffled);
        assertCountersExactFor(records);
    }

    @Test
    void aCrashMidwayThenRedeliveryLeavesEveryCounterExact() {
        List<StreamRecord> records = votes(240, 1, Instant.parse("2026-11-21T10:00:00Z"), Duration.ofMinutes(1));
        // Small commits (one campaign, one day, one hour each) so the batch takes several; the second fails.
        FailingCounterStore crashing = new FailingCounterStore(CampaignTestbed.counters(), new CommitLimits(3, 200), 1, false);
        TimeWindowEventResponse crashed = CampaignTestbed.aggregator(crashing, CLOCK).handleRequest(StreamBatches.event(shard, records), null);

        assertEquals(1, failures(crashed).size(), "the batch reports where counting stopped");
        int resumeAt = indexOf(records, failures(crashed).getFirst());
        assertTrue(resumeAt > 0 && resumeAt < records.size(), "one commit landed before the crash");
        assertCountersExactFor(records.subList(0, resumeAt));

        // Lambda resumes from the reported record; a later full redelivery changes nothing.
        deliver(StreamBatches.slice(records, resumeAt, records.size()));
        assertCountersExactFor(records);
        deliver(records);
        assertCountersExactFor(records);
    }

    @Test
    void aCommitWhoseAnswerWasLostIsNotCountedAgainOnRedelivery() {
        List<StreamRecord> records = votes(120, 1, Instant.parse("2026-11-21T10:00:00Z"), Duration.ofMinutes(1));
        // The transaction commits but the invocation dies before it hears so (timeout, crash).
        FailingCounterStore lostAnswers = new FailingCounterStore(CampaignTestbed.counters(), new CommitLimits(3, 200), 0, true);
        TimeWindowEventResponse crashed = CampaignTestbed.aggregator(lostAnswers, CLOCK).handleRequest(StreamBatches.event(shard, records), null);
        assertEquals(records.getFirst().sequenceNumber(), failures(crashed).getFirst());

        deliver(records);
        assertCountersExactFor(records);
    }

    /**
     * Lambda never runs two batches of one shard at once on purpose (ParallelizationFactor 1), but a
     * retry can overlap an attempt it gave up on. Every such delivery starts where everything before
     * is already counted (a retry restarts at the batch start or at a reported failure), so the race
     * modelled here is: several invocations from the same counted position, ending at different records.
     */
    @Test
    void invocationsRacingFromTheSameCountedPositionCountEachVoteOnce() throws Exception {
        List<StreamRecord> records = standardVotes(240);
        race(List.of(StreamBatches.slice(records, 0, 240), StreamBatches.slice(records, 0, 170),
                StreamBatches.slice(records, 0, 90), StreamBatches.slice(records, 0, 240)));
        deliver(records); // a loser reported failures; Lambda redelivers from there
        assertCountersExactFor(records);

        List<StreamRecord> more = votes(120, 1_000, Instant.parse("2026-11-22T01:00:00Z"), Duration.ofSeconds(7));
        race(List.of(more, StreamBatches.slice(more, 0, 60), more));
        deliver(more);
        List<StreamRecord> all = new ArrayList<>(records);
        all.addAll(more);
        assertCountersExactFor(all);
    }

    private void race(List<List<StreamRecord>> deliveries) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        try (ExecutorService pool = Executors.newFixedThreadPool(deliveries.size())) {
            List<Future<TimeWindowEventResponse>> futures = new ArrayList<>();
            for (List<StreamRecord> delivery : deliveries) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return deliver(delivery);
                }));
            }
            start.countDown();
            for (Future<TimeWindowEventResponse> future : futures) {
                future.get();
            }
        }
    }

    @Test
    void shardsCommittingToTheSameCountersAtOnceAreAllCountedExactly() throws Exception {
        List<StreamRecord> all = new ArrayList<>();
        List<Future<TimeWindowEventResponse>> answers = new ArrayList<>();
        CountDownLatch start = new CountDownLatch(1);
        try (ExecutorService pool = Executors.newFixedThreadPool(8)) {
            for (int lane = 0; lane < 8; lane++) {
                // each shard has its own sequence numbers, which overlap those of the others
                List<StreamRecord> records = votes(150, 1, Instant.parse("2026-11-21T03:00:00Z").plusSeconds(lane),
                        Duration.ofSeconds(9));
                all.addAll(records);
                String laneShard = StreamBatches.newShard();
                answers.add(pool.submit(() -> {
                    start.await();
                    return aggregator.handleRequest(StreamBatches.event(laneShard, records), null);
                }));
            }
            start.countDown();
            for (Future<TimeWindowEventResponse> answer : answers) {
                assertEquals(List.of(), failures(answer.get()));
            }
        }
        assertEquals(1200, CampaignTestbed.counters().totals(campaignId).total());
        Map<String, Long> expected = new TreeMap<>();
        all.forEach(r -> expected.merge(r.candidateId(), 1L, Long::sum));
        assertEquals(expected, new TreeMap<>(CampaignTestbed.counters().totals(campaignId).byCandidate()));
    }

    @Test
    void aCommitCancelledByAConflictWithAnotherShardIsRetriedAndCountedOnce() {
        AtomicInteger conflicts = new AtomicInteger(2);
        DynamoDbClient conflicting = (DynamoDbClient) Proxy.newProxyInstance(DynamoDbClient.class.getClassLoader(),
                new Class<?>[] {DynamoDbClient.class}, (proxy, method, arguments) -> {
                    if (method.getName().equals("transactWriteItems") && conflicts.getAndDecrement() > 0) {
                        throw TransactionCanceledException.builder().message("Transaction cancelled")
                                .cancellationReasons(CancellationReason.builder().code("None").build(),
                                        CancellationReason.builder().code("TransactionConflict").build())
                                .build();
                    }
                    try {
                        return method.invoke(TestDynamo.client(), arguments);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
        List<StreamRecord> records = standardVotes(50);
        AggregateVotesHandler handler = CampaignTestbed.aggregator(new DynamoVoteCounterStore(conflicting, TestDynamo.COUNTERS), CLOCK);
        assertEquals(List.of(), failures(handler.handleRequest(StreamBatches.event(shard, records), null)));
        assertEquals(-1, conflicts.get(), "two cancelled attempts, then the one that committed");
        assertCountersExactFor(records);
    }

    @Test
    void aBatchCostsOneWritePerCounterItemNotOnePerVote() {
        // 1,000 votes for 30 candidates inside one hour of one day: three counter items.
        List<StreamRecord> records = votes(1000, 1, Instant.parse("2026-11-21T02:00:00Z"), Duration.ofMillis(3000));
        DynamoDbMeter.Snapshot before = DynamoDbMeter.snapshot();
        deliver(records);
        DynamoDbMeter.Snapshot after = DynamoDbMeter.snapshot();

        assertCountersExactFor(records);
        long transactions = requests(after, "TransactWriteItems") - requests(before, "TransactWriteItems");
        assertEquals(1, transactions, "one transaction for the whole batch");
        double units = after.writeCapacityUnits() - before.writeCapacityUnits();
        // checkpoint + totals + day + hour items, each under 1 KB, at 2 units per transactional write
        assertEquals(8.0, units, "write units for 1,000 votes");
    }

    @Test
    void aBatchTooBigForOneTransactionIsCommittedInPiecesAndStaysExact() {
        // one vote every 40 minutes over 200 hours: far more than 99 counter items
        List<StreamRecord> records = votes(300, 1, Instant.parse("2026-11-21T00:00:00Z"), Duration.ofMinutes(40));
        DynamoDbMeter.Snapshot before = DynamoDbMeter.snapshot();
        assertEquals(List.of(), failures(deliver(records)));
        long transactions = requests(DynamoDbMeter.snapshot(), "TransactWriteItems") - requests(before, "TransactWriteItems");
        assertTrue(transactions >= 3, "transactions: " + transactions);
        assertCountersExactFor(records);
        deliver(records);
        assertCountersExactFor(records);
    }

    @Test
    void ttlRemovalsAndRecordsOfOtherCampaignsCountOnlyWhereTheyBelong() {
        List<StreamRecord> records = new ArrayList<>(standardVotes(20));
        records.add(new StreamRecord(StreamBatches.sequenceNumber(500), campaignId, "v-old", LocalDate.parse("2026-10-01"),
                1, "c-01", Instant.parse("2026-10-01T00:00:00Z"), true));
        String otherCampaign = TestDynamo.campaignId("count-other");
        records.add(new StreamRecord(StreamBatches.sequenceNumber(501), otherCampaign, "v-x", LocalDate.parse("2026-11-21"),
                1, "c-09", Instant.parse("2026-11-21T12:00:00Z"), false));
        deliver(records);
        assertCountersExactFor(records.subList(0, 20));
        assertEquals(1, CampaignTestbed.counters().totals(otherCampaign).votesFor("c-09"));
    }

    @Test
    void aStreamEventWithoutShardIdIsRefusedRatherThanRiskingADoubleCount() {
        var event = StreamBatches.event(shard, standardVotes(3));
        event.setShardId(null);
        assertThrows(IllegalStateException.class, () -> aggregator.handleRequest(event, null));
        assertEquals(Map.of(), counterItems(), "nothing counted");
    }

    @Test
    void theWindowsFinalInvocationWithNoRecordsAnswersWithAState() {
        TimeWindowEventResponse response = aggregator.handleRequest(Events.stream("AggregateVotesFunction/window-end.json"), null);
        assertEquals(Map.of(), response.getState());
        assertEquals(List.of(), failures(response));
    }

    @Test
    void voteStatsComeFromTheCountersWithAConstantNumberOfRequests() {
        Clock clock = Clock.fixed(Instant.parse("2026-11-21T09:00:00Z"), ZoneOffset.UTC);
        CampaignTestbed campaign = CampaignTestbed.create("stats", Instant.parse("2026-11-20T00:00:00Z"), 10, CANDIDATES, clock);
        campaignId = campaign.campaignId;

        long requestsAtTen = statsRequests(campaign, votes(10, 1, Instant.parse("2026-11-21T03:00:00Z"), Duration.ofSeconds(5)));
        long requestsAtThousands = statsRequests(campaign, votes(3000, 11, Instant.parse("2026-11-21T03:00:50Z"), Duration.ofSeconds(1)));
        assertEquals(requestsAtTen, requestsAtThousands);
        assertEquals(3, requestsAtTen, "campaign, ballot, counters");

        APIGatewayV2HTTPResponse response = campaign.stats().handleRequest(Events.stats(campaignId), null);
        JsonNode body = Events.body(response);
        assertEquals(3010, body.path("total").asLong());
        assertEquals(CLOCK.instant().toString(), body.path("asOf").asText(), "the last aggregation");
        long sum = 0;
        double shares = 0;
        long previous = Long.MAX_VALUE;
        for (JsonNode line : body.path("candidates")) {
            sum += line.path("votes").asLong();
            shares += line.path("share").asDouble();
            assertTrue(line.path("votes").asLong() <= previous, "most votes first");
            previous = line.path("votes").asLong();
            assertEquals(line.path("votes").asLong() / 3010.0, line.path("share").asDouble(), 1e-6);
        }
        assertEquals(3010, sum);
        assertEquals(1.0, shares, 1e-4);
        assertEquals(CANDIDATES, body.path("candidates").size());
    }

    private long statsRequests(CampaignTestbed campaign, List<StreamRecord> records) {
        deliver(records);
        DynamoDbMeter.Snapshot before = DynamoDbMeter.snapshot();
        APIGatewayV2HTTPResponse response = campaign.stats().handleRequest(Events.stats(campaign.campaignId), null);
        assertEquals(200, response.getStatusCode(), response.getBody());
        return DynamoDbMeter.snapshot().readRequests() - before.readRequests();
    }

    private static long requests(DynamoDbMeter.Snapshot snapshot, String operationPrefix) {
        return snapshot.byOperation().entrySet().stream()
                .filter(e -> e.getKey().startsWith(operationPrefix + " ") || e.getKey().equals(operationPrefix))
                .mapToLong(e -> ((Number) e.getValue().get("requests")).longValue())
                .sum();
    }

    private static int indexOf(List<StreamRecord> records, String sequenceNumber) {
        for (int i = 0; i < records.size(); i++) {
            if (records.get(i).sequenceNumber().equals(sequenceNumber)) {
                return i;
            }
        }
        throw new AssertionError("no record " + sequenceNumber);
    }

    /**
     * The real counter store with small commits, failing on purpose: the commit numbered {@code failAt}
     * throws before it reaches DynamoDB, or (lostAnswer) after it committed.
     */
    private static final class FailingCounterStore implements VoteCounterStore {
        private final VoteCounterStore real;
        private final CommitLimits limits;
        private final int failAt;
        private final boolean lostAnswer;
        private final AtomicInteger commits = new AtomicInteger();

        FailingCounterStore(VoteCounterStore real, CommitLimits limits, int failAt, boolean lostAnswer) {
            this.real = real;
            this.limits = limits;
            this.failAt = failAt;
            this.lostAnswer = lostAnswer;
        }

        @Override
        public Optional<StreamPosition> checkpoint(String lane) {
            return real.checkpoint(lane);
        }

        @Override
        public boolean commit(String lane, Optional<StreamPosition> expected, StreamPosition next, VoteCountDelta delta,
                              Instant now) {
            if (commits.getAndIncrement() == failAt) {
                if (lostAnswer) {
                    real.commit(lane, expected, next, delta, now);
                }
                throw new IllegalStateException("simulated crash");
            }
            return real.commit(lane, expected, next, delta, now);
        }

        @Override
        public CommitLimits commitLimits() {
            return limits;
        }

        @Override
        public VoteTotals totals(String campaignId) {
            return real.totals(campaignId);
        }
    }
}
