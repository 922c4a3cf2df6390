package org.gongjiang.stats.model;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.gongjiang.platform.stream.CommitLimits;
import org.gongjiang.platform.stream.LaneFolder;

/**
 * What a run of nomination changes adds to the statistics counters: per campaign, per table (one or
 * two dimensions), per cell, a signed count. A change moving a nomination from one cell to another
 * adds -1 and +1; cells that net to zero are dropped, so a commit writes only what moved.
 */
public final class NominationCountDelta implements LaneFolder.Delta<NominationChange> {

    private final Map<String, Map<List<StatsDimension>, Map<List<String>, Long>>> campaigns = new TreeMap<>();
    private final CommitLimits limits;

    public NominationCountDelta(CommitLimits limits) {
        this.limits = limits;
    }

    @Override
    public void add(NominationChange change) {
        Map<List<StatsDimension>, Map<List<String>, Long>> tables = campaigns.computeIfAbsent(change.campaignId(), id -> new HashMap<>());
        for (List<StatsDimension> table : StatsDimension.tables()) {
            Map<List<String>, Long> cells = tables.computeIfAbsent(table, t -> new HashMap<>());
            change.before().ifPresent(profile -> cells.merge(NominationChange.cell(profile, table), -1L, NominationCountDelta::sum));
            change.after().ifPresent(profile -> cells.merge(NominationChange.cell(profile, table), 1L, NominationCountDelta::sum));
            if (cells.isEmpty()) {
                tables.remove(table);
            }
        }
        if (tables.isEmpty()) {
            campaigns.remove(change.campaignId());
        }
    }

    /** Null drops a cell that nets to zero. */
    private static Long sum(Long a, Long b) {
        long total = a + b;
        return total == 0 ? null : total;
    }

    @Override
    public boolean fits(NominationChange change) {
        int items = counterItems() + (campaigns.containsKey(change.campaignId()) ? 0 : StatsDimension.tables().size());
        if (items > limits.maxCounterItems()) {
            return false;
        }
        Map<List<StatsDimension>, Map<List<String>, Long>> tables = campaigns.getOrDefault(change.campaignId(), Map.of());
        return tables.values().stream().allMatch(cells -> cells.size() + 2 <= limits.maxCandidatesPerItem());
    }

    @Override
    public boolean isEmpty() {
        return campaigns.isEmpty();
    }

    /** How many counter items a commit of this delta writes (at most one per campaign and table). */
    public int counterItems() {
        return campaigns.values().stream().mapToInt(Map::size).sum();
    }

    /** Per campaign, per table, the cells that moved. */
    public Map<String, Map<List<StatsDimension>, Map<List<String>, Long>>> campaigns() {
        return campaigns;
    }
}
