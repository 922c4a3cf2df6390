package org.gongjiang.domain;

import java.time.Clock;
import java.util.List;
import org.gongjiang.store.NominationCounterStore;

/**
 * Folds the nominations table's stream into the nomination statistics counters, exactly once (see
 * {@link LaneFolder}): each change of a nomination moves it from its cells of every table to its new
 * ones, so statistics are read from a handful of counter items, never by scanning nominations.
 */
public final class NominationStatsAggregator {

    private final LaneFolder<NominationChange, NominationCountDelta> folder;

    public NominationStatsAggregator(NominationCounterStore counters, Clock clock) {
        CommitLimits limits = counters.commitLimits();
        this.folder = new LaneFolder<>(counters, () -> new NominationCountDelta(limits), clock);
    }

    public AggregationOutcome aggregate(String lane, List<LaneFolder.Change<NominationChange>> delivered) {
        return folder.fold(lane, delivered);
    }
}
