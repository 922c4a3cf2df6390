package org.gongjiang.store;

import java.util.List;
import java.util.Optional;
import org.gongjiang.domain.AuditEntry;
import org.gongjiang.domain.Candidate;
import org.gongjiang.domain.Nomination;
import org.gongjiang.domain.NominationStatus;

/** Nominations, the markers and counters that guard them, and their audit trail. */
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
     * entry and the side effects, all or nothing. Empty when it changed meanwhile.
     */
    ChangeOutcome change(Nomination changed, long expectedVersion, AuditEntry audit, SideEffects effects);

    List<AuditEntry> audit(String campaignId, String nominationId);

    /** Why a submission was not stored. */
    enum SubmitOutcome { STORED, NUMBER_TAKEN, DUPLICATE_PERSON, QUOTA_EXHAUSTED, IDEMPOTENCY_KEY_TAKEN, NO_CAMPAIGN }

    /** What a change found. */
    enum ChangeOutcome { CHANGED, STALE, DUPLICATE_PERSON }

    /** A first response to a submission with an Idempotency-Key, kept to answer a retry the same way. */
    record IdempotencyRecord(String campaignId, String scope, String key, String requestHash, String nominationId,
                             java.time.Instant submittedAt) {
    }

    /**
     * What else a change does, in the same transaction: move the person marker (an amended identity
     * number), release the person and the quota slot (a withdrawal), publish the finalist on the ballot,
     * or count a score or a naming on the campaign.
     */
    record SideEffects(Optional<String> replacedIdHash, boolean releasePersonAndQuota, Optional<Candidate> publish,
                       boolean countScore, boolean countNaming) {

        public static final SideEffects NONE = new SideEffects(Optional.empty(), false, Optional.empty(), false, false);

        public static SideEffects replacingPerson(String oldIdHash) {
            return new SideEffects(Optional.of(oldIdHash), false, Optional.empty(), false, false);
        }

        public static SideEffects releasing() {
            return new SideEffects(Optional.empty(), true, Optional.empty(), false, false);
        }

        public static SideEffects publishing(Candidate candidate) {
            return new SideEffects(Optional.empty(), false, Optional.of(candidate), false, false);
        }

        public static SideEffects countingScore() {
            return new SideEffects(Optional.empty(), false, Optional.empty(), true, false);
        }

        public static SideEffects countingNaming() {
            return new SideEffects(Optional.empty(), false, Optional.empty(), false, true);
        }
    }
}
