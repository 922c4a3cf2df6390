package org.gongjiang.voting.dynamodb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.gongjiang.platform.stream.LaneFolder;
import org.gongjiang.platform.stream.StreamPosition;
import org.gongjiang.voting.model.Receipts;
import org.gongjiang.voting.model.VoteEvent;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** Which changes of a ballot on the stream are votes. */
class BallotItemMapperTest {

    private static final StreamPosition POSITION = StreamPosition.of("100");
    private static final Receipts RECEIPTS = new Receipts();
    private static final String FIRST = RECEIPTS.issue(Instant.parse("2026-11-21T01:00:00Z"));
    private static final String SECOND = RECEIPTS.issue(Instant.parse("2026-11-21T02:00:00.250Z"));

    private static Map<String, AttributeValue> ballot(int votes, Map<String, String> candidates) {
        Map<String, AttributeValue> item = new HashMap<>();
        item.put("ballotId", AttributeValue.fromS("c1#2026-11-21#hash"));
        item.put("cid", AttributeValue.fromS("c1"));
        item.put("d", AttributeValue.fromS("2026-11-21"));
        item.put("n", AttributeValue.fromN(Integer.toString(votes)));
        item.put("expiresAt", AttributeValue.fromN("1811635200"));
        candidates.forEach((candidate, receipt) -> item.put("c:" + candidate, AttributeValue.fromS(receipt)));
        return item;
    }

    private static LaneFolder.Change<VoteEvent> change(Map<String, AttributeValue> before, Map<String, AttributeValue> after) {
        return BallotItemMapper.fromStreamImages(POSITION, before, after);
    }

    @Test
    void theFirstVoteOfTheDayCreatesTheBallotAndCountsAVoter() {
        VoteEvent vote = change(null, ballot(1, Map.of("a", FIRST))).item().orElseThrow();
        assertEquals(new VoteEvent("c1", "a", LocalDate.parse("2026-11-21"), Instant.parse("2026-11-21T01:00:00Z"), true), vote);
    }

    @Test
    void aLaterVoteIsTheOneCandidateAddedAndIsNotANewVoter() {
        VoteEvent vote = change(ballot(1, Map.of("a", FIRST)), ballot(2, Map.of("a", FIRST, "b", SECOND))).item().orElseThrow();
        assertEquals("b", vote.candidateId());
        assertEquals(Instant.parse("2026-11-21T02:00:00.250Z"), vote.castAt());
        assertFalse(vote.firstVoteOfDay());
    }

    @Test
    void changesThatAreNotOneVoteCountForNothing() {
        Map<String, AttributeValue> one = ballot(1, Map.of("a", FIRST));
        Map<String, AttributeValue> retouched = new HashMap<>(one);
        retouched.put("expiresAt", AttributeValue.fromN("1900000000"));
        assertTrue(change(one, retouched).item().isEmpty(), "a repair that adds no candidate");
        assertTrue(change(one, null).item().isEmpty(), "a TTL deletion");
        assertTrue(change(null, ballot(2, Map.of("a", FIRST, "b", SECOND))).item().isEmpty(), "two candidates at once");
        assertTrue(change(one, ballot(3, Map.of("a", FIRST, "b", SECOND))).item().isEmpty(), "n jumping by two");
        assertTrue(change(null, ballot(1, Map.of("a", "not-a-receipt"))).item().isEmpty(), "a bad receipt");
        Map<String, AttributeValue> badDay = ballot(1, Map.of("a", FIRST));
        badDay.put("d", AttributeValue.fromS("21/11/2026"));
        assertTrue(change(null, badDay).item().isEmpty(), "an unreadable day");
        Map<String, AttributeValue> noCampaign = ballot(1, Map.of("a", FIRST));
        noCampaign.remove("cid");
        assertTrue(change(null, noCampaign).item().isEmpty(), "no campaign");
    }
}
