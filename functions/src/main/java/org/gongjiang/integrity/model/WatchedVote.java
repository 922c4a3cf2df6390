package org.gongjiang.integrity.model;

import java.time.Instant;
import java.util.Objects;
import org.gongjiang.voting.model.VoteSignals;
import org.gongjiang.voting.model.VoterId;

/** A vote as the integrity watch keeps it: who (pseudonymously), for whom, when, and its signals. */
public record WatchedVote(String campaignId, VoterId voter, String candidateId, Instant castAt, VoteSignals signals) {

    public WatchedVote {
        Objects.requireNonNull(campaignId, "campaignId");
        Objects.requireNonNull(voter, "voter");
        Objects.requireNonNull(candidateId, "candidateId");
        Objects.requireNonNull(castAt, "castAt");
        Objects.requireNonNull(signals, "signals");
    }

    /** The same vote (a record delivered twice): the same voter for the same candidate at the same second. */
    public String identity() {
        return voter.hash() + "|" + candidateId + "|" + castAt.getEpochSecond();
    }
}
