package org.gongjiang.store;

import java.time.Instant;
import java.util.Optional;
import org.gongjiang.domain.CommitLimits;
import org.gongjiang.domain.StreamPosition;
import org.gongjiang.domain.VoteCountDelta;
import org.gongjiang.domain.VoteTotals;

/** Vote counters kept by the stream aggregator, and each stream shard's checkpoint. */
public interface VoteCounterStore {

    /** The last stream position whose vote is already in the counters, for one shard ("lane"). */
    Optional<StreamPosition> checkpoint(String lane);

    /**
     * Adds {@code delta} to the counters and moves the lane's checkpoint from {@code expected} (empty: the
     * lane has none yet) to {@code next}, all or nothing. Returns false, writing nothing, when the
     * checkpoint is no longer {@code expected} (someone else applied records meanwhile).
     */
    boolean commit(String lane, Optional<StreamPosition> expected, StreamPosition next, VoteCountDelta delta, Instant now);

    /** How much one commit may carry. */
    CommitLimits commitLimits();

    /** The campaign's running totals, read in one request whatever the number of votes. */
    VoteTotals totals(String campaignId);
}
