package org.gongjiang.platform.application;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/** What rebuilding one kind of a campaign's counters from its source table needs of the tables. */
public interface CounterRecountStore {

    /**
     * Reads the campaign's source items and writes the counters they amount to as the generation
     * {@code generation}, beside the live ones; returns what it read (figures such as ballots scanned).
     */
    Map<String, Long> rebuild(String campaignId, String generation, Instant now);

    boolean generationExists(String campaignId, String generation);

    /** Every counter of the live generation (empty {@code generation}) or of a rebuilt one, by item. */
    Map<String, Map<String, Long>> counters(String campaignId, Optional<String> generation);

    /** What identifies the live counters' state, for the switch to check it has not moved. */
    Optional<String> liveVersion(String campaignId);

    /**
     * Makes the generation's values the live counters; false, writing nothing, when the live counters
     * are no longer at {@code expectedLiveVersion}.
     */
    boolean switchTo(String campaignId, String generation, Optional<String> expectedLiveVersion, Instant now);
}
