package org.gongjiang.stats.application;

import org.gongjiang.platform.stream.CommitLimits;
import org.gongjiang.platform.stream.LaneFolder;
import org.gongjiang.stats.model.NominationCountDelta;

/** Nomination statistics counters, kept by the nominations stream's aggregator, and its shard checkpoints. */
public interface NominationCounterStore extends LaneFolder.Ledger<NominationCountDelta> {

    /** How much one commit may carry. */
    CommitLimits commitLimits();
}
