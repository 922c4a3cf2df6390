package org.gongjiang.domain;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The review process as a state machine: which actions each status allows. Every transition is its own
 * call; any other call on a nomination is a 409 that says which actions are allowed now.
 */
public final class NominationWorkflow {

    private static final Map<NominationStatus, List<String>> ALLOWED = Map.ofEntries(
            Map.entry(NominationStatus.SUBMITTED, List.of("amend", "withdraw", "qualify", "disqualify")),
            Map.entry(NominationStatus.QUALIFIED, List.of("assign-experts")),
            Map.entry(NominationStatus.IN_REVIEW, List.of("assign-experts", "score")),
            Map.entry(NominationStatus.SCORED, List.of("shortlist", "reject")),
            Map.entry(NominationStatus.SHORTLISTED, List.of("open-notice", "reject")),
            Map.entry(NominationStatus.ON_NOTICE, List.of("object", "resolve-objection", "finalize")),
            Map.entry(NominationStatus.FINALIST, List.of("name")),
            Map.entry(NominationStatus.WITHDRAWN, List.of()),
            Map.entry(NominationStatus.DISQUALIFIED, List.of()),
            Map.entry(NominationStatus.REJECTED, List.of()),
            Map.entry(NominationStatus.NAMED, List.of()));

    private NominationWorkflow() {
    }

    public static List<String> allowedActions(NominationStatus status) {
        return ALLOWED.get(status);
    }

    /** Refuses (409) {@code action} unless the nomination's status allows it. */
    public static void require(Nomination nomination, String action) {
        if (!ALLOWED.get(nomination.status()).contains(action)) {
            throw invalidTransition(nomination, action);
        }
    }

    public static ConflictException invalidTransition(Nomination nomination, String action) {
        Map<String, Object> extensions = new LinkedHashMap<>();
        extensions.put("nominationId", nomination.nominationId());
        extensions.put("nominationStatus", nomination.status().name());
        extensions.put("action", action);
        extensions.put("allowedActions", allowedActions(nomination.status()));
        List<String> allowed = allowedActions(nomination.status());
        String list = allowed.isEmpty() ? "-" : String.join(", ", allowed);
        return new ConflictException("invalid-transition", LocalizedText.of("当前状态不允许此操作", "Not allowed in this status"),
                LocalizedText.of("提名 %s 处于 %s 状态，不能执行“%s”；当前可执行：%s。",
                        "Nomination %s is %s: '%s' is not allowed now; allowed: %s.")
                        .formatted(nomination.nominationId(), nomination.status(), action, list),
                extensions);
    }
}
