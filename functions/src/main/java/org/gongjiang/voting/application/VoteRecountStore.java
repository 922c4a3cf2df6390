package org.gongjiang.voting.application;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.gongjiang.voting.model.DailyBallot;
import org.gongjiang.voting.model.VoteCountDelta;

/** What rebuilding a campaign's vote counters from its votes needs of the tables. */
public interface VoteRecountStore {

    /** Hands every ballot of the campaign to {@code sink} (from several threads at once); returns how many. */
    long scanBallots(String campaignId, Consumer<DailyBallot> sink);

    boolean generationExists(String campaignId, String generation);

    /** Writes the rebuilt counters as a generation of their own, beside the live ones. */
    void writeGeneration(String campaignId, String generation, VoteCountDelta counters, Instant now);

    /** Every counter of the live generation (empty {@code generation}) or of a rebuilt one, by item. */
    Map<String, Map<String, Long>> counters(String campaignId, Optional<String> generation);

    /** What identifies the live counters' state: the time of the totals' last commit. */
    Optional<String> liveVersion(String campaignId);

    /**
     * Makes the generation's values the live counters; false, writing nothing, when the live counters
     * are no longer at {@code expectedLiveVersion}.
     */
    boolean switchTo(String campaignId, String generation, Optional<String> expectedLiveVersion, Instant now);
}
