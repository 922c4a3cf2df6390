package org.gongjiang.integrity.model;

import java.time.Instant;
import java.util.Optional;

/** One action of an auditor, for the integrity audit trail: who, when, what, on what, how many votes, why. */
public record AuditRecord(String campaignId, Instant at, String actor, String action, String subject, int votes,
                          Optional<String> reason) {
}
