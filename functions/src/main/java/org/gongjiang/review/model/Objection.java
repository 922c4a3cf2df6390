package org.gongjiang.review.model;

import java.time.Instant;
import java.util.Optional;

/**
 * An objection to a nomination on public notice (媒体公示). The objector is kept only as a keyed hash of
 * their login; the review office resolves each objection, and an upheld one rejects the nomination.
 */
public record Objection(String campaignId, String nominationId, String objectionId, String objectorHash, String text,
                        Status status, Instant filedAt, Optional<String> resolution, Optional<String> resolvedBy,
                        Optional<Instant> resolvedAt, Instant expiresAt) {

    public enum Status { OPEN, UPHELD, DISMISSED }

    public Objection resolved(Status outcome, String reason, String by, Instant at) {
        return new Objection(campaignId, nominationId, objectionId, objectorHash, text, outcome, filedAt, Optional.of(reason),
                Optional.of(by), Optional.of(at), expiresAt);
    }
}
