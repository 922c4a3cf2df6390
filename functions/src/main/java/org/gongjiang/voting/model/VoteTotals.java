package org.gongjiang.voting.model;

import java.time.Instant;
import java.util.HashMap;
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

    /**
     * These totals and {@code other} together, as when a counter is kept in several parts (one per
     * stream shard) and read as one: every count added, the later update time kept.
     */
    public VoteTotals plus(VoteTotals other) {
        Optional<Instant> later = updatedAt.isEmpty() ? other.updatedAt
                : other.updatedAt.filter(at -> at.isAfter(updatedAt.get())).or(() -> updatedAt);
        return new VoteTotals(total + other.total, added(byCandidate, other.byCandidate),
                added(voidedByCandidate, other.voidedByCandidate), later);
    }

    private static Map<String, Long> added(Map<String, Long> a, Map<String, Long> b) {
        Map<String, Long> sum = new HashMap<>(a);
        b.forEach((name, count) -> sum.merge(name, count, Long::sum));
        return sum;
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
