package org.gongjiang.integrity.model;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.gongjiang.platform.model.TimeWindow;
import org.gongjiang.voting.model.VoteRef;

/**
 * An auditor's decision to take votes out of the count: which votes (resolved when it was asked for,
 * so that what a second auditor confirms is exactly what the first asked), why, and where it stands.
 * A void of more than the campaign's {@code fourEyesAbove} votes waits for a second auditor.
 */
public record VoidRecord(
        String voidId,
        String campaignId,
        String candidateId,
        Rule rule,
        Optional<String> alertId,
        String scope,
        TimeWindow cast,
        String reason,
        List<VoteRef> votes,
        Status status,
        String requestedBy,
        Instant requestedAt,
        Optional<String> confirmedBy,
        Optional<Instant> appliedAt,
        int votesVoided,
        Optional<String> restoredBy,
        Optional<Instant> restoredAt,
        Optional<String> restoreReason,
        int votesRestored,
        Instant expiresAt) {

    /** At most this many votes in one void (the votes are kept in one item). */
    public static final int MAX_VOTES = 5_000;

    public enum Status { PENDING_CONFIRMATION, APPLIED, RESTORED }

    public VoidRecord {
        Objects.requireNonNull(voidId, "voidId");
        Objects.requireNonNull(status, "status");
        votes = List.copyOf(votes);
    }

    public VoidRecord applied(Optional<String> confirmer, Instant at, int voided) {
        return new VoidRecord(voidId, campaignId, candidateId, rule, alertId, scope, cast, reason, votes, Status.APPLIED, requestedBy,
                requestedAt, confirmer, Optional.of(at), voided, restoredBy, restoredAt, restoreReason, votesRestored, expiresAt);
    }

    public VoidRecord restored(String by, Instant at, String why, int restored) {
        return new VoidRecord(voidId, campaignId, candidateId, rule, alertId, scope, cast, reason, votes, Status.RESTORED,
                requestedBy, requestedAt, confirmedBy, appliedAt, votesVoided, Optional.of(by), Optional.of(at), Optional.of(why),
                restored, expiresAt);
    }
}
