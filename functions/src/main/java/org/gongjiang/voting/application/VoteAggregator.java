package org.gongjiang.voting.application;

import java.time.Clock;
import java.util.List;
import org.gongjiang.platform.stream.AggregationOutcome;
import org.gongjiang.platform.stream.CommitLimits;
import org.gongjiang.platform.stream.LaneFolder;
import org.gongjiang.voting.model.VoteCountDelta;
import org.gongjiang.voting.model.VoteEvent;

/**
 * Folds the votes table's stream into the vote counters, exactly once (see {@link LaneFolder}): each
 * accepted vote adds one to its campaign's total, its candidate, its voting day (and to the day's
 * voters when it is the voter's first vote that day) and its hour.
 */
public final class VoteAggregator {

    private final LaneFolder<VoteEvent, VoteCountDelta> folder;

    public VoteAggregator(VoteCounterStore counters, Clock clock) {
        CommitLimits limits = counters.commitLimits();
        this.folder = new LaneFolder<>(counters, () -> new VoteCountDelta(limits), clock);
    }

    public AggregationOutcome aggregate(String lane, List<LaneFolder.Change<VoteEvent>> delivered) {
        return folder.fold(lane, delivered);
    }
}
