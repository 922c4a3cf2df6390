package org.gongjiang.nomination.model;

import java.time.Instant;
import java.util.Optional;

/** One step of a nomination's history: who did what when, from which status to which, and why. */
public record AuditEntry(String campaignId, String nominationId, Instant at, String actor, String role, String action,
                         Optional<NominationStatus> from, NominationStatus to, Optional<String> reason) {
}
