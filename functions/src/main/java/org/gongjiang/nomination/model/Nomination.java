package org.gongjiang.nomination.model;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.gongjiang.platform.model.TimeWindow;

/**
 * A nomination and where it stands. {@code submittedBy} is the clerk's login subject; {@code version}
 * grows with every change (each change is conditional on the version it was made from).
 */
public record Nomination(
        String campaignId,
        String nominationId,
        NominationStatus status,
        String category,
        Nominee nominee,
        Enterprise enterprise,
        boolean publishProfile,
        String submittedBy,
        Instant submittedAt,
        Instant updatedAt,
        long version,
        Optional<String> proposedTier,
        Optional<String> tier,
        List<String> experts,
        int scoresReceived,
        Optional<Double> expertScore,
        Optional<TimeWindow> notice,
        Optional<String> reason,
        Instant expiresAt) {

    public Nomination {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(nominee, "nominee");
        Objects.requireNonNull(enterprise, "enterprise");
        experts = List.copyOf(experts);
        Objects.requireNonNull(expiresAt, "expiresAt");
    }

    /** A copy at {@code status}, one version on, changed at {@code at} for {@code why}. */
    public Nomination moved(NominationStatus to, Instant at, Optional<String> why) {
        return new Nomination(campaignId, nominationId, to, category, nominee, enterprise, publishProfile, submittedBy,
                submittedAt, at, version + 1, proposedTier, tier, experts, scoresReceived, expertScore, notice,
                why.isPresent() ? why : reason, expiresAt);
    }

    public Nomination withProposedTier(Optional<String> value) {
        return new Nomination(campaignId, nominationId, status, category, nominee, enterprise, publishProfile, submittedBy,
                submittedAt, updatedAt, version, value, tier, experts, scoresReceived, expertScore, notice, reason, expiresAt);
    }

    public Nomination withTier(Optional<String> value) {
        return new Nomination(campaignId, nominationId, status, category, nominee, enterprise, publishProfile, submittedBy,
                submittedAt, updatedAt, version, proposedTier, value, experts, scoresReceived, expertScore, notice, reason, expiresAt);
    }

    public Nomination withExperts(List<String> value) {
        return new Nomination(campaignId, nominationId, status, category, nominee, enterprise, publishProfile, submittedBy,
                submittedAt, updatedAt, version, proposedTier, tier, value, scoresReceived, expertScore, notice, reason, expiresAt);
    }

    public Nomination withScores(int received, Optional<Double> score) {
        return new Nomination(campaignId, nominationId, status, category, nominee, enterprise, publishProfile, submittedBy,
                submittedAt, updatedAt, version, proposedTier, tier, experts, received, score, notice, reason, expiresAt);
    }

    public Nomination withNotice(Optional<TimeWindow> value) {
        return new Nomination(campaignId, nominationId, status, category, nominee, enterprise, publishProfile, submittedBy,
                submittedAt, updatedAt, version, proposedTier, tier, experts, scoresReceived, expertScore, value, reason, expiresAt);
    }

    /** A copy with new particulars (an amendment), one version on. */
    public Nomination amended(String newCategory, Nominee newNominee, Enterprise newEnterprise, boolean consent, Instant at) {
        return new Nomination(campaignId, nominationId, status, newCategory, newNominee, newEnterprise, consent, submittedBy,
                submittedAt, at, version + 1, proposedTier, tier, experts, scoresReceived, expertScore, notice, reason, expiresAt);
    }
}
