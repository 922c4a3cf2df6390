package org.gongjiang.voting.handler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.gongjiang.testing.CampaignTestbed;
import org.gongjiang.testing.Events;
import org.gongjiang.testing.StreamBatches;
import org.gongjiang.testing.StreamBatches.StreamRecord;
import org.gongjiang.testing.TestDynamo;
import org.gongjiang.platform.application.CounterRecount;
import org.gongjiang.voting.dynamodb.DynamoVoteRecountStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The recount rebuilds a campaign's vote counters from VotesTable: a batch the aggregator never counted
 * (dropped on purpose here, as after a stream outage longer than 24 hours) shows as differences, and
 * the switch makes the counters exact again; a switch after new votes were counted is refused.
 */
class RecountIT {

    private static final int VOTERS = 20;
    private static final int VOTES_EACH = 3;

    private Clock clock;
    private CampaignTestbed campaign;
    private RecountVotesHandler recount;
    private String shard;
    private final List<StreamRecord> records = new ArrayList<>();
    private final Map<String, Long> cast = new HashMap<>();

    @BeforeEach
    void aCampaignWithSixtyVotesCast() {
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        clock = Clock.fixed(now, ZoneOffset.UTC);
        campaign = CampaignTestbed.create("recount", now.minus(Duration.ofDays(1)), 5, 10, clock);
        recount = new RecountVotesHandler(new CounterRecount(
                new DynamoVoteRecountStore(TestDynamo.client(), TestDynamo.VOTES, TestDynamo.COUNTERS), Clock.systemUTC()));
        shard = StreamBatches.newShard();
        LocalDate day = LocalDate.ofInstant(now, CampaignTestbed.SHANGHAI);
        long sequence = 1;
        for (int voter = 0; voter < VOTERS; voter++) {
            for (int k = 0; k < VOTES_EACH; k++) {
                String candidate = campaign.candidate(1 + (voter + k * 3) % 10);
                var answer = campaign.castVote().handleRequest(Events.vote(campaign.campaignId, candidate, "recount-voter-" + voter), null);
                assertEquals(201, answer.getStatusCode(), answer.getBody());
                cast.merge(candidate, 1L, Long::sum);
                records.add(new StreamRecord(StreamBatches.sequenceNumber(sequence++), campaign.campaignId, "v" + voter, day, k + 1,
                        candidate, now, false));
            }
        }
    }

    private void aggregate(List<StreamRecord> batch) {
        aggregate(shard, batch);
    }

    private void aggregate(String shardId, List<StreamRecord> batch) {
        var response = CampaignTestbed.aggregator(CampaignTestbed.counters(), Clock.systemUTC())
                .handleRequest(StreamBatches.event(shardId, batch), null);
        assertEquals(List.of(), response.getBatchItemFailures());
    }

    private static String slotOf(String shardId) {
        return CampaignTestbed.counters().slotOf(StreamBatches.STREAM_ARN + "/" + shardId);
    }

    /** A new shard whose commits go to another counter slot than {@code shardId}'s. */
    private static String shardInAnotherSlotThan(String shardId) {
        String other = StreamBatches.newShard();
        while (slotOf(other).equals(slotOf(shardId))) {
            other = StreamBatches.newShard();
        }
        return other;
    }

    /** Totals, day and hour items as the counters were kept before slots: no slot in the sort key. */
    private void countersFromBeforeSlots(String candidate, long votes, Instant hour) {
        String partition = "campaign#" + campaign.campaignId;
        LocalDate day = LocalDate.ofInstant(hour, CampaignTestbed.SHANGHAI);
        String hourKey = "hour#" + hour.truncatedTo(ChronoUnit.HOURS).toString().substring(0, 13) + "Z";
        for (Map<String, AttributeValue> item : List.of(
                Map.of("pk", AttributeValue.fromS(partition), "sk", AttributeValue.fromS("total"),
                        "votes", AttributeValue.fromN(Long.toString(votes)), "c:" + candidate, AttributeValue.fromN(Long.toString(votes)),
                        "updatedAt", AttributeValue.fromS(hour.toString())),
                Map.of("pk", AttributeValue.fromS(partition), "sk", AttributeValue.fromS("day#" + day),
                        "votes", AttributeValue.fromN(Long.toString(votes)), "voters", AttributeValue.fromN("1"),
                        "c:" + candidate, AttributeValue.fromN(Long.toString(votes))),
                Map.of("pk", AttributeValue.fromS(partition), "sk", AttributeValue.fromS(hourKey),
                        "votes", AttributeValue.fromN(Long.toString(votes))))) {
            TestDynamo.client().putItem(b -> b.tableName(TestDynamo.COUNTERS).item(item));
        }
    }

