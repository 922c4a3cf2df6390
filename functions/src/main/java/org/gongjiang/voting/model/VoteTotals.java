package org.gongjiang.voting.model;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * A campaign's running vote totals as the counters hold them (valid votes, and per candidate the votes
 * that count and those voided), and when they were last brought up to date.
 */
public record VoteTotals(long total, Map<String, Long> byCandidate, Map<String, Long> voidedByCandidate,
                         Optional<Instant> updatedAt) {

    public VoteTotals {
        byCandidate = Map.copyOf(byCandidate);
        voidedByCandidate = Map.copyOf(voidedByCandidate);
    }

    public VoteTotals(long total, Map<String, Long> byCandidate, Optional<Instant> updatedAt) {
        this(total, byCandidate, Map.of(), updatedAt);
    }

    public static VoteTotals none() {
        return new VoteTotals(0, Map.of(), Map.of(), Optional.empty());
    }

    /** The candidate's votes that count. */
    public long votesFor(String candidateId) {
        return byCandidate.getOrDefault(candidateId, 0L);
    }

    public long voidedFor(String candidateId) {
        return voidedByCandidate.getOrDefault(candidateId, 0L);
    }

    public long voided() {
        return voidedByCandidate.values().stream().mapToLong(Long::longValue).sum();
    }
}
