package org.gongjiang.review.model;

import java.util.List;
import java.util.Map;
import org.gongjiang.nomination.model.Nomination;
import org.gongjiang.platform.model.Actor;
import org.gongjiang.platform.model.ConflictException;
import org.gongjiang.platform.model.ForbiddenException;

/**
 * Who may not decide on a nomination, whatever roles their login has: the login that submitted it
 * ({@code own-nomination}), and a login the login provider says works for the nominating enterprise
 * (its {@code creditCode} claim is the nomination's, {@code conflict-of-interest}): a colleague's
 * nomination is judged by others. Deciding is every review step, a score and an objection's
 * resolution; reading is not. The submitter is not put on the nomination's expert panel either
 * ({@code expert-conflict-of-interest}); an expert's enterprise is not known until they act, when
 * the first rule refuses them.
 */
public final class Impartiality {

    private Impartiality() {
    }

    /** Refuses (403) an actor with an interest in {@code nomination}. */
    public static void requireNoInterest(Actor actor, Nomination nomination) {
        if (actor.subject().equals(nomination.submittedBy())) {
            throw new ForbiddenException("own-nomination", ReviewMessages.OWN_NOMINATION_TITLE.text(),
                    ReviewMessages.OWN_NOMINATION_DETAIL.text(nomination.nominationId()), Map.of());
        }
        if (actor.creditCode().filter(code -> code.equals(nomination.enterprise().creditCode())).isPresent()) {
            throw new ForbiddenException("conflict-of-interest", ReviewMessages.CONFLICT_OF_INTEREST_TITLE.text(),
                    ReviewMessages.CONFLICT_OF_INTEREST_DETAIL.text(nomination.nominationId(), nomination.enterprise().creditCode()),
                    Map.of());
        }
    }

    /** Refuses (409) an expert panel that names the login that submitted the nomination. */
    public static void requireImpartialPanel(Nomination nomination, List<String> experts) {
        if (experts.contains(nomination.submittedBy())) {
            throw new ConflictException("expert-conflict-of-interest", ReviewMessages.EXPERT_CONFLICT_OF_INTEREST_TITLE.text(),
                    ReviewMessages.EXPERT_CONFLICT_OF_INTEREST_DETAIL.text(nomination.submittedBy(), nomination.nominationId()),
                    Map.of("experts", List.of(nomination.submittedBy())));
        }
    }
}
