package org.gongjiang.voting.model;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A void as the public sees it, and nothing about voters: the candidate, the hours its voided votes
 * were cast in, when it was applied (to the hour), how many votes, the rule and the reason; and, when
 * an auditor took it back, how many were restored.
 */
public record PublishedVoid(String voidId, String candidateId, Instant castFrom, Instant castTo, Instant voidedAt, int votesVoided,
                            String rule, String reason, boolean restored, int votesRestored) {

    public PublishedVoid {
        Objects.requireNonNull(voidId, "voidId");
        Objects.requireNonNull(candidateId, "candidateId");
        Objects.requireNonNull(castFrom, "castFrom");
        Objects.requireNonNull(castTo, "castTo");
        Objects.requireNonNull(voidedAt, "voidedAt");
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(reason, "reason");
    }

    public Optional<Integer> restoredVotes() {
        return restored ? Optional.of(votesRestored) : Optional.empty();
    }
}
