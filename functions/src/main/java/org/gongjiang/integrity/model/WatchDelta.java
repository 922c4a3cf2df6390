package org.gongjiang.integrity.model;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.gongjiang.platform.stream.CommitLimits;
import org.gongjiang.platform.stream.LaneFolder;

/**
 * The votes a run of stream records adds to the watch's log, grouped by campaign and window: each
 * group becomes one log item, so a batch costs a write per window it touches, billed by its size
 * (some 27 bytes a vote), never a write per vote.
 */
public final class WatchDelta implements LaneFolder.Delta<WatchedVote> {

    /** One campaign's window. */
    public record Window(String campaignId, Instant start) implements Comparable<Window> {
        @Override
        public int compareTo(Window other) {
            int byCampaign = campaignId.compareTo(other.campaignId);
            return byCampaign != 0 ? byCampaign : start.compareTo(other.start);
        }
    }

    private final Map<Window, List<WatchedVote>> windows = new TreeMap<>();
    private final CommitLimits limits;

    /** @param limits how many windows (log items) one commit writes, and how many votes one item holds */
    public WatchDelta(CommitLimits limits) {
        this.limits = limits;
    }

    @Override
    public boolean fits(WatchedVote vote) {
        List<WatchedVote> window = windows.get(windowOf(vote));
        return window == null ? windows.size() < limits.maxCounterItems() : window.size() < limits.maxCandidatesPerItem();
    }

    @Override
    public void add(WatchedVote vote) {
        windows.computeIfAbsent(windowOf(vote), w -> new ArrayList<>()).add(vote);
    }

    @Override
    public boolean isEmpty() {
        return windows.isEmpty();
    }

    public Map<Window, List<WatchedVote>> windows() {
        return windows;
    }

    private static Window windowOf(WatchedVote vote) {
        return new Window(vote.campaignId(), Windows.startOf(vote.castAt()));
    }
}
