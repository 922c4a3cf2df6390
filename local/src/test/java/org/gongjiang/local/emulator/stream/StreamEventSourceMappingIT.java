package org.gongjiang.local.emulator.stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.stream.IntStream;
import org.gongjiang.local.emulator.faults.Faults;
import org.gongjiang.local.emulator.lambda.LambdaFunction;
import org.gongjiang.testing.TestDynamo;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ShardIteratorType;

/** The local event source mapping behaves as Lambda's does for DynamoDB streams. */
class StreamEventSourceMappingIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final AtomicInteger TABLES = new AtomicInteger();

    private String table;
    private String streamArn;
    private StreamEventSourceMapping mapping;
    private final List<JsonNode> invocations = new CopyOnWriteArrayList<>();

    /** What the scripted function answers to its n-th invocation (0-based), given the event. */
    private interface Script {
        String answer(int call, JsonNode event) throws LambdaFunction.InvocationError;
    }

    @BeforeEach
    void tableWithAStream() {
        table = "MappingTest" + TABLES.incrementAndGet();
        streamArn = TestDynamo.client().createTable(b -> b.tableName(table)
                        .billingMode("PAY_PER_REQUEST")
                        .attributeDefinitions(a -> a.attributeName("id").attributeType("S"))
                        .keySchema(k -> k.attributeName("id").keyType("HASH"))
                        .streamSpecification(s -> s.streamEnabled(true).streamViewType("NEW_IMAGE")))
                .tableDescription().latestStreamArn();
    }

    @AfterEach
    void stop() throws Exception {
        if (mapping != null) {
            mapping.close();
        }
    }

    private int written;

    /** Writes {@code count} new items (a put that changes nothing would put nothing on the stream). */
    private void write(int count) {
        for (int i = written; i < written + count; i++) {
            String id = "item-%03d".formatted(i);
            TestDynamo.client().putItem(b -> b.tableName(table).item(Map.of("id", AttributeValue.fromS(id))));
        }
        written += count;
    }

    private void start(StreamEventSourceMapping.Settings settings, Script script) {
        start(settings, script, 1);
    }

    private void start(StreamEventSourceMapping.Settings settings, Script script, int lanes) {
        start(settings, script, lanes, Optional.empty());
    }

    private void start(StreamEventSourceMapping.Settings settings, Script script, int lanes, Optional<Path> positions) {
        AtomicInteger calls = new AtomicInteger();
        mapping = new StreamEventSourceMapping("test", event -> {
            JsonNode parsed;
            try {
                parsed = JSON.readTree(event);
            } catch (Exception e) {
                throw new AssertionError(e);
            }
            invocations.add(parsed);
            return script.answer(calls.getAndIncrement(), parsed);
        }, TestDynamo.server().streams(), streamArn, settings, Clock.systemUTC(), Faults.none(), positions, lanes);
        mapping.start();
    }

    private static StreamEventSourceMapping.Settings settings(int batchSize, Duration window, boolean bisect, int retries) {
        return new StreamEventSourceMapping.Settings(batchSize, Duration.ZERO, ShardIteratorType.TRIM_HORIZON, window,
                true, bisect, retries);
    }

    private static List<String> ids(JsonNode event) {
        List<String> ids = new ArrayList<>();
        event.path("Records").forEach(r -> ids.add(r.path("dynamodb").path("NewImage").path("id").path("S").asText()));
        return ids;
    }

    private static String sequence(JsonNode event, int index) {
        return event.path("Records").get(index).path("dynamodb").path("SequenceNumber").asText();
    }

    private static String ok() {
        return "{\"state\":{},\"batchItemFailures\":[]}";
    }

    private static String failing(String... sequenceNumbers) {
        StringBuilder failures = new StringBuilder();
        for (String s : sequenceNumbers) {
            failures.append(failures.isEmpty() ? "" : ",").append("{\"itemIdentifier\":\"").append(s).append("\"}");
        }
        return "{\"state\":{},\"batchItemFailures\":[" + failures + "]}";
    }

    private static void await(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (!condition.getAsBoolean()) {
            assertTrue(System.nanoTime() < deadline, "timed out");
            Thread.sleep(20);
        }
    }

    private static List<String> expectedIds(int count) {
        return IntStream.range(0, count).mapToObj(i -> "item-%03d".formatted(i)).toList();
    }

    @Test
    void deliversEveryRecordInOrderInBatchesOfTheConfiguredSize() throws Exception {
        write(250);
        start(settings(100, null, true, 3), (call, event) -> ok());
        await(() -> mapping.stats().get("recordsCheckpointed").equals(250L));
        List<String> delivered = new ArrayList<>();
        invocations.forEach(event -> delivered.addAll(ids(event)));
        assertEquals(expectedIds(250), delivered);
        assertTrue(invocations.stream().allMatch(e -> e.path("Records").size() <= 100));
        assertEquals(List.of(100, 100, 50), invocations.stream().map(e -> e.path("Records").size()).toList());
    }

    @Test
    void aHeldMappingReadsNothingUntilReleasedAndThenDeliversEveryRecordOnce() throws Exception {
        write(20);
        start(settings(100, null, true, 3), (call, event) -> ok());
        await(() -> mapping.stats().get("recordsCheckpointed").equals(20L));
        mapping.hold();
        Thread.sleep(300); // a poll under way when held finishes first
        int before = invocations.size();

        write(30);
        Thread.sleep(1500);
        assertEquals(before, invocations.size(), "held: nothing read");
        assertEquals(20L, mapping.stats().get("recordsCheckpointed"));

        mapping.release();
        await(() -> mapping.stats().get("recordsCheckpointed").equals(50L));
        List<String> delivered = new ArrayList<>();
        invocations.forEach(event -> delivered.addAll(ids(event)));
        assertEquals(expectedIds(50), delivered, "every record once, in order");
    }

    @Test
    void eightLanesDeliverEveryRecordOnceEachItemInOneLaneInOrderUnderItsOwnShardIdAndAtOnce() throws Exception {
        write(400);
        for (int i = 0; i < 50; i++) { // a second change of 50 items: in the same lane as the first, after it
            String id = "item-%03d".formatted(i);
            TestDynamo.client().putItem(b -> b.tableName(table).item(Map.of("id", AttributeValue.fromS(id), "v", AttributeValue.fromN("2"))));
        }
        AtomicInteger inFlight = new AtomicInteger();
        AtomicInteger mostAtOnce = new AtomicInteger();
        start(settings(20, Duration.ofMinutes(15), false, 3), (call, event) -> {
            mostAtOnce.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            inFlight.decrementAndGet();
            return ok();
        }, 8);
        await(() -> mapping.stats().get("recordsCheckpointed").equals(450L));

        Map<String, String> laneOfItem = new HashMap<>();
        Map<String, List<BigInteger>> sequencesByLane = new HashMap<>();
        Set<String> sequences = new HashSet<>();
        for (JsonNode event : invocations) {
            String lane = event.path("shardId").asText();
            for (JsonNode record : event.path("Records")) {
                String id = record.path("dynamodb").path("Keys").path("id").path("S").asText();
                String sequence = record.path("dynamodb").path("SequenceNumber").asText();
                assertTrue(sequences.add(sequence), "delivered once: " + sequence);
                assertEquals(laneOfItem.computeIfAbsent(id, item -> lane), lane, "one item, one lane: " + id);
                sequencesByLane.computeIfAbsent(lane, l -> new ArrayList<>()).add(new BigInteger(sequence));
            }
        }
        assertEquals(450, sequences.size());
        assertEquals(8, sequencesByLane.size(), sequencesByLane.keySet().toString());
        sequencesByLane.forEach((lane, inLane) -> {
            assertTrue(lane.matches("shardId-.*-lane0[0-7]"), lane);
            for (int i = 1; i < inLane.size(); i++) {
                assertTrue(inLane.get(i).compareTo(inLane.get(i - 1)) > 0, lane + " in stream order");
            }
        });
        assertTrue(mostAtOnce.get() > 1, "lanes are invoked at once, as several shards are");
    }

    @Test
    void withLanesTheKeptPositionPassesOnlyWhatEveryLaneHandledAndARestartRereadsNothingHandled(@TempDir Path dir)
            throws Exception {
        Path positions = dir.resolve("positions.json");
        write(200);
        // lane 3's records fail until the mapping is restarted: the kept position must stop before its first
        start(settings(10, Duration.ofMinutes(15), false, -1), (call, event) -> {
            if (event.path("shardId").asText().endsWith("-lane03") && event.path("Records").size() > 0) {
                throw new LambdaFunction.InvocationError("lane 3 is down", new RuntimeException());
            }
            return ok();
        }, 8, Optional.of(positions));
        await(() -> (long) mapping.stats().get("recordsCheckpointed") > 100L);
        mapping.close();
        List<String> firstOfLane3 = invocations.stream().filter(e -> e.path("shardId").asText().endsWith("-lane03"))
                .filter(e -> e.path("Records").size() > 0).map(e -> sequence(e, 0)).toList();
        assertTrue(!firstOfLane3.isEmpty(), "lane 3 got records");
        // no file yet when lane 3's first record is the stream's first: nothing is behind the position then
        BigInteger kept = Files.exists(positions)
                ? new BigInteger(JSON.readTree(positions.toFile()).path("shards").elements().next().asText()) : BigInteger.ZERO;
        assertTrue(kept.compareTo(new BigInteger(firstOfLane3.getFirst())) < 0,
                "kept " + kept + " stops before lane 3's first record " + firstOfLane3.getFirst());

        invocations.clear();
        start(settings(10, Duration.ofMinutes(15), false, -1), (call, event) -> ok(), 8, Optional.of(positions));
        assertTrue(mapping.awaitIdle(Duration.ofSeconds(30)), "the restarted mapping drained");
        Set<String> again = new HashSet<>();
        invocations.forEach(e -> e.path("Records").forEach(r -> again.add(r.path("dynamodb").path("SequenceNumber").asText())));
        assertTrue(again.contains(firstOfLane3.getFirst()), "lane 3's records come again after the restart");
        assertTrue(again.stream().allMatch(sequence -> new BigInteger(sequence).compareTo(kept) > 0),
                "nothing at or before the kept position is read again");
    }

    @Test
    void retriesABatchWhoseInvocationFailed() throws Exception {
        write(30);
        start(settings(100, null, false, 3), (call, event) -> {
            if (call == 0) {
                throw new LambdaFunction.InvocationError("boom", new RuntimeException());
            }
            return ok();
        });
        await(() -> mapping.stats().get("recordsCheckpointed").equals(30L));
        assertEquals(2, invocations.size());
        assertEquals(ids(invocations.get(0)), ids(invocations.get(1)));
    }

    @Test
    void resumesFromTheLowestRecordReportedAsFailed() throws Exception {
        write(80);
        start(settings(100, null, true, 3), (call, event) -> call == 0 ? failing(sequence(event, 60), sequence(event, 37)) : ok());
        await(() -> mapping.stats().get("recordsCheckpointed").equals(80L));
        assertEquals(2, invocations.size());
        assertEquals(expectedIds(80).subList(37, 80), ids(invocations.get(1)));
        assertEquals(1L, mapping.stats().get("partialFailures"));
    }

    @Test
    void aReportedFailureThatIsNotInTheBatchFailsTheWholeBatch() throws Exception {
        write(20);
        start(settings(100, null, false, 3), (call, event) -> call == 0 ? failing("999999999999999999999") : ok());
        await(() -> mapping.stats().get("recordsCheckpointed").equals(20L));
        assertEquals(ids(invocations.get(0)), ids(invocations.get(1)));
    }

    @Test
    void bisectsAFailingBatchAndParksOnlyThePoisonRecord() throws Exception {
        write(64);
        start(settings(100, null, true, 10), (call, event) -> {
            if (ids(event).contains("item-013")) {
                throw new LambdaFunction.InvocationError("poison", new RuntimeException());
            }
            return ok();
        });
        await(() -> mapping.stats().get("recordsCheckpointed").equals(64L));
        List<StreamEventSourceMapping.Discarded> parked = mapping.discarded();
        assertEquals(1, parked.size());
        assertEquals(1, parked.getFirst().records());
        Set<Integer> sizes = Set.copyOf(invocations.stream().map(e -> e.path("Records").size()).toList());
        assertTrue(sizes.containsAll(Set.of(64, 32, 16, 8, 4, 2, 1)), "halves: " + sizes);
    }

    @Test
    void givesUpAfterTheMaximumRetriesAndMovesOn() throws Exception {
        write(10);
        start(settings(5, null, false, 2), (call, event) -> {
            if (ids(event).contains("item-002")) {
                throw new LambdaFunction.InvocationError("always", new RuntimeException());
            }
            return ok();
        });
        await(() -> mapping.stats().get("recordsCheckpointed").equals(10L));
        assertEquals(1, mapping.discarded().size());
        assertEquals(5, mapping.discarded().getFirst().records());
        assertEquals(3 + 1, invocations.size(), "first try, two retries, then the next batch");
    }

    @Test
    void withTumblingWindowsAResponseWithoutStateIsAFailureAndStateIsPassedOn() throws Exception {
        write(3);
        start(settings(100, Duration.ofSeconds(900), false, 5), (call, event) -> switch (call) {
            case 0 -> "{\"batchItemFailures\":[]}";
            case 1 -> "{\"state\":{\"seen\":\"3\"},\"batchItemFailures\":[]}";
            default -> ok();
        });
        await(() -> mapping.stats().get("recordsCheckpointed").equals(3L));
        write(1);
        await(() -> mapping.stats().get("recordsCheckpointed").equals(4L));
        assertEquals(ids(invocations.get(0)), ids(invocations.get(1)));
        assertEquals("3", invocations.get(2).path("state").path("seen").asText());
    }

    @Test
    void aWindowEndsWithAFinalInvocationCarryingItsState() throws Exception {
        write(2);
        start(settings(100, Duration.ofSeconds(1), false, 5),
                (call, event) -> "{\"state\":{\"calls\":\"" + (call + 1) + "\"},\"batchItemFailures\":[]}");
        await(() -> invocations.stream().anyMatch(e -> e.path("isFinalInvokeForWindow").asBoolean()));
        JsonNode last = invocations.stream().filter(e -> e.path("isFinalInvokeForWindow").asBoolean()).findFirst().orElseThrow();
        assertEquals(0, last.path("Records").size());
        assertEquals("1", last.path("state").path("calls").asText());
    }

    @Test
    void theEventCarriesOnlyTheFieldsLambdaSends() throws Exception {
        write(5);
        start(settings(100, Duration.ofSeconds(900), false, 3), (call, event) -> ok());
        await(() -> mapping.stats().get("recordsCheckpointed").equals(5L));
        JsonNode event = invocations.getFirst();
        assertEquals(Set.of("Records", "window", "state", "shardId", "eventSourceARN", "isFinalInvokeForWindow",
                "isWindowTerminatedEarly"), names(event));
        assertTrue(event.path("shardId").asText().startsWith("shardId-"));
        for (JsonNode record : event.path("Records")) {
            assertTrue(Set.of("eventID", "eventName", "eventVersion", "eventSource", "awsRegion", "dynamodb",
                    "eventSourceARN", "userIdentity").containsAll(names(record)), names(record).toString());
            assertTrue(Set.of("ApproximateCreationDateTime", "Keys", "NewImage", "OldImage", "SequenceNumber", "SizeBytes",
                    "StreamViewType").containsAll(names(record.path("dynamodb"))), names(record.path("dynamodb")).toString());
            assertEquals("aws:dynamodb", record.path("eventSource").asText());
            assertEquals(streamArn, record.path("eventSourceARN").asText());
        }
    }

    private static Set<String> names(JsonNode node) {
        Set<String> names = new java.util.TreeSet<>();
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            names.add(it.next());
        }
        return names;
    }
}
