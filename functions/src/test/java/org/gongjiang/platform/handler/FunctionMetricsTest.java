package org.gongjiang.platform.handler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.amazonaws.services.lambda.runtime.events.DynamodbEvent.DynamodbStreamRecord;
import com.amazonaws.services.lambda.runtime.events.models.dynamodb.StreamRecord;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gongjiang.platform.model.ConflictException;
import org.gongjiang.platform.model.LocalizedText;
import org.gongjiang.platform.stream.AggregationOutcome;
import org.gongjiang.platform.stream.StreamPosition;
import org.junit.jupiter.api.Test;

class FunctionMetricsTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Instant NOW = Instant.parse("2026-11-21T08:00:00.123Z");

    private static JsonNode only(FunctionMetrics metrics) throws Exception {
        List<String> lines = metrics.lines(NOW);
        assertEquals(1, lines.size(), lines.toString());
        assertFalse(lines.getFirst().contains("\n"), "one line");
        return JSON.readTree(lines.getFirst());
    }

    /** Each metric a directive names, with its unit, and each dimension set: what CloudWatch would extract. */
    private static void assertValidEmf(JsonNode document) {
        JsonNode metadata = document.path("_aws");
        assertTrue(metadata.path("Timestamp").isIntegralNumber(), document.toString());
        assertTrue(metadata.path("CloudWatchMetrics").isArray() && !metadata.path("CloudWatchMetrics").isEmpty(), document.toString());
        for (JsonNode directive : metadata.path("CloudWatchMetrics")) {
            assertEquals("Gongjiang", directive.path("Namespace").asText());
            for (JsonNode set : directive.path("Dimensions")) {
                for (JsonNode dimension : set) {
                    assertTrue(document.path(dimension.asText()).isTextual(), "dimension " + dimension + " in " + document);
                }
            }
            for (JsonNode metric : directive.path("Metrics")) {
                JsonNode value = document.path(metric.path("Name").asText());
                assertTrue(value.isNumber() || value.isArray() && !value.isEmpty(), "value of " + metric + " in " + document);
                assertTrue(List.of("Count", "Milliseconds").contains(metric.path("Unit").asText()), metric.toString());
            }
        }
    }

    @Test
    void anAcceptedVoteIsOneLineWithTheFunctionAsDimensionAndTheCountAsATopLevelMember() throws Exception {
        JsonNode line = only(FunctionMetrics.forFunction("gongjiang-CastVoteFunction-Ab12").count("VotesAccepted", 1));

        assertValidEmf(line);
        assertEquals(NOW.toEpochMilli(), line.path("_aws").path("Timestamp").asLong());
        assertEquals(JSON.readTree("""
                [{"Namespace":"Gongjiang","Dimensions":[["Function"]],"Metrics":[{"Name":"VotesAccepted","Unit":"Count"}]}]"""),
                line.path("_aws").path("CloudWatchMetrics"));
        assertEquals("gongjiang-CastVoteFunction-Ab12", line.path("Function").asText());
        assertEquals(1, line.path("VotesAccepted").asLong());
        assertEquals("INFO", line.path("level").asText(), "filed as INFO by Lambda's log-level filtering");
    }

    @Test
    void aRefusalIsCountedByFunctionAndByFunctionAndReason() throws Exception {
        JsonNode line = only(FunctionMetrics.forFunction("CastVoteFunction").count("VotesRefused", 1, "Reason", "already-voted"));

        assertValidEmf(line);
        assertEquals(JSON.readTree("""
                [{"Namespace":"Gongjiang","Dimensions":[["Function"],["Function","Reason"]],
                  "Metrics":[{"Name":"VotesRefused","Unit":"Count"}]}]"""), line.path("_aws").path("CloudWatchMetrics"));
        assertEquals("already-voted", line.path("Reason").asText());
        assertEquals(1, line.path("VotesRefused").asLong());
    }

    @Test
    void eachInvocationGetsTheDirectivesOfItsOwnShapeWhateverShapesCameBefore() throws Exception {
        JsonNode refused = only(FunctionMetrics.forFunction("CastVoteFunction").count("VotesRefused", 1, "Reason", "already-voted"));
        JsonNode accepted = only(FunctionMetrics.forFunction("CastVoteFunction").count("VotesAccepted", 1));
        JsonNode refusedAgain = only(FunctionMetrics.forFunction("CastVoteFunction").count("VotesRefused", 2, "Reason", "voting-closed"));
        JsonNode asDuration = only(FunctionMetrics.forFunction("CastVoteFunction").milliseconds("VotesAccepted", 7));

        assertEquals(refused.path("_aws").path("CloudWatchMetrics"), refusedAgain.path("_aws").path("CloudWatchMetrics"));
        assertEquals("voting-closed", refusedAgain.path("Reason").asText());
        assertEquals(2, refusedAgain.path("VotesRefused").asLong());
        assertEquals(JSON.readTree("""
                [{"Namespace":"Gongjiang","Dimensions":[["Function"]],"Metrics":[{"Name":"VotesAccepted","Unit":"Count"}]}]"""),
                accepted.path("_aws").path("CloudWatchMetrics"));
        assertFalse(accepted.has("Reason"), accepted.toString());
        assertEquals("Milliseconds", asDuration.path("_aws").path("CloudWatchMetrics").path(0).path("Metrics").path(0).path("Unit").asText(),
                "the same name as a duration is another shape");
        for (JsonNode line : List.of(refused, accepted, refusedAgain, asDuration)) {
            assertValidEmf(line);
        }
    }

    @Test
    void countsAddUpWithinAnInvocationAndDurationsAreKeptApartInOneLine() throws Exception {
        FunctionMetrics metrics = FunctionMetrics.forFunction("AggregateVotesFunction")
                .count("BatchSize", 600).count("BatchSize", 400)
                .milliseconds("AggregationLag", 1200).milliseconds("AggregationLag", 800);

        JsonNode line = only(metrics);

        assertValidEmf(line);
        assertEquals(1000, line.path("BatchSize").asLong());
        assertEquals(JSON.readTree("[1200,800]"), line.path("AggregationLag"));
        assertEquals(JSON.readTree("""
                [{"Namespace":"Gongjiang","Dimensions":[["Function"]],
                  "Metrics":[{"Name":"BatchSize","Unit":"Count"},{"Name":"AggregationLag","Unit":"Milliseconds"}]}]"""),
                line.path("_aws").path("CloudWatchMetrics"));
    }

    @Test
    void twoValuesOfOneDimensionNeedTwoLinesAndMetricsWithoutItJoinTheFirst() throws Exception {
        List<String> lines = FunctionMetrics.forFunction("F").count("VotesRefused", 1, "Reason", "already-voted")
                .count("VotesRefused", 2, "Reason", "voting-closed").count("VotesAccepted", 3).lines(NOW);

        assertEquals(2, lines.size(), lines.toString());
        JsonNode first = JSON.readTree(lines.get(0));
        JsonNode second = JSON.readTree(lines.get(1));
        assertValidEmf(first);
        assertValidEmf(second);
        assertEquals("already-voted", first.path("Reason").asText());
        assertEquals(1, first.path("VotesRefused").asLong());
        assertEquals(3, first.path("VotesAccepted").asLong());
        assertEquals("voting-closed", second.path("Reason").asText());
        assertEquals(2, second.path("VotesRefused").asLong());
        assertTrue(second.path("VotesAccepted").isMissingNode());
    }

    @Test
    void nothingObservedWritesNothingAndAFlushForgetsWhatItWrote() {
        List<String> written = new ArrayList<>();
        FunctionMetrics metrics = FunctionMetrics.forFunction("F");
        metrics.flush(NOW, written::add);
        assertEquals(List.of(), written);

        metrics.count("IntegrityAlerts", 0).flush(NOW, written::add);
        metrics.flush(NOW, written::add);
        assertEquals(1, written.size());
        assertTrue(metrics.isEmpty());
    }

    @Test
    void aDimensionValueMustBeAFixedWordNotData() {
        FunctionMetrics metrics = FunctionMetrics.forFunction("F");
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> metrics.count("VotesRefused", 1, "Reason", "13912345678 张三"));
        assertFalse(refused.getMessage().contains("13912345678"), "the refusal does not repeat the value");
        assertThrows(IllegalArgumentException.class, () -> metrics.count("Function", 1));
        assertThrows(IllegalArgumentException.class, () -> metrics.count("_aws", 1));
        assertThrows(IllegalArgumentException.class, () -> metrics.count("Votes Accepted", 1));
    }

    @Test
    void anApiHandlerWritesOneLineAfterEachAnswerWithWhatItsHandlerMeasures() throws Exception {
        ApiHandler refusing = new ApiHandler(Clock.fixed(NOW, ZoneOffset.UTC)) {
            @Override
            protected APIGatewayV2HTTPResponse handle(ApiRequest request) {
                throw new ConflictException("already-voted", LocalizedText.of("已投", "Voted"), LocalizedText.of("已投", "Voted"), Map.of());
            }

            @Override
            protected void measure(FunctionMetrics metrics, Optional<String> refusal) {
                refusal.ifPresentOrElse(type -> metrics.count("VotesRefused", 1, "Reason", type), () -> metrics.count("VotesAccepted", 1));
            }
        };
        ApiHandler silent = new ApiHandler(Clock.fixed(NOW, ZoneOffset.UTC)) {
            @Override
            protected APIGatewayV2HTTPResponse handle(ApiRequest request) {
                return ApiResponses.json(200, Map.of(), ApiResponses.NO_STORE);
            }
        };

        List<String> written = standardOutputOf(() -> {
            assertEquals(409, refusing.handleRequest(new APIGatewayV2HTTPEvent(), null).getStatusCode());
            assertEquals(200, silent.handleRequest(new APIGatewayV2HTTPEvent(), null).getStatusCode());
        });

        List<JsonNode> emf = new ArrayList<>();
        for (String line : written) {
            if (line.contains("\"_aws\"")) {
                emf.add(JSON.readTree(line));
            }
        }
        assertEquals(1, emf.size(), "one line for the measured answer, none for the other: " + written);
        assertValidEmf(emf.getFirst());
        assertEquals("already-voted", emf.getFirst().path("Reason").asText());
    }

    @Test
    void theLagIsTakenFromTheNewestRecordTheCountersHold() {
        List<DynamodbStreamRecord> records = List.of(record("100", "2026-11-21T07:59:50Z"), record("200", "2026-11-21T07:59:58Z"),
                record("300", "2026-11-21T07:59:55Z"), record("400", null));

        assertEquals(Optional.of(Instant.parse("2026-11-21T07:59:58Z")),
                StreamAggregationHandler.newestCommitted(records, AggregationOutcome.complete(4, 0)));
        assertEquals(Optional.of(Instant.parse("2026-11-21T07:59:50Z")), StreamAggregationHandler.newestCommitted(records,
                AggregationOutcome.failedAt(1, 0, StreamPosition.of("200"), new IllegalStateException("throttled"))));
        assertEquals(Optional.empty(), StreamAggregationHandler.newestCommitted(records,
                AggregationOutcome.failedAt(0, 0, StreamPosition.of("100"), new IllegalStateException("throttled"))));
    }

    private static DynamodbStreamRecord record(String sequenceNumber, String created) {
        StreamRecord stream = new StreamRecord().withSequenceNumber(sequenceNumber);
        if (created != null) {
            stream.setApproximateCreationDateTime(Date.from(Instant.parse(created)));
        }
        DynamodbStreamRecord record = new DynamodbStreamRecord();
        record.setDynamodb(stream);
        return record;
    }

    private static List<String> standardOutputOf(Runnable action) {
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        PrintStream out = System.out;
        System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            action.run();
        } finally {
            System.setOut(out);
        }
        return captured.toString(StandardCharsets.UTF_8).lines().toList();
    }
}
