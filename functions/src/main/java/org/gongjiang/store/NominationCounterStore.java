package org.gongjiang.store;

import org.gongjiang.domain.CommitLimits;
import org.gongjiang.domain.LaneFolder;
import org.gongjiang.domain.NominationCountDelta;

/** Nomination statistics counters, kept by the nominations stream's aggregator, and its shard checkpoints. */
public interface NominationCounterStore extends LaneFolder.Ledger<NominationCountDelta> {

    /** How much one commit may carry. */
    CommitLimits commitLimits();
}
