package org.gongjiang.voting.model;

import java.time.LocalDate;
import java.util.Objects;

/** Where one vote is: the voter's ballot of a campaign's voting day, under the candidate voted for. */
public record VoteRef(String campaignId, LocalDate day, VoterId voter, String candidateId) {

    public VoteRef {
        Objects.requireNonNull(campaignId, "campaignId");
        Objects.requireNonNull(day, "day");
        Objects.requireNonNull(voter, "voter");
        Objects.requireNonNull(candidateId, "candidateId");
    }
}
