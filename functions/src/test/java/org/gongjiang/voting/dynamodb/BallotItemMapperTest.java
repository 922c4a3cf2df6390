package org.gongjiang.voting.dynamodb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.gongjiang.platform.stream.LaneFolder;
import org.gongjiang.platform.stream.StreamPosition;
import org.gongjiang.voting.model.BallotEntry;
import org.gongjiang.voting.model.VoteEvent;
import org.gongjiang.voting.model.VoteSignals;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** Which changes of a ballot on the stream are votes, voids and restorations. */
class BallotItemMapperTest {

    private static final StreamPosition POSITION = StreamPosition.of("100");
    private static final LocalDate DAY = LocalDate.parse("2026-11-21");
    private static final String FIRST = new BallotEntry(Instant.parse("2026-11-21T01:00:00Z"), 1, VoteSignals.NONE).encoded();
    private static final String SECOND = new BallotEntry(Instant.parse("2026-11-21T02:00:00.250Z"), 2,
            new VoteSignals("AbCdEfGh", "-", "d400")).encoded();

    private static Map<String, AttributeValue> ballot(int votes, Map<String, String> candidates) {
        Map<String, AttributeValue> item = new HashMap<>();
        item.put("ballotId", AttributeValue.fromS("c1#2026-11-21#hashhashhashhashhashha"));
        item.put("cid", AttributeValue.fromS("c1"));
        item.put("d", AttributeValue.fromS("2026-11-21"));
        item.put("n", AttributeValue.fromN(Integer.toString(votes)));
        item.put("expiresAt", AttributeValue.fromN("1811635200"));
        candidates.forEach((candidate, entry) -> item.put("c:" + candidate, AttributeValue.fromS(entry)));
        return item;
    }

    private static Map<String, AttributeValue> voided(Map<String, AttributeValue> ballot, String... candidates) {
        Map<String, AttributeValue> item = new HashMap<>(ballot);
        for (String candidate : candidates) {
            item.put("v:" + candidate, AttributeValue.fromS("V1"));
        }
        return item;
    }

    private static LaneFolder.Change<VoteEvent> change(Map<String, AttributeValue> before, Map<String, AttributeValue> after) {
        return BallotItemMapper.fromStreamImages(POSITION, before, after);
    }

    @Test
    void theFirstVoteOfTheDayCreatesTheBallotAndCountsAVoter() {
        VoteEvent vote = change(null, ballot(1, Map.of("a", FIRST))).item().orElseThrow();
        assertEquals(VoteEvent.cast("c1", "a", DAY, Instant.parse("2026-11-21T01:00:00Z"), true), vote);
    }

    @Test
    void aLaterVoteIsTheOneCandidateAddedAndIsNotANewVoter() {
        VoteEvent vote = change(ballot(1, Map.of("a", FIRST)), ballot(2, Map.of("a", FIRST, "b", SECOND))).item().orElseThrow();
        assertEquals("b", vote.candidateId());
        assertEquals(Instant.parse("2026-11-21T02:00:00.250Z"), vote.castAt());
        assertEquals(0, vote.voters());
    }

    @Test
    void aVoidTakesTheVoteOutAndTheVoterWithItsLastValidVoteARestorationPutsThemBack() {
        Map<String, AttributeValue> two = ballot(2, Map.of("a", FIRST, "b", SECOND));
        assertEquals(VoteEvent.voided("c1", "a", DAY, Instant.parse("2026-11-21T01:00:00Z"), false),
                change(two, voided(two, "a")).item().orElseThrow());
        assertEquals(VoteEvent.voided("c1", "b", DAY, Instant.parse("2026-11-21T02:00:00.250Z"), true),
                change(voided(two, "a"), voided(two, "a", "b")).item().orElseThrow(), "the voter's last vote that counted");
        assertEquals(VoteEvent.restored("c1", "a", DAY, Instant.parse("2026-11-21T01:00:00Z"), true),
                change(voided(two, "a", "b"), voided(two, "b")).item().orElseThrow());
        assertEquals(VoteEvent.cast("c1", "c", DAY, Instant.parse("2026-11-21T02:00:00.250Z"), true),
                change(voided(two, "a", "b"), voided(ballot(3, Map.of("a", FIRST, "b", SECOND, "c", SECOND)), "a", "b"))
                        .item().orElseThrow(), "after every vote was voided, a new one makes a voter again");
        assertTrue(change(voided(two, "a"), voided(two, "a")).item().isEmpty(), "a void applied again changes nothing");
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
        assertTrue(change(null, ballot(1, Map.of("a", "not-a-vote"))).item().isEmpty(), "an unreadable vote");
        Map<String, AttributeValue> badDay = ballot(1, Map.of("a", FIRST));
        badDay.put("d", AttributeValue.fromS("21/11/2026"));
        assertTrue(change(null, badDay).item().isEmpty(), "an unreadable day");
        Map<String, AttributeValue> noCampaign = ballot(1, Map.of("a", FIRST));
        noCampaign.remove("cid");
        assertTrue(change(null, noCampaign).item().isEmpty(), "no campaign");
        assertTrue(change(one, voided(ballot(1, Map.of("a", FIRST)), "x")).item().isEmpty(), "a mark on no vote");
    }
}
