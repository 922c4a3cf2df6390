package org.gongjiang.voting.model;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/** One accepted vote as the aggregator sees it on the stream. */
public record VoteEvent(String campaignId, String candidateId, LocalDate day, Instant castAt, boolean firstVoteOfDay) {

    public VoteEvent {
        Objects.requireNonNull(campaignId, "campaignId");
        Objects.requireNonNull(candidateId, "candidateId");
        Objects.requireNonNull(day, "day");
        Objects.requireNonNull(castAt, "castAt");
    }
}