    private Map<String, Object> invoke(String action, String generation, String liveVersion) {
        Map<String, Object> event = new HashMap<>();
        event.put("campaignId", campaign.campaignId);
        event.put("action", action);
        if (generation != null) {
            event.put("generation", generation);
        }
        if (liveVersion != null) {
            event.put("liveVersion", liveVersion);
        }
        return recount.handleRequest(event, null);
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> differences(Map<String, Object> answer) {
        return (List<Map<String, Object>>) answer.get("differences");
    }

    @Test
    void aDroppedBatchIsFoundByTheRecountAndTheSwitchMakesTheCountersExact() {
        aggregate(records.subList(0, 15));
        aggregate(records.subList(45, 60)); // records 15..44 never reach the counters
        assertEquals(30, CampaignTestbed.counters().totals(campaign.campaignId).total());

        Map<String, Object> rebuilt = invoke("rebuild", null, null);
        assertEquals(60L, rebuilt.get("votes"), rebuilt.toString());
        assertEquals((long) VOTERS, rebuilt.get("ballotsScanned"));
        List<Map<String, Object>> differences = differences(rebuilt);
        assertTrue(differences.contains(Map.of("item", "total", "counter", "votes", "live", 30L, "recounted", 60L, "change", 30L)),
                differences.toString());
        long candidateChange = differences.stream().filter(d -> d.get("item").equals("total")
                && ((String) d.get("counter")).startsWith("c:")).mapToLong(d -> (Long) d.get("change")).sum();
        assertEquals(30, candidateChange, "the dropped votes, candidate by candidate");

        String generation = (String) rebuilt.get("generation");
        Map<String, Object> switched = invoke("switch", generation, (String) rebuilt.get("liveVersion"));
        assertEquals(true, switched.get("switched"), switched.toString());
        assertEquals(List.of(), differences(switched), "live now equals the recount");
        var totals = CampaignTestbed.counters().totals(campaign.campaignId);
        assertEquals(60, totals.total());
        cast.forEach((candidate, votes) -> assertEquals((long) votes, totals.votesFor(candidate), candidate));
        assertEquals(List.of(), differences(invoke("compare", generation, null)));
    }

    @Test
    void aSwitchAfterNewVotesWereCountedIsRefusedAndWritesNothing() {
        aggregate(records.subList(0, 40));
        Map<String, Object> rebuilt = invoke("rebuild", null, null);
        String seen = (String) rebuilt.get("liveVersion");
        aggregate(records.subList(40, 60)); // counted after the comparison
        Map<String, Object> refused = invoke("switch", (String) rebuilt.get("generation"), seen);
        assertEquals("urn:gongjiang:problem:counters-moved", refused.get("type"), refused.toString());
        assertEquals(409, refused.get("status"));
        assertEquals(60, CampaignTestbed.counters().totals(campaign.campaignId).total(), "the live counters untouched");
        assertFalse(((String) refused.get("liveVersion")).equals(seen));
    }

    @Test
    void aSwitchAfterAnotherShardCountedIntoASlotNotYetWrittenIsRefused() {
        aggregate(records.subList(0, 40));
        Map<String, Object> rebuilt = invoke("rebuild", null, null);
        String seen = (String) rebuilt.get("liveVersion");
        aggregate(shardInAnotherSlotThan(shard), records.subList(40, 60)); // another shard, its own slot, after the comparison
        Map<String, Object> refused = invoke("switch", (String) rebuilt.get("generation"), seen);
        assertEquals("urn:gongjiang:problem:counters-moved", refused.get("type"), refused.toString());
        assertEquals(60, CampaignTestbed.counters().totals(campaign.campaignId).total(), "the live counters untouched");
    }

    @Test
    void countersKeptInSeveralSlotsAndFromBeforeSlotsAreComparedAsOneAndSwitchedExactly() {
        String otherShard = shardInAnotherSlotThan(shard);
        aggregate(records.subList(0, 20));
        aggregate(otherShard, records.subList(20, 40)); // records 40..59 never reach the counters
        countersFromBeforeSlots(campaign.candidate(1), 7, records.getFirst().castAt());
        assertEquals(47, CampaignTestbed.counters().totals(campaign.campaignId).total(), "two slots and the item before slots");

        Map<String, Object> rebuilt = invoke("rebuild", null, null);
        List<Map<String, Object>> differences = differences(rebuilt);
        assertTrue(differences.contains(Map.of("item", "total", "counter", "votes", "live", 47L, "recounted", 60L, "change", 13L)),
                differences.toString());
        Map<String, Object> switched = invoke("switch", (String) rebuilt.get("generation"), (String) rebuilt.get("liveVersion"));
        assertEquals(true, switched.get("switched"), switched.toString());
        assertEquals(List.of(), differences(switched), "live now equals the recount");
        var totals = CampaignTestbed.counters().totals(campaign.campaignId);
        assertEquals(60, totals.total());
        cast.forEach((candidate, votes) -> assertEquals((long) votes, totals.votesFor(candidate), candidate));

        aggregate(otherShard, records.subList(40, 60)); // that shard counts on after its checkpoint, into its zeroed slot
        assertEquals(80, CampaignTestbed.counters().totals(campaign.campaignId).total());
    }

    @Test
    void badRequestsAreAnsweredWithAProblemAndChangeNothing() {
        assertEquals("urn:gongjiang:problem:invalid-request", invoke("recount-everything", null, null).get("type"));
        assertEquals("urn:gongjiang:problem:invalid-request", invoke("compare", "../etc", null).get("type"));
        assertEquals("urn:gongjiang:problem:recount-not-found", invoke("switch", "recount-20000101-000000000", "x").get("type"));
        Map<String, Object> event = new HashMap<>();
        event.put("action", "rebuild");
        assertEquals("urn:gongjiang:problem:invalid-request", recount.handleRequest(event, null).get("type"));
    }
}
