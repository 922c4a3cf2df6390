package org.gongjiang.integrity.application;

import java.time.Clock;
import java.util.List;
import org.gongjiang.integrity.model.WatchDelta;
import org.gongjiang.integrity.model.WatchedVote;
import org.gongjiang.platform.stream.AggregationOutcome;
import org.gongjiang.platform.stream.CommitLimits;
import org.gongjiang.platform.stream.LaneFolder;

/**
 * Folds the votes stream into the watch's log with the same checkpointed folding as the counters
 * ({@link LaneFolder}): a record at or before a shard's checkpoint is never logged again, and the
 * windows' evaluation reads each vote once whatever Lambda redelivers.
 */
public final class VoteWatch {

    private final LaneFolder<WatchedVote, WatchDelta> folder;

    public VoteWatch(WatchLog log, Clock clock) {
        CommitLimits limits = log.commitLimits();
        this.folder = new LaneFolder<>(log, () -> new WatchDelta(limits), clock);
    }

    public AggregationOutcome watch(String lane, List<LaneFolder.Change<WatchedVote>> delivered) {
        return folder.fold(lane, delivered);
    }
}
