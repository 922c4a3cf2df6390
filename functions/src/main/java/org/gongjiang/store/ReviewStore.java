package org.gongjiang.store;

import java.util.List;
import java.util.Optional;
import org.gongjiang.domain.AuditEntry;
import org.gongjiang.domain.ExpertScore;
import org.gongjiang.domain.Nomination;
import org.gongjiang.domain.Objection;
import org.gongjiang.store.NominationStore.ChangeOutcome;

/** The review of nominations: experts' scores and objections during the public notice. */
public interface ReviewStore {

    /** Every expert's scores for a nomination. */
    List<ExpertScore> scores(String campaignId, String nominationId);

    Optional<ExpertScore> score(String campaignId, String nominationId, String expert);

    /**
     * Stores an expert's scores and the nomination's new aggregate in one transaction, if the nomination
     * is still at {@code expectedVersion}; counts the score on the campaign.
     */
    ChangeOutcome recordScore(ExpertScore score, Nomination changed, long expectedVersion, AuditEntry audit);

    /** Files an objection unless its author has an open one on this nomination or the nomination left its notice. */
    ObjectionOutcome file(Objection objection);

    List<Objection> objections(String campaignId, String nominationId);

    Optional<Objection> objection(String campaignId, String nominationId, String objectionId);

    /**
     * Records the resolution (the objection must still be open) and, for an upheld objection, the
     * nomination's rejection at {@code expectedVersion}, all or nothing.
     */
    ChangeOutcome resolve(Objection resolved, Optional<Rejection> rejection);

    enum ObjectionOutcome { FILED, ALREADY_OPEN, NOT_ON_NOTICE }

    record Rejection(Nomination rejected, long expectedVersion, AuditEntry audit) {
    }
}
