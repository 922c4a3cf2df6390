package org.gongjiang.review.application;

import java.util.List;
import java.util.Optional;
import org.gongjiang.nomination.application.NominationStore.ChangeOutcome;
import org.gongjiang.nomination.model.AuditEntry;
import org.gongjiang.nomination.model.ExpertScore;
import org.gongjiang.nomination.model.Nomination;
import org.gongjiang.review.model.Objection;
import org.gongjiang.voting.model.Candidate;

/** The review of nominations: its steps, the experts' scores, and objections during the public notice. */
public interface ReviewStore {

    /**
     * Writes a review step: {@code changed} if the stored nomination is still at {@code expectedVersion},
     * with its audit entry and what the step implies, all or nothing.
     */
    ChangeOutcome step(Nomination changed, long expectedVersion, AuditEntry audit, StepEffects effects);

    /** Every expert's scores for a nomination. */
    List<ExpertScore> scores(String campaignId, String nominationId);

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

    /**
     * What else a step does in its transaction: publish a finalist on the ballot (again, with its tier,
     * when named), take one off it (a finalist disqualified), or count a winner named on the campaign.
     */
    record StepEffects(Optional<Candidate> publish, Optional<String> unpublish, boolean countNaming) {

        public static final StepEffects NONE = new StepEffects(Optional.empty(), Optional.empty(), false);

        public static StepEffects publishing(Candidate candidate) {
            return new StepEffects(Optional.of(candidate), Optional.empty(), false);
        }

        public static StepEffects unpublishing(String candidateId) {
            return new StepEffects(Optional.empty(), Optional.of(candidateId), false);
        }

        /** A winner named: counted on the campaign, and its ballot item written again with its tier. */
        public static StepEffects naming(Candidate named) {
            return new StepEffects(Optional.of(named), Optional.empty(), true);
        }
    }
}
