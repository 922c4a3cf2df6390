package org.gongjiang.voting.model;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** What one voter cast in one campaign on one voting day, and which of those votes an auditor voided. */
public record DailyBallot(String campaignId, LocalDate day, List<Entry> votes) {

    public DailyBallot {
        votes = votes.stream().sorted(Comparator.comparing(Entry::castAt).thenComparing(Entry::candidateId)).toList();
    }

    public static DailyBallot empty(String campaignId, LocalDate day) {
        return new DailyBallot(campaignId, day, List.of());
    }

    /** A vote of the day; {@code voidId} names the void that took it out of the count, if any. */
    public record Entry(String candidateId, BallotEntry entry, Optional<String> voidId) {

        public Instant castAt() {
            return entry.castAt();
        }

        public boolean counted() {
            return voidId.isEmpty();
        }
    }

    public Optional<Entry> vote(String candidateId) {
        return votes.stream().filter(vote -> vote.candidateId().equals(candidateId)).findFirst();
    }
}
