package org.gongjiang.nomination.model;

import java.util.Optional;
import org.gongjiang.platform.model.Actor;
import org.gongjiang.platform.model.Role;

/**
 * Who sees which side of a nomination. The review office (reviewers, admins) sees all of it; an
 * assigned expert sees what scoring needs and nothing personal; the nominating enterprise sees what it
 * submitted but not the mobiles, contacts or identity number, nor experts or their scores. Anyone else
 * sees nothing, not even that the nomination exists.
 */
public enum NominationAccess {
    REVIEW_OFFICE, EXPERT, ENTERPRISE;

    public static Optional<NominationAccess> of(Actor actor, Nomination nomination) {
        if (actor.has(Role.REVIEWER) || actor.has(Role.ADMIN)) {
            return Optional.of(REVIEW_OFFICE);
        }
        if (actor.has(Role.ENTERPRISE) && owns(actor, nomination)) {
            return Optional.of(ENTERPRISE);
        }
        if (actor.has(Role.EXPERT) && nomination.experts().contains(actor.subject())) {
            return Optional.of(EXPERT);
        }
        return Optional.empty();
    }

    /**
     * A clerk's nominations: those of the enterprise the login provider says the clerk works for, or,
     * without that claim, those the clerk's own account submitted.
     */
    public static boolean owns(Actor actor, Nomination nomination) {
        return actor.creditCode().map(code -> code.equals(nomination.enterprise().creditCode()))
                .orElse(actor.subject().equals(nomination.submittedBy()));
    }
}
