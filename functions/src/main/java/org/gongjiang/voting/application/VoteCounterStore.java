package org.gongjiang.voting.application;

import org.gongjiang.platform.stream.CommitLimits;
import org.gongjiang.platform.stream.LaneFolder;
import org.gongjiang.voting.model.VoteCountDelta;
import org.gongjiang.voting.model.VoteTotals;

/** Vote counters kept by the stream aggregator, and each stream shard's checkpoint. */
public interface VoteCounterStore extends LaneFolder.Ledger<VoteCountDelta> {

    /** How much one commit may carry. */
    CommitLimits commitLimits();

    /** The campaign's running totals, read in one request whatever the number of votes. */
    VoteTotals totals(String campaignId);
}
