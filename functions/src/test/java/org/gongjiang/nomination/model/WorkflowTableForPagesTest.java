package org.gongjiang.nomination.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gongjiang.platform.model.Role;
import org.junit.jupiter.api.Test;

/**
 * The staff pages offer only the steps the API would take: they read the workflow's table from
 * pages/.../js/staff/workflow.js (the pages have no build step), which must stay the table the
 * services run.
 */
class WorkflowTableForPagesTest {

    private static final Path WORKFLOW_JS = Path.of("..", "pages", "src", "main", "pages", "js", "staff", "workflow.js");

    @Test
    void thePagesWorkflowTableIsTheTableTheServicesRun() throws IOException {
        List<String> expected = NominationWorkflow.TRANSITIONS.stream().map(t -> describe(t.action(),
                t.from().map(NominationStatus::name).orElse(null),
                t.to().stream().map(NominationStatus::name).toList(),
                t.role().map(Role::group).orElse(null))).toList();
        List<String> served = new ArrayList<>();
        for (JsonNode step : arrayAfter("export const TRANSITIONS = ")) {
            List<String> to = new ArrayList<>();
            step.path("to").forEach(status -> to.add(status.asText()));
            served.add(describe(step.path("action").asText(), textOrNull(step.path("from")), to, textOrNull(step.path("role"))));
        }
        assertEquals(expected, served, WORKFLOW_JS + " must list NominationWorkflow.TRANSITIONS, in its order");
    }

    @Test
    void thePagesKnowEveryStatusOnce() throws IOException {
        List<String> statuses = new ArrayList<>();
        arrayAfter("export const STATUSES = ").forEach(status -> statuses.add(status.asText()));
        assertEquals(new TreeSet<>(Arrays.stream(NominationStatus.values()).map(Enum::name).toList()), new TreeSet<>(statuses));
        assertEquals(NominationStatus.values().length, statuses.size(), "each status once: " + statuses);
    }

    private static String describe(String action, String from, List<String> to, String role) {
        return action + " from " + from + " to " + new TreeSet<>(to) + " by " + role;
    }

    private static String textOrNull(JsonNode node) {
        return node.isNull() || node.isMissingNode() ? null : node.asText();
    }

    /** The array literal after {@code declaration}, read as JSON (single quotes allowed: plain strings only). */
    private static JsonNode arrayAfter(String declaration) throws IOException {
        String source = Files.readString(WORKFLOW_JS);
        Matcher matcher = Pattern.compile(Pattern.quote(declaration) + "(\\[.*?\\]);", Pattern.DOTALL).matcher(source);
        if (!matcher.find()) {
            throw new AssertionError(WORKFLOW_JS + " must declare " + declaration + "[...];");
        }
        return new ObjectMapper().readTree(matcher.group(1).replace('\'', '"'));
    }
}
