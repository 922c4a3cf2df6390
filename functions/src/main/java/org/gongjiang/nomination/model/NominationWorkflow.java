package org.gongjiang.nomination.model;

import static org.gongjiang.nomination.model.NominationStatus.DISQUALIFIED;
import static org.gongjiang.nomination.model.NominationStatus.FINALIST;
import static org.gongjiang.nomination.model.NominationStatus.IN_REVIEW;
import static org.gongjiang.nomination.model.NominationStatus.NAMED;
import static org.gongjiang.nomination.model.NominationStatus.ON_NOTICE;
import static org.gongjiang.nomination.model.NominationStatus.QUALIFIED;
import static org.gongjiang.nomination.model.NominationStatus.REJECTED;
import static org.gongjiang.nomination.model.NominationStatus.SCORED;
import static org.gongjiang.nomination.model.NominationStatus.SHORTLISTED;
import static org.gongjiang.nomination.model.NominationStatus.SUBMITTED;
import static org.gongjiang.nomination.model.NominationStatus.WITHDRAWN;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.gongjiang.platform.model.Actor;
import org.gongjiang.platform.model.ConflictException;
import org.gongjiang.platform.model.Role;

/**
 * The process a nomination goes through, as one table of transitions: each action, the status it is
 * taken from, the statuses it may lead to, and the role that takes it. The services take every step
 * through this table, the 409 {@code invalid-transition} lists the actions it allows from a status, and
 * docs/architecture.md prints it (a test keeps the two the same).
 */
public final class NominationWorkflow {

    /**
     * One step: {@code action} from {@code from} (empty: the nomination does not exist yet) to one of
     * {@code to}, taken by {@code role} (empty: by any logged-in user).
     */
    public record Transition(String action, Optional<NominationStatus> from, Set<NominationStatus> to, Optional<Role> role) {

        public Transition {
            to = Set.copyOf(to);
        }

        /** The status this step leads to, where it leads to one only. */
        public NominationStatus target() {
            if (to.size() != 1) {
                throw new IllegalStateException("'" + action + "' leads to one of " + to + ": say which");
            }
            return to.iterator().next();
        }

        /** {@code status}, checked to be one this step may lead to. */
        public NominationStatus into(NominationStatus status) {
            if (!to.contains(status)) {
                throw new IllegalStateException("'" + action + "' from " + from + " cannot lead to " + status);
            }
            return status;
        }

        /** The role's group as the audit trail records it. */
        public String roleName() {
            return role.map(Role::group).orElse("user");
        }
    }

    /** Every transition, grouped by the status they are taken from, in the order the 409 lists them. */
    public static final List<Transition> TRANSITIONS = List.of(
            step("submit", null, Role.ENTERPRISE, SUBMITTED),
            step("amend", SUBMITTED, Role.ENTERPRISE, SUBMITTED),
            step("withdraw", SUBMITTED, Role.ENTERPRISE, WITHDRAWN),
            step("qualify", SUBMITTED, Role.REVIEWER, QUALIFIED),
            step("disqualify", SUBMITTED, Role.REVIEWER, DISQUALIFIED),
            step("assign-experts", QUALIFIED, Role.REVIEWER, IN_REVIEW, SCORED),
            step("assign-experts", IN_REVIEW, Role.REVIEWER, IN_REVIEW, SCORED),
            step("score", IN_REVIEW, Role.EXPERT, IN_REVIEW, SCORED),
            step("shortlist", SCORED, Role.REVIEWER, SHORTLISTED),
            step("reject", SCORED, Role.REVIEWER, REJECTED),
            step("open-notice", SHORTLISTED, Role.REVIEWER, ON_NOTICE),
            step("reject", SHORTLISTED, Role.REVIEWER, REJECTED),
            step("object", ON_NOTICE, null, ON_NOTICE),
            step("resolve-objection", ON_NOTICE, Role.REVIEWER, ON_NOTICE, REJECTED),
            step("finalize", ON_NOTICE, Role.REVIEWER, FINALIST),
            step("name", FINALIST, Role.REVIEWER, NAMED),
            // the escalation a campaign announces for bought votes: a finalist leaves the ballot
            step("disqualify", FINALIST, Role.REVIEWER, DISQUALIFIED));

    private static final Map<NominationStatus, List<String>> ALLOWED = allowedByStatus();

    private NominationWorkflow() {
    }

    private static Transition step(String action, NominationStatus from, Role role, NominationStatus... to) {
        return new Transition(action, Optional.ofNullable(from), EnumSet.of(to[0], to), Optional.ofNullable(role));
    }

    private static Map<NominationStatus, List<String>> allowedByStatus() {
        Map<NominationStatus, List<String>> allowed = new LinkedHashMap<>();
        for (NominationStatus status : NominationStatus.values()) {
            allowed.put(status, TRANSITIONS.stream().filter(t -> t.from().equals(Optional.of(status)))
                    .map(Transition::action).distinct().toList());
        }
        return Map.copyOf(allowed);
    }

    /** The actions a nomination at {@code status} allows, in the table's order. */
    public static List<String> allowedActions(NominationStatus status) {
        return ALLOWED.get(status);
    }

    /**
     * Refuses (403) unless the actor has the role {@code action} needs. Checked before the status, so a
     * caller who may never take the step is not told where the nomination stands.
     */
    public static void authorize(Actor actor, String action) {
        TRANSITIONS.stream().filter(t -> t.action().equals(action)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no action " + action))
                .role().ifPresent(actor::require);
    }

    /** The transition {@code action} takes from the nomination's status; 409 when the status does not allow it. */
    public static Transition require(Nomination nomination, String action) {
        return transition(nomination.status(), action).orElseThrow(() -> invalidTransition(nomination, action));
    }

    public static Optional<Transition> transition(NominationStatus from, String action) {
        return TRANSITIONS.stream().filter(t -> t.action().equals(action) && t.from().equals(Optional.of(from))).findFirst();
    }

    /** The beginning of every nomination: {@code submit}. */
    public static Transition submission() {
        return TRANSITIONS.getFirst();
    }

    public static ConflictException invalidTransition(Nomination nomination, String action) {
        List<String> allowed = allowedActions(nomination.status());
        Map<String, Object> extensions = new LinkedHashMap<>();
        extensions.put("nominationId", nomination.nominationId());
        extensions.put("nominationStatus", nomination.status().name());
        extensions.put("action", action);
        extensions.put("allowedActions", allowed);
        return new ConflictException("invalid-transition", NominationMessages.INVALID_TRANSITION_TITLE.text(),
                NominationMessages.INVALID_TRANSITION_DETAIL.text(nomination.nominationId(), nomination.status(), action,
                        allowed.isEmpty() ? "-" : String.join(", ", allowed)),
                extensions);
    }

    /** The table as docs/architecture.md shows it (Markdown). */
    public static String markdownTable() {
        StringBuilder table = new StringBuilder("| action | from | to | who |\n|---|---|---|---|\n");
        for (Transition t : TRANSITIONS) {
            table.append("| `").append(t.action()).append("` | ")
                    .append(t.from().map(NominationStatus::name).orElse("(new)")).append(" | ")
                    .append(t.to().stream().sorted().map(NominationStatus::name).collect(Collectors.joining(" or "))).append(" | ")
                    .append(t.role().map(Role::group).orElse("any logged-in user")).append(" |\n");
        }
        return table.toString();
    }
}
