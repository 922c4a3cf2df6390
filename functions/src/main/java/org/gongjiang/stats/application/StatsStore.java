package org.gongjiang.stats.application;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gongjiang.stats.model.StatsDimension;
import org.gongjiang.voting.model.Candidate;
import org.gongjiang.voting.model.PublishedVoid;
import org.gongjiang.voting.model.VoteTotals;

/**
 * The counters open statistics are read from: live, as the aggregators keep them, or as a snapshot
 * froze them when voting closed. Every read is one request (or one bounded Query), whatever the number
 * of votes or nominations behind it.
 */
public interface StatsStore {

    /** Whose figures, and from where: the live counters, or the snapshot of that date. */
    record Scope(String campaignId, Optional<LocalDate> snapshot) {

        public static Scope live(String campaignId) {
            return new Scope(campaignId, Optional.empty());
        }
    }

    record DayCount(long votes, long voters) {
    }

    /** A frozen copy of a campaign's statistics and when it was taken. */
    record Snapshot(LocalDate date, Instant takenAt) {
    }

    VoteTotals totals(Scope scope);

    /** The voting days from {@code from} to {@code to} (inclusive) that have counts. */
    Map<LocalDate, DayCount> days(Scope scope, LocalDate from, LocalDate to);

    /** Votes per UTC hour, for the hours starting in [{@code from}, {@code to}) that have votes. */
    Map<Instant, Long> hours(Scope scope, Instant from, Instant to);

    /** A nomination table's counts by cell, and when they last changed. */
    record NominationCounts(Map<List<String>, Long> cells, Optional<Instant> updatedAt) {
    }

    /** A nomination table's counts (one or two dimensions in {@link StatsDimension} order). */
    NominationCounts nominationCounts(Scope scope, List<StatsDimension> table);

    /** The voids published (live, or as a snapshot froze them). */
    List<PublishedVoid> voids(Scope scope);

    /** The ballot frozen with a snapshot (live ballots come from the candidates table). */
    List<Candidate> frozenBallot(Scope scope);

    List<Snapshot> snapshots(String campaignId);

    /**
     * Freezes the campaign's counters and {@code ballot} as the snapshot of {@code date}; the snapshot
     * exists only once complete. False, writing nothing more, when it already exists.
     */
    boolean takeSnapshot(String campaignId, LocalDate date, List<Candidate> ballot, Instant takenAt);
}
