package org.gongjiang.local.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gongjiang.voting.model.VoteSignals;
import org.gongjiang.voting.model.VoterHasher;
import org.junit.jupiter.api.Test;

/**
 * How local/floor sums up its rounds (medians, so that one slow or fast minute of a shared VM moves it least),
 * and that its raw writes carry what a vote's write carries.
 */
class FloorToolTest {

    private static final VoterHasher KEYS = VoterHasher.fromSecret("floor-test-key-".repeat(4));

    @Test
    void aFloorVotersKeyIsAsLongAsAVoterHash() {
        int hashed = KEYS.voterFor("https://login.example", "voter-1").hash().length();

        assertEquals(hashed, FloorTool.floorVoter("mf3k2x9a", 7).hash().length());
        assertEquals(hashed, FloorTool.floorVoter("mf3k2x9a", 1999).hash().length());
    }

    @Test
    void floorVotersOfOneRunAreDistinct() {
        assertNotEquals(FloorTool.floorVoter("mf3k2x9a", 1), FloorTool.floorVoter("mf3k2x9a", 11));
        assertNotEquals(FloorTool.floorVoter("mf3k2x9a", 1), FloorTool.floorVoter("mf3k2x9b", 1));
    }

    @Test
    void theFloorsEntriesCarrySignalsAsLongAsThoseOfAVoteFromTheLoadTool() {
        Instant castAt = Instant.parse("2026-12-02T10:00:00Z");
        // the load tool's vote: from the loopback, the JDK's user agent, a token with iat and no account claim
        VoteSignals loaded = VoteSignals.of(new VoteSignals.Origin(Optional.of("127.0.0.1"), Optional.of("Java/25"),
                Map.of("iat", Long.toString(castAt.getEpochSecond() - 30))), Optional.empty(), KEYS, castAt);

        assertEquals(loaded.encoded().length(), FloorTool.SIGNALS_OF_A_LOADED_VOTE.encoded().length());
        assertEquals(loaded.account(), FloorTool.SIGNALS_OF_A_LOADED_VOTE.account());
    }

    @Test
    void aRoundsRatioIsTheStacksThroughputOverTheFloors() {
        assertEquals(0.75, new FloorTool.Round(800, 600).ratio(), 1e-9);
    }

    @Test
    void theSummaryOfAnOddNumberOfRoundsTakesTheMiddleRatioNotTheMean() {
        FloorTool.Summary summary = FloorTool.Summary.of(List.of(
                new FloorTool.Round(1000, 500), new FloorTool.Round(800, 680), new FloorTool.Round(700, 630)));

        assertEquals(0.85, summary.ratioMedian(), 1e-9);
        assertEquals(0.50, summary.ratioMin(), 1e-9);
        assertEquals(0.90, summary.ratioMax(), 1e-9);
        assertEquals(800, summary.floorMedian(), 1e-9);
        assertEquals(630, summary.stackMedian(), 1e-9);
    }

    @Test
    void theSummaryOfAnEvenNumberOfRoundsAveragesTheTwoMiddleRatios() {
        FloorTool.Summary summary = FloorTool.Summary.of(List.of(
                new FloorTool.Round(1000, 600), new FloorTool.Round(1000, 900), new FloorTool.Round(1000, 700),
                new FloorTool.Round(1000, 800)));

        assertEquals(0.75, summary.ratioMedian(), 1e-9);
        assertEquals(750, summary.stackMedian(), 1e-9);
    }

    @Test
    void noRoundsIsNoSummary() {
        assertThrows(IllegalArgumentException.class, () -> FloorTool.Summary.of(List.of()));
    }
}
