package org.gongjiang.voting.model;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/** A campaign's running vote totals as the counters hold them, and when they were last brought up to date. */
public record VoteTotals(long total, Map<String, Long> byCandidate, Optional<Instant> updatedAt) {

    public VoteTotals {
        byCandidate = Map.copyOf(byCandidate);
    }

    public static VoteTotals none() {
        return new VoteTotals(0, Map.of(), Optional.empty());
    }

    public long votesFor(String candidateId) {
        return byCandidate.getOrDefault(candidateId, 0L);
    }
}
