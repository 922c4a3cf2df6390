package org.gongjiang.voting.model;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/** One vote as written to the voter's ballot for the day. */
public record BallotVote(
        String campaignId,
        LocalDate day,
        VoterId voter,
        String candidateId,
        BallotEntry entry,
        Instant expiresAt) {

    public BallotVote {
        Objects.requireNonNull(campaignId, "campaignId");
        Objects.requireNonNull(day, "day");
        Objects.requireNonNull(voter, "voter");
        Objects.requireNonNull(candidateId, "candidateId");
        Objects.requireNonNull(entry, "entry");
        Objects.requireNonNull(expiresAt, "expiresAt");
    }

    public Instant castAt() {
        return entry.castAt();
    }
}
