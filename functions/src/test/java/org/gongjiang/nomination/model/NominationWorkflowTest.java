package org.gongjiang.nomination.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class NominationWorkflowTest {

    @Test
    void eachStatusAllowsTheActionsOfItsTransitionsInTheTablesOrder() {
        Map<NominationStatus, List<String>> expected = Map.ofEntries(
                Map.entry(NominationStatus.SUBMITTED, List.of("amend", "withdraw", "qualify", "disqualify")),
                Map.entry(NominationStatus.QUALIFIED, List.of("assign-experts")),
                Map.entry(NominationStatus.IN_REVIEW, List.of("assign-experts", "score")),
                Map.entry(NominationStatus.SCORED, List.of("shortlist", "reject")),
                Map.entry(NominationStatus.SHORTLISTED, List.of("open-notice", "reject")),
                Map.entry(NominationStatus.ON_NOTICE, List.of("object", "resolve-objection", "finalize")),
                Map.entry(NominationStatus.FINALIST, List.of("name", "disqualify")),
                Map.entry(NominationStatus.WITHDRAWN, List.of()),
                Map.entry(NominationStatus.DISQUALIFIED, List.of()),
                Map.entry(NominationStatus.REJECTED, List.of()),
                Map.entry(NominationStatus.NAMED, List.of()));
        for (NominationStatus status : NominationStatus.values()) {
            assertEquals(expected.get(status), NominationWorkflow.allowedActions(status), status.name());
        }
    }

    @Test
    void aStepLeadsOnlyToTheStatusesItsTransitionNames() {
        NominationWorkflow.Transition scoring = NominationWorkflow.transition(NominationStatus.IN_REVIEW, "score").orElseThrow();
        assertEquals(NominationStatus.SCORED, scoring.into(NominationStatus.SCORED));
        assertThrows(IllegalStateException.class, () -> scoring.into(NominationStatus.FINALIST));
        assertThrows(IllegalStateException.class, scoring::target, "a step with two outcomes must be told which");
        assertEquals(NominationStatus.WITHDRAWN,
                NominationWorkflow.transition(NominationStatus.SUBMITTED, "withdraw").orElseThrow().target());
    }

    @Test
    void theArchitectureDocumentShowsTheTableTheWorkflowRuns() throws IOException {
        String document = Files.readString(Path.of("..", "docs", "architecture.md"));
        assertTrue(document.contains(NominationWorkflow.markdownTable()),
                "docs/architecture.md must show the workflow's table as NominationWorkflow.markdownTable() prints it:\n"
                        + NominationWorkflow.markdownTable());
    }
}
