package org.gongjiang.integrity.application;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.gongjiang.integrity.model.Alert;
import org.gongjiang.integrity.model.AuditRecord;
import org.gongjiang.integrity.model.VoidRecord;
import org.gongjiang.integrity.model.WindowSummary;

/** What the watch found and what the auditors did: window summaries, alerts, voids and the audit trail. */
public interface IntegrityStore {

    /** The first window of the campaign not yet evaluated, if any was. */
    Optional<Instant> nextWindow(String campaignId);

    void setNextWindow(String campaignId, Instant windowStart, Instant expiresAt);

    void putSummary(String campaignId, WindowSummary summary, Instant expiresAt);

    /** The summaries of the windows starting in [{@code from}, {@code to}). */
    List<WindowSummary> summaries(String campaignId, Instant from, Instant to);

    /** Raises an alert; false, writing nothing, when it was raised before (the same finding). */
    boolean raise(Alert alert, Instant expiresAt);

    /** Replaces a raised alert's figures and evidence (a window evaluated again with late votes). */
    void updateEvidence(Alert alert, Instant expiresAt);

    Optional<Alert> alert(String campaignId, String alertId);

    List<Alert> alerts(String campaignId);

    /** Stores a new void; false when its id is taken. */
    boolean createVoid(VoidRecord record);

    /** Replaces a void if it still has {@code expected} status; false, writing nothing, when it moved meanwhile. */
    boolean replaceVoid(VoidRecord updated, VoidRecord.Status expected);

    Optional<VoidRecord> voidRecord(String campaignId, String voidId);

    List<VoidRecord> voids(String campaignId);

    void audit(AuditRecord record, Instant expiresAt);

    List<AuditRecord> auditTrail(String campaignId);
}
