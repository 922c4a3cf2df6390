package org.gongjiang.nomination.application;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.gongjiang.nomination.model.AuditEntry;
import org.gongjiang.nomination.model.ExpertScore;
import org.gongjiang.nomination.model.Nomination;
import org.gongjiang.nomination.model.NominationStatus;

/** Nominations, the markers and counters that guard them, their audit trail and the experts' score sheets. */
public interface NominationStore {

    /** The number of the campaign's last stored nomination (0 before the first); the next is one more. */
    long lastNominationNumber(String campaignId);

    /**
     * Stores a new nomination, number {@code number}, in one transaction with: the marker that the person
     * is nominated in the campaign, the enterprise's quota count, the campaign's count of nominations,
     * the audit entry, the campaign's last number moved from {@code number - 1} (NUMBER_TAKEN, nothing
     * written, when another submission took it: read it again and retry) and the idempotency record when
     * the request has a key. A refused submission uses up nothing.
     */
    SubmitOutcome submit(Nomination nomination, long number, int enterpriseQuota, Optional<IdempotencyRecord> idempotency,
                         AuditEntry audit);

    Optional<IdempotencyRecord> idempotency(String campaignId, String scope, String key);

    Optional<Nomination> find(String campaignId, String nominationId);

    /** Every nomination of the campaign. */
    List<Nomination> list(String campaignId);

    /** The campaign's nominations at {@code status}, read from an index. */
    List<Nomination> listByStatus(String campaignId, NominationStatus status);

    /**
     * Writes {@code changed} if the stored nomination is still at {@code expectedVersion}, with the audit
     * entry and the side effects, all or nothing: CHANGED, or what stopped it (nothing written).
     */
    ChangeOutcome change(Nomination changed, long expectedVersion, AuditEntry audit, SideEffects effects);

    List<AuditEntry> audit(String campaignId, String nominationId);

    /** One expert's score sheet for a nomination, if they scored it. */
    Optional<ExpertScore> score(String campaignId, String nominationId, String expert);

    /** Why a submission was not stored. */
    enum SubmitOutcome { STORED, NUMBER_TAKEN, DUPLICATE_PERSON, QUOTA_EXHAUSTED, IDEMPOTENCY_KEY_TAKEN, NO_CAMPAIGN }

    /** What a change found: written, the nomination changed meanwhile, or the (new) nominee is nominated already. */
    enum ChangeOutcome { CHANGED, STALE, DUPLICATE_PERSON }

    /** A first response to a submission with an Idempotency-Key, kept to answer a retry the same way. */
    record IdempotencyRecord(String campaignId, String scope, String key, String requestHash, String nominationId,
                             Instant submittedAt) {
    }

    /**
     * What else an enterprise's change does, in the same transaction: move the person marker (an amended
     * identity number), or release the person and the quota slot (a withdrawal).
     */
    record SideEffects(Optional<String> replacedIdHash, boolean releasePersonAndQuota) {

        public static final SideEffects NONE = new SideEffects(Optional.empty(), false);

        public static SideEffects replacingPerson(String oldIdHash) {
            return new SideEffects(Optional.of(oldIdHash), false);
        }

        public static SideEffects releasing() {
            return new SideEffects(Optional.empty(), true);
        }
    }
}
