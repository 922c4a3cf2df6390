package org.gongjiang.local.emulator.lambda;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.amazonaws.services.lambda.runtime.logging.LogLevel;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class LocalContextTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static List<String> standardErrorOf(Runnable action) {
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        PrintStream err = System.err;
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            action.run();
        } finally {
            System.setErr(err);
        }
        return captured.toString(StandardCharsets.UTF_8).lines().toList();
    }

    @Test
    void eachMessageIsOneJsonLineShapedAsTheJavaRuntimeWritesItWithTheFunctionAdded() throws Exception {
        String line = LocalContext.jsonLine(Instant.parse("2026-11-21T08:00:00.120Z"), LogLevel.ERROR,
                "request r-1 failed: java.lang.IllegalStateException: boom\n\tat Foo.bar(Foo.java:1)\n", "req-1", "CastVoteFunction");

        assertTrue(line.lines().count() == 1, line);
        JsonNode parsed = JSON.readTree(line);
        assertEquals("2026-11-21T08:00:00.120Z", parsed.path("timestamp").asText());
        assertEquals("ERROR", parsed.path("level").asText());
        assertTrue(parsed.path("message").asText().contains("\tat Foo.bar(Foo.java:1)"), "the stack trace is in the message");
        assertEquals("req-1", parsed.path("AWSRequestId").asText());
        assertEquals("CastVoteFunction", parsed.path("function").asText());
    }

    @Test
    void theLoggerFiltersBelowTheApplicationLogLevelAndWritesBytesUnformatted() throws Exception {
        LocalContext context = new LocalContext("AggregateVotesFunction", "req-2", 1024, 10, LogLevel.INFO);

        List<String> lines = standardErrorOf(() -> {
            context.getLogger().log("hidden", LogLevel.DEBUG);
            context.getLogger().log("aggregated 3 records", LogLevel.INFO);
            context.getLogger().log("no level");
            context.getLogger().log("raw bytes".getBytes(StandardCharsets.UTF_8));
        });

        assertEquals(3, lines.size(), lines.toString());
        JsonNode info = JSON.readTree(lines.get(0));
        assertEquals("aggregated 3 records", info.path("message").asText());
        assertEquals("INFO", info.path("level").asText());
        assertEquals("req-2", info.path("AWSRequestId").asText());
        assertEquals("UNDEFINED", JSON.readTree(lines.get(1)).path("level").asText());
        assertEquals("raw bytes", lines.get(2));
    }
}
