package org.gongjiang.store;

import org.gongjiang.domain.CommitLimits;
import org.gongjiang.domain.LaneFolder;
import org.gongjiang.domain.VoteCountDelta;
import org.gongjiang.domain.VoteTotals;

/** Vote counters kept by the stream aggregator, and each stream shard's checkpoint. */
public interface VoteCounterStore extends LaneFolder.Ledger<VoteCountDelta> {

    /** How much one commit may carry. */
    CommitLimits commitLimits();

    /** The campaign's running totals, read in one request whatever the number of votes. */
    VoteTotals totals(String campaignId);
}
