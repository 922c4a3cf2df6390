package org.gongjiang.voting.model;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/** What one voter cast in one campaign on one voting day. */
public record DailyBallot(String campaignId, LocalDate day, List<Entry> votes) {

    public DailyBallot {
        votes = votes.stream().sorted(Comparator.comparing(Entry::castAt).thenComparing(Entry::candidateId)).toList();
    }

    public static DailyBallot empty(String campaignId, LocalDate day) {
        return new DailyBallot(campaignId, day, List.of());
    }

    public record Entry(String candidateId, String receipt, Instant castAt) {
    }
}
