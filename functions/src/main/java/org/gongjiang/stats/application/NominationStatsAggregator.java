package org.gongjiang.stats.application;

import java.time.Clock;
import java.util.List;
import org.gongjiang.platform.stream.AggregationOutcome;
import org.gongjiang.platform.stream.CommitLimits;
import org.gongjiang.platform.stream.LaneFolder;
import org.gongjiang.stats.model.NominationChange;
import org.gongjiang.stats.model.NominationCountDelta;

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
