package org.gongjiang.integrity.application;

import java.time.Instant;
import java.util.List;
import org.gongjiang.integrity.model.WatchDelta;
import org.gongjiang.integrity.model.WatchedVote;
import org.gongjiang.platform.stream.CommitLimits;
import org.gongjiang.platform.stream.LaneFolder;

/**
 * The watch's log of votes, folded from the votes stream with each shard's checkpoint: a window's
 * votes are read back when the window is evaluated. A vote may be logged twice (a batch written before
 * its checkpoint moved, then redelivered): readers take each vote once.
 */
public interface WatchLog extends LaneFolder.Ledger<WatchDelta> {

    /** How much one commit may carry: windows (log items) and votes per window. */
    CommitLimits commitLimits();

    /** A window's votes, each once. */
    List<WatchedVote> window(String campaignId, Instant windowStart);

    /** Windows that received votes after they were due for evaluation (the stream was late), oldest first. */
    List<Instant> lateWindows(String campaignId);

    void clearLate(String campaignId, Instant windowStart);
}
