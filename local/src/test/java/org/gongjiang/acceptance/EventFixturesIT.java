package org.gongjiang.acceptance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.gongjiang.acceptance.support.SharedDeployment;
import org.gongjiang.local.LocalDeployment;
import org.gongjiang.testing.TestDynamo;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every sample event in events/ (events/&lt;FunctionLogicalId&gt;/&lt;case&gt;[.&lt;status&gt;].json) is sent to its
 * function in the local stack and gets the status its name promises; every function has samples.
 */
class EventFixturesIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern NAME = Pattern.compile("(.+?)(?:\\.(\\d{3}))?\\.json");

    /**
     * The samples in the order of the functions in template.yaml (a campaign is created before it takes
     * nominations, a nomination is submitted before it is read), by file name within a function.
     */
    private static List<Path> fixtures() throws Exception {
        List<String> order = List.copyOf(TestDynamo.template().functions().keySet());
        try (Stream<Path> files = Files.walk(TestDynamo.repositoryRoot().resolve("events"))) {
            return files.filter(p -> p.toString().endsWith(".json"))
                    .sorted(java.util.Comparator.comparing((Path p) -> order.indexOf(p.getParent().getFileName().toString()))
                            .thenComparing(p -> p.getFileName().toString()))
                    .toList();
        }
    }

    @Test
    void everyFunctionOfTheTemplateHasSampleEvents() throws Exception {
        Set<String> withSamples = new TreeSet<>();
        for (Path fixture : fixtures()) {
            withSamples.add(fixture.getParent().getFileName().toString());
        }
        assertEquals(new TreeSet<>(TestDynamo.template().functions().keySet()), withSamples);
    }

    @TestFactory
    Stream<DynamicTest> everySampleEventGetsTheAnswerItsNameSays() throws Exception {
        LocalDeployment stack = SharedDeployment.get();
        return fixtures().stream().map(fixture -> DynamicTest.dynamicTest(
                fixture.getParent().getFileName() + "/" + fixture.getFileName(), () -> {
                    String function = fixture.getParent().getFileName().toString();
                    Matcher name = NAME.matcher(fixture.getFileName().toString());
                    assertTrue(name.matches());
                    JsonNode result = JSON.readTree(stack.functions().get(function).invoke(Files.readString(fixture)));
                    boolean byHand = TestDynamo.template().functions().get(function).routes().isEmpty()
                            && TestDynamo.template().functions().get(function).schedules().isEmpty()
                            && TestDynamo.template().functions().get(function).streams().isEmpty();
                    if (byHand) {
                        // an operator's function (the recounts) answers its outcome, or a problem with the status the name says
                        assertTrue(!result.has("errorMessage") && !result.has("errorType"), result.toString());
                        if (name.group(2) != null) {
                            assertEquals(Integer.parseInt(name.group(2)), result.path("status").asInt(), result.toString());
                        } else {
                            assertTrue(result.has("differences") && result.has("generation"), result.toString());
                        }
                    } else if (name.group(2) != null) {
                        assertEquals(Integer.parseInt(name.group(2)), result.path("statusCode").asInt(), result.toString());
                    } else if (!TestDynamo.template().functions().get(function).schedules().isEmpty()) {
                        // a scheduled run answers what it did ({"snapshots": [...]}, {"windowsEvaluated": {...}, ...}), never an error
                        assertTrue(result.isObject() && !result.isEmpty(), result.toString());
                        assertTrue(!result.has("errorMessage") && !result.has("errorType"), result.toString());
                    } else {
                        assertTrue(result.has("state"), result.toString());
                        assertEquals(0, result.path("batchItemFailures").size(), result.toString());
                    }
                }));
    }
}
