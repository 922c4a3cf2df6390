package org.gongjiang.integrity.model;

import java.time.Instant;
import java.util.Map;

/** What the rules remember of a window once it is evaluated: per candidate its votes and its fresh accounts' votes. */
public record WindowSummary(Instant start, Map<String, Integer> votes, Map<String, Integer> fresh) {

    public WindowSummary {
        votes = Map.copyOf(votes);
        fresh = Map.copyOf(fresh);
    }

    public int total() {
        return votes.values().stream().mapToInt(Integer::intValue).sum();
    }

    public int freshTotal() {
        return fresh.values().stream().mapToInt(Integer::intValue).sum();
    }
}
