package org.gongjiang.stats.handler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.amazonaws.services.lambda.runtime.events.DynamodbTimeWindowEvent;
import com.amazonaws.services.lambda.runtime.events.TimeWindowEventResponse;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.gongjiang.stats.application.NominationStatsAggregator;
import org.gongjiang.stats.application.StatsStore;
import org.gongjiang.stats.dynamodb.DynamoNominationCounterStore;
import org.gongjiang.stats.dynamodb.DynamoStatsStore;
import org.gongjiang.stats.model.StatsDimension;
import org.gongjiang.testing.Events;
import org.gongjiang.testing.TestDynamo;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The nominations stream's aggregator on DynamoDB Local, fed with the sample events of
 * events/AggregateNominationsFunction: every change counted once however Lambda redelivers, and
 * personal data expiring by TTL leaves the counts as they are.
 */
class NominationStatsIT {

    // Anchored to the real time: the checkpoint expires three days after the aggregator's now, and
    // DynamoDB Local's TTL sweep would delete a checkpoint dated in the past between two deliveries.
    private static final Clock CLOCK = Clock.fixed(Instant.now().truncatedTo(ChronoUnit.SECONDS), ZoneOffset.UTC);

    private String campaignId;
    private String shard;
    private AggregateNominationsHandler aggregator;
    private DynamoStatsStore stats;

    @BeforeEach
    void freshCampaignAndShard() {
        campaignId = TestDynamo.campaignId("nstats");
        shard = "shardId-" + campaignId;
        aggregator = new AggregateNominationsHandler(new NominationStatsAggregator(
                new DynamoNominationCounterStore(TestDynamo.client(), TestDynamo.COUNTERS), CLOCK));
        stats = new DynamoStatsStore(TestDynamo.client(), TestDynamo.COUNTERS);
    }

    /** A sample event retargeted at this test's campaign and shard. */
    private DynamodbTimeWindowEvent sample(String name) {
        return Events.streamFromJson(Events.json("AggregateNominationsFunction/" + name)
                .replace("events-demo", campaignId).replace("shardId-00000001795240000000-7a8b9c0d", shard));
    }

    private Map<List<String>, Long> counts(StatsDimension... table) {
        return stats.nominationCounts(StatsStore.Scope.live(campaignId), List.of(table)).cells();
    }

    private void deliver(DynamodbTimeWindowEvent event) {
        TimeWindowEventResponse response = aggregator.handleRequest(event, null);
        assertEquals(List.of(), response.getBatchItemFailures());
    }

    @Test
    void aNominationSubmittedThenQualifiedCountsOnceInItsNewCellOfEveryTable() {
        deliver(sample("submitted-then-qualified.json"));
        // within one batch the -1 and +1 of SUBMITTED cancel out and are not even written
        assertEquals(Map.of(List.of("QUALIFIED"), 1L), counts(StatsDimension.STATUS));
        assertEquals(Map.of(List.of("shipbuilding"), 1L), counts(StatsDimension.INDUSTRY));
        assertEquals(Map.of(List.of("370200"), 1L), counts(StatsDimension.REGION), "the prefecture of 370211");
        assertEquals(Map.of(List.of("35-to-44"), 1L), counts(StatsDimension.AGE_BAND), "2026 - 1985 = 41");
        assertEquals(Map.of(List.of("20-to-29"), 1L), counts(StatsDimension.YEARS_IN_TRADE_BAND));
        assertEquals(Map.of(List.of("shipbuilding", "QUALIFIED"), 1L), counts(StatsDimension.INDUSTRY, StatsDimension.STATUS));
        assertEquals(Map.of(List.of("M", "yes"), 1L), counts(StatsDimension.SEX, StatsDimension.FRONT_LINE));
        assertEquals(Map.of(List.of("none"), 1L), counts(StatsDimension.TIER));
    }

    @Test
    void aBatchDeliveredAgainWholeOrInPartCountsNothingTwice() {
        DynamodbTimeWindowEvent batch = sample("submitted-then-qualified.json");
        deliver(batch);
        deliver(batch);
        DynamodbTimeWindowEvent firstOnly = sample("submitted-then-qualified.json");
        firstOnly.setRecords(List.of(firstOnly.getRecords().getFirst()));
        deliver(firstOnly);
        assertEquals(Map.of(List.of("QUALIFIED"), 1L), counts(StatsDimension.STATUS));

        // the same changes one record at a time, after a fresh start of the lane: counted once each
        freshCampaignAndShard();
        DynamodbTimeWindowEvent all = sample("submitted-then-qualified.json");
        for (int i = 0; i < all.getRecords().size(); i++) {
            DynamodbTimeWindowEvent one = sample("submitted-then-qualified.json");
            one.setRecords(List.of(one.getRecords().get(i)));
            deliver(one);
            deliver(one);
        }
        assertEquals(Map.of(List.of("SUBMITTED"), 0L, List.of("QUALIFIED"), 1L), counts(StatsDimension.STATUS));
    }

    @Test
    void personalDataExpiringByTtlLeavesTheAnonymousCountsAsTheyAre() {
        deliver(sample("submitted-then-qualified.json"));
        deliver(sample("ttl-removal.json"));
        assertEquals(1L, counts(StatsDimension.STATUS).get(List.of("QUALIFIED")));
        assertTrue(counts(StatsDimension.SEX).values().stream().allMatch(count -> count >= 0));
    }
}
