package org.gongjiang.integrity.model;

import java.time.Instant;
import java.util.Objects;

/** A vote an alert implicates: the voter's pseudonymous id, the candidate, when (to the second), and its network's hash. */
public record ImplicatedVote(String voterId, String candidateId, Instant castAt, String network) {

    public ImplicatedVote {
        Objects.requireNonNull(voterId, "voterId");
        Objects.requireNonNull(candidateId, "candidateId");
        Objects.requireNonNull(castAt, "castAt");
        Objects.requireNonNull(network, "network");
    }

    public static ImplicatedVote of(WatchedVote vote) {
        return new ImplicatedVote(vote.voter().hash(), vote.candidateId(), vote.castAt(), vote.signals().network());
    }
}
