package org.gongjiang.local.emulator.stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import java.util.zip.CRC32;
import org.gongjiang.local.emulator.faults.Faults;
import org.gongjiang.local.emulator.lambda.LambdaFunction;
import org.gongjiang.local.template.SamTemplate;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;
import software.amazon.awssdk.services.dynamodb.model.ExpiredIteratorException;
import software.amazon.awssdk.services.dynamodb.model.GetRecordsResponse;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.Record;
import software.amazon.awssdk.services.dynamodb.model.Shard;
import software.amazon.awssdk.services.dynamodb.model.ShardIteratorType;
import software.amazon.awssdk.services.dynamodb.model.TrimmedDataAccessException;
import software.amazon.awssdk.services.dynamodb.streams.DynamoDbStreamsClient;

/**
 * The local stand-in for a Lambda event source mapping on a DynamoDB stream. Per shard, in order, it
 * reads records, gathers batches (batch size, batching window, cut at tumbling-window edges), invokes
 * the function with the event Lambda would send, and on the answer:
 * <ul>
 *   <li>success: checkpoints the batch;</li>
 *   <li>batchItemFailures (ReportBatchItemFailures): checkpoints before the lowest failed sequence
 *       number and retries from it; an identifier that is not in the batch fails the whole batch;</li>
 *   <li>an error, or no {@code state} in a tumbling-window response: retries, halving the batch first
 *       when BisectBatchOnFunctionError is on;</li>
 *   <li>after MaximumRetryAttempts retries: hands the records to the on-failure destination (here: a
 *       log line and a list) and moves on.</li>
 * </ul>
 * At a tumbling window's end it makes the window's final invocation with the state it was given.
 *
 * <p>With several lanes it stands in for a busy table's several shards: DynamoDB Local gives a stream
 * one shard, so each shard's records are fanned out into that many virtual shards by a hash of the
 * item's partition key (AWS too keeps one key on one shard), each with its own shard id
 * ({@code <shardId>-lane<nn>}), its records in stream order, and its own thread delivering them, so
 * the function is invoked for several shards at once. The real shard's kept position moves only past
 * records every lane has handled.
 */
public final class StreamEventSourceMapping implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration POLL_INTERVAL = Duration.ofMillis(250);
    private static final Duration SHARD_REFRESH = Duration.ofSeconds(1);

    /** Calls the function with a JSON event and returns its JSON result. */
    public interface Invoker {
        String invoke(String eventJson) throws LambdaFunction.InvocationError;
    }

    public record Settings(int batchSize, Duration batchingWindow, ShardIteratorType startingPosition,
                    Duration tumblingWindow, boolean reportBatchItemFailures, boolean bisectOnError,
                    int maximumRetryAttempts) {

        public static Settings from(SamTemplate.StreamSource source, Map<String, String> parameters, Integer batchSizeOverride) {
            int parallelization = source.intProperty("ParallelizationFactor", 1, parameters);
            if (parallelization != 1) {
                throw new IllegalArgumentException(source.functionId() + ": the local stack runs ParallelizationFactor 1 only");
            }
            int batchSize = batchSizeOverride != null ? batchSizeOverride : 100;
            int window = source.intProperty("TumblingWindowInSeconds", 0, parameters);
            return new Settings(
                    batchSize,
                    Duration.ofSeconds(source.intProperty("MaximumBatchingWindowInSeconds", 0, parameters)),
                    ShardIteratorType.fromValue(String.valueOf(source.properties().getOrDefault("StartingPosition", "LATEST"))),
                    window > 0 ? Duration.ofSeconds(window) : null,
                    source.functionResponseTypes().contains("ReportBatchItemFailures"),
                    source.booleanProperty("BisectBatchOnFunctionError"),
                    source.intProperty("MaximumRetryAttempts", -1, parameters));
        }
    }

    /** Records the destination received: Lambda would send their metadata to the on-failure queue. */
    public record Discarded(String shardId, String firstSequenceNumber, String lastSequenceNumber, int records, String reason) {
    }

    private final String name;
    private final Invoker function;
    private final DynamoDbStreamsClient streams;
    private final String streamArn;
    private final Settings settings;
    private final Clock clock;
    private final Map<String, ShardState> shards = new LinkedHashMap<>();
    private final List<Discarded> discarded = new CopyOnWriteArrayList<>();
    private final AtomicLong invocations = new AtomicLong();
    private final AtomicLong failedInvocations = new AtomicLong();
    private final AtomicLong partialFailures = new AtomicLong();
    private final AtomicLong recordsCheckpointed = new AtomicLong();
    private final AtomicLong idleRounds = new AtomicLong();
    private final Thread poller;
    private final int lanes;
    private final List<Thread> laneThreads = new CopyOnWriteArrayList<>();
    private volatile String partitionKey;
    private final Faults faults;
    private final Optional<Path> positionFile;
    private final Map<String, String> savedPositions;
    private volatile boolean running = true;
    /** Held: reads nothing from the stream, as a mapping disabled on AWS (Enabled: false); the records wait in it. */
    private volatile boolean held;
    private Instant lastShardRefresh = Instant.EPOCH;

    public StreamEventSourceMapping(String name, Invoker function, DynamoDbStreamsClient streams, String streamArn,
                             Settings settings, Clock clock) {
        this(name, function, streams, streamArn, settings, clock, Faults.none(), Optional.empty());
    }

    /**
     * @param faults delays and redeliveries to inject
     * @param positionFile where each shard's last checkpointed sequence number is kept across restarts (as
     *     Lambda keeps a mapping's position), so a restarted stack goes on from there instead of rereading
     *     the stream from its start; empty: in memory only
     */
    public StreamEventSourceMapping(String name, Invoker function, DynamoDbStreamsClient streams, String streamArn,
                             Settings settings, Clock clock, Faults faults, Optional<Path> positionFile) {
        this(name, function, streams, streamArn, settings, clock, faults, positionFile, 1);
    }

    /** @param lanes virtual shards each shard's records are fanned out into (1: the shards as they are) */
    public StreamEventSourceMapping(String name, Invoker function, DynamoDbStreamsClient streams, String streamArn,
                             Settings settings, Clock clock, Faults faults, Optional<Path> positionFile, int lanes) {
        if (lanes < 1 || lanes > 64) {
            throw new IllegalArgumentException("stream lanes must be 1..64: " + lanes);
        }
        this.lanes = lanes;
        this.name = name;
        this.function = function;
        this.streams = streams;
        this.streamArn = streamArn;
        this.settings = settings;
        this.clock = clock;
        this.faults = faults;
        this.positionFile = positionFile;
        this.savedPositions = new LinkedHashMap<>(positionFile.map(StreamEventSourceMapping::readPositions).orElse(Map.of()));
        this.poller = Thread.ofPlatform().daemon().name("stream-" + name).unstarted(this::run);
    }

    private static Map<String, String> readPositions(Path file) {
        if (!Files.exists(file)) {
            return Map.of();
        }
        try {
            Map<String, String> positions = new LinkedHashMap<>();
            JSON.readTree(file.toFile()).path("shards").fields()
                    .forEachRemaining(entry -> positions.put(entry.getKey(), entry.getValue().asText()));
            return positions;
        } catch (IOException e) {
            throw new UncheckedIOException("unreadable stream position file " + file, e);
        }
    }

    private void savePositions() {
        if (positionFile.isEmpty()) {
            return;
        }
        synchronized (savedPositions) {
            writePositions();
        }
    }

    private void writePositions() {
        try {
            Path file = positionFile.get();
            Files.createDirectories(file.getParent());
            Path written = file.resolveSibling(file.getFileName() + ".tmp");
            Map<String, Object> document = new LinkedHashMap<>();
            document.put("streamArn", streamArn);
            document.put("shards", savedPositions);
            JSON.writeValue(written.toFile(), document);
            Files.move(written, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot keep the stream position", e);
        }
    }

    public void start() {
        poller.start();
    }

    public Settings settings() {
        return settings;
    }

    @Override
    public void close() throws InterruptedException {
        running = false;
        poller.interrupt();
        laneThreads.forEach(Thread::interrupt);
        poller.join(5000);
        for (Thread lane : laneThreads) {
            lane.join(5000);
        }
    }

    /**
     * Stops reading the stream until {@link #release}: what is already buffered is still delivered, nothing
     * more is read (local/floor --hold-streams: the timed part measures the vote path alone).
     */
    public void hold() {
        held = true;
    }

    public void release() {
        held = false;
    }

    /** How many virtual shards each shard is fanned out into. */
    public int lanes() {
        return lanes;
    }

    /** Waits until every record written so far has been handled (checkpointed or discarded). */
    public boolean awaitIdle(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        long target = idleRounds.get() + 2;
        while (System.nanoTime() < deadline) {
            if (idleRounds.get() >= target) {
                return true;
            }
            Thread.sleep(20);
        }
        return false;
    }

    public Map<String, Object> stats() {
        Map<String, Object> stats = new LinkedHashMap<>();
        stats.put("function", name);
        stats.put("batchSize", settings.batchSize());
        stats.put("lanes", lanes);
        stats.put("invocations", invocations.get());
        stats.put("failedInvocations", failedInvocations.get());
        stats.put("partialFailures", partialFailures.get());
        stats.put("recordsCheckpointed", recordsCheckpointed.get());
        stats.put("discardedBatches", discarded.size());
        stats.put("discardedRecords", discarded.stream().mapToInt(Discarded::records).sum());
        synchronized (shards) {
            stats.put("recordsBuffered", shards.values().stream().mapToInt(ShardState::buffered).sum());
        }
        return stats;
    }

    public List<Discarded> discarded() {
        return List.copyOf(discarded);
    }

    private void run() {
        while (running) {
            try {
                if (held) {
                    Thread.sleep(POLL_INTERVAL.toMillis());
                    continue;
                }
                boolean refreshed = refreshShardsIfDue();
                boolean worked = round();
                if (!worked) {
                    // idle only counts once new shards were looked for too (DynamoDB Local opens a
                    // stream's first shard on the first write), and while no record waits in a buffer
                    // for its batching window to pass
                    if (refreshed && !anyBuffered()) {
                        idleRounds.incrementAndGet();
                    }
                    Thread.sleep(POLL_INTERVAL.toMillis());
                }
            } catch (InterruptedException e) {
                return;
            } catch (RuntimeException e) {
                // Reading the stream failed (DynamoDB Local shutting down, a network hiccup): try again.
                if (running) {
                    System.err.println("stream " + name + ": " + e);
                    sleepQuietly(Duration.ofSeconds(1));
                }
            }
        }
    }

    private boolean anyBuffered() {
        synchronized (shards) {
            return shards.values().stream().anyMatch(shard -> shard.buffered() > 0);
        }
    }

    /** A lane's own loop: delivers its batches and ends its windows, while the poller fills its buffer. */
    private void runLane(ShardState lane) {
        while (running) {
            try {
                boolean worked = deliverReady(lane);
                worked |= finishWindowIfOver(lane);
                if (!worked) {
                    Thread.sleep(20);
                }
            } catch (InterruptedException e) {
                return;
            } catch (RuntimeException e) {
                if (running) {
                    System.err.println("stream " + name + " " + lane.shardId + ": " + e);
                    sleepQuietly(Duration.ofSeconds(1));
                }
            }
        }
    }

    /** One pass over the shards; true if it read or delivered anything. */
    private boolean refreshShardsIfDue() {
        boolean none;
        synchronized (shards) {
            none = shards.isEmpty();
        }
        if (none || Duration.between(lastShardRefresh, clock.instant()).compareTo(SHARD_REFRESH) >= 0) {
            refreshShards();
            return true;
        }
        return false;
    }

    private boolean round() throws InterruptedException {
        boolean worked = false;
        for (ShardState shard : readyShards()) {
            worked |= poll(shard);
            if (shard.lanes.isEmpty()) {
                worked |= deliverReady(shard);
                worked |= finishWindowIfOver(shard);
            }
        }
        return worked;
    }

    private void refreshShards() {
        lastShardRefresh = clock.instant();
        String start = null;
        do {
            String exclusiveStart = start;
            var description = streams.describeStream(b -> b.streamArn(streamArn).exclusiveStartShardId(exclusiveStart))
                    .streamDescription();
            description.keySchema().stream().filter(key -> key.keyType() == KeyType.HASH).findFirst()
                    .ifPresent(key -> partitionKey = key.attributeName());
            synchronized (shards) {
                for (Shard shard : description.shards()) {
                    shards.computeIfAbsent(shard.shardId(), id -> {
                        ShardState state = new ShardState(shard.shardId(), shard.parentShardId(), null);
                        synchronized (savedPositions) {
                            state.lastReadSequenceNumber = savedPositions.get(id);
                        }
                        if (lanes > 1) {
                            for (int lane = 0; lane < lanes; lane++) {
                                ShardState virtual = new ShardState("%s-lane%02d".formatted(id, lane), null, state);
                                state.lanes.add(virtual);
                                Thread thread = Thread.ofPlatform().daemon().name("stream-" + name + "-" + virtual.shardId)
                                        .unstarted(() -> runLane(virtual));
                                laneThreads.add(thread);
                                thread.start();
                            }
                        }
                        return state;
                    });
                }
            }
            start = description.lastEvaluatedShardId();
        } while (start != null);
    }

    /** Shards whose parent is finished (or unknown): children wait for their parent, as Lambda does. */
    private List<ShardState> readyShards() {
        synchronized (shards) {
            return shards.values().stream()
                    .filter(s -> !s.finished())
                    .filter(s -> s.parentShardId == null || !shards.containsKey(s.parentShardId)
                            || shards.get(s.parentShardId).finished())
                    .toList();
        }
    }

    private boolean poll(ShardState shard) {
        if (shard.exhausted || shard.buffered() >= settings.batchSize() * Math.max(1, shard.lanes.size())) {
            return false;
        }
        if (shard.iterator == null) {
            try {
                shard.iterator = streams.getShardIterator(b -> {
                    b.streamArn(streamArn).shardId(shard.shardId);
                    if (shard.lastReadSequenceNumber != null) {
                        b.shardIteratorType(ShardIteratorType.AFTER_SEQUENCE_NUMBER).sequenceNumber(shard.lastReadSequenceNumber);
                    } else {
                        b.shardIteratorType(settings.startingPosition());
                    }
                }).shardIterator();
            } catch (DynamoDbException gone) {
                if (shard.lastReadSequenceNumber == null) {
                    throw gone;
                }
                // A kept position the stream no longer holds (trimmed after 24 hours): start over from the
                // mapping's starting position, as Lambda does when its position is gone.
                System.err.println("stream " + name + ": position of " + shard.shardId + " is gone, reading from "
                        + settings.startingPosition());
                shard.lastReadSequenceNumber = null;
                return true;
            }
        }
        GetRecordsResponse response;
        try {
            String iterator = shard.iterator;
            int limit = Math.min(1000, settings.batchSize() - shard.buffer.size());
            response = streams.getRecords(b -> b.shardIterator(iterator).limit(limit));
        } catch (ExpiredIteratorException | TrimmedDataAccessException e) {
            // Expired, or (DynamoDB Local) a TRIM_HORIZON iterator taken while the shard was empty:
            // take a new one from where this shard was last read. Not idle: records may be waiting.
            shard.iterator = null;
            return true;
        }
        shard.iterator = response.nextShardIterator();
        if (shard.iterator == null) {
            shard.exhausted = true;
        }
        if (response.records().isEmpty()) {
            return false;
        }
        if (shard.lanes.isEmpty()) {
            if (shard.buffer.isEmpty()) {
                shard.firstBufferedAt = clock.instant();
            }
            shard.buffer.addAll(response.records());
        } else {
            for (Record record : response.records()) {
                synchronized (shard.dispatched) {
                    shard.dispatched.put(new BigInteger(record.dynamodb().sequenceNumber()),
                            new Dispatched(record.dynamodb().sequenceNumber()));
                }
                ShardState lane = shard.lanes.get(laneOf(record));
                synchronized (lane) {
                    if (lane.buffer.isEmpty()) {
                        lane.firstBufferedAt = clock.instant();
                    }
                    lane.buffer.add(record);
                }
            }
        }
        shard.lastReadSequenceNumber = response.records().getLast().dynamodb().sequenceNumber();
        return true;
    }

    /** The lane of a record: a hash of its item's partition key, so one item's changes stay in one lane, in order. */
    private int laneOf(Record record) {
        Map<String, AttributeValue> keys = record.dynamodb().keys();
        AttributeValue key = partitionKey != null ? keys.get(partitionKey) : null;
        String value = key == null ? new TreeMap<>(keys).toString()
                : key.s() != null ? key.s() : key.n() != null ? key.n() : key.b() != null ? java.util.Base64.getEncoder().encodeToString(key.b().asByteArray()) : key.toString();
        CRC32 crc = new CRC32();
        crc.update(value.getBytes(StandardCharsets.UTF_8));
        return (int) (crc.getValue() % lanes);
    }

    private boolean deliverReady(ShardState shard) throws InterruptedException {
        List<Record> batch = new ArrayList<>();
        Instant windowStart;
        synchronized (shard) {
            if (shard.buffer.isEmpty()) {
                return false;
            }
            boolean full = shard.buffer.size() >= settings.batchSize();
            boolean waited = !clock.instant().isBefore(shard.firstBufferedAt.plus(settings.batchingWindow()));
            if (!full && !waited) {
                return false;
            }
            windowStart = windowOf(shard.buffer.peekFirst());
            for (Record record : shard.buffer) {
                if (batch.size() >= settings.batchSize()
                        || (settings.tumblingWindow() != null && !windowOf(record).equals(windowStart))) {
                    break;
                }
                batch.add(record);
            }
        }
        if (settings.tumblingWindow() != null && shard.windowStart != null && !shard.windowStart.equals(windowStart)) {
            if (!finishWindow(shard)) {
                return true;
            }
        }
        if (settings.tumblingWindow() != null && shard.windowStart == null) {
            shard.windowStart = windowStart;
            shard.state = Map.of();
        }
        deliver(shard, batch);
        synchronized (shard) {
            shard.firstBufferedAt = clock.instant();
        }
        return true;
    }

    /** Delivers one batch until every record in it is checkpointed or discarded. */
    private void deliver(ShardState shard, List<Record> batch) throws InterruptedException {
        Deque<Attempt> work = new ArrayDeque<>();
        work.push(new Attempt(batch, 0));
        while (!work.isEmpty() && running) {
            Attempt attempt = work.pop();
            Duration late = faults.nextStreamDelay();
            if (!late.isZero()) {
                Thread.sleep(late.toMillis());
            }
            Outcome outcome = invoke(shard, attempt.records());
            if (outcome.succeeded() && outcome.failedIds().isEmpty()) {
                if (faults.redeliverStreamBatch()) {
                    // at least once: the same records again, as after a lost checkpoint
                    invoke(shard, attempt.records());
                }
                checkpoint(shard, attempt.records().size());
                continue;
            }
            List<Record> retry = attempt.records();
            String reason = outcome.reason();
            if (outcome.succeeded()) {
                int first = lowestFailedIndex(attempt.records(), outcome.failedIds());
                if (first >= 0) {
                    partialFailures.incrementAndGet();
                    checkpoint(shard, first);
                    retry = attempt.records().subList(first, attempt.records().size());
                } else {
                    failedInvocations.incrementAndGet();
                    reason = "batchItemFailures named a record that is not in the batch";
                }
            } else {
                failedInvocations.incrementAndGet();
            }
            int attempts = attempt.attempts() + 1;
            if (settings.maximumRetryAttempts() >= 0 && attempts > settings.maximumRetryAttempts()) {
                discard(shard, retry, reason);
                continue;
            }
            sleepQuietly(Duration.ofMillis(Math.min(1000, 50L * attempts)));
            if (!outcome.succeeded() && settings.bisectOnError() && retry.size() > 1) {
                int half = retry.size() / 2;
                work.push(new Attempt(List.copyOf(retry.subList(half, retry.size())), attempts));
                work.push(new Attempt(List.copyOf(retry.subList(0, half)), attempts));
            } else {
                work.push(new Attempt(List.copyOf(retry), attempts));
            }
        }
    }

    private Outcome invoke(ShardState shard, List<Record> records) {
        invocations.incrementAndGet();
        String event = settings.tumblingWindow() == null
                ? StreamEvents.plainEvent(records, streamArn)
                : StreamEvents.windowEvent(records, streamArn, shard.shardId, shard.windowStart,
                        shard.windowStart.plus(settings.tumblingWindow()), shard.state, false);
        try {
            String result = function.invoke(event);
            JsonNode response = result == null || result.isBlank() || result.equals("null")
                    ? JSON.nullNode() : JSON.readTree(result);
            if (settings.tumblingWindow() != null) {
                if (!response.has("state") || !response.get("state").isObject()) {
                    return Outcome.error("the response has no state (required with tumbling windows)");
                }
                Map<String, String> state = new HashMap<>();
                response.get("state").fields().forEachRemaining(e -> state.put(e.getKey(), e.getValue().asText()));
                shard.state = Map.copyOf(state);
            }
            List<String> failed = new ArrayList<>();
            if (settings.reportBatchItemFailures()) {
                for (JsonNode failure : response.path("batchItemFailures")) {
                    failed.add(failure.path("itemIdentifier").isNull() ? "" : failure.path("itemIdentifier").asText(""));
                }
            }
            return Outcome.success(failed);
        } catch (LambdaFunction.InvocationError e) {
            return Outcome.error(e.getMessage());
        } catch (Exception e) {
            return Outcome.error("unreadable response: " + e);
        }
    }

    private static int lowestFailedIndex(List<Record> records, List<String> failedIds) {
        Set<String> ids = failedIds.stream().collect(Collectors.toSet());
        if (ids.contains("")) {
            return -1;
        }
        int lowest = Integer.MAX_VALUE;
        int found = 0;
        for (int i = 0; i < records.size(); i++) {
            if (ids.contains(records.get(i).dynamodb().sequenceNumber())) {
                lowest = Math.min(lowest, i);
                found++;
            }
        }
        return found == ids.size() ? lowest : -1;
    }

    private boolean finishWindowIfOver(ShardState shard) {
        if (settings.tumblingWindow() == null || shard.windowStart == null) {
            return false;
        }
        if (clock.instant().isBefore(shard.windowStart.plus(settings.tumblingWindow()))) {
            return false;
        }
        finishWindow(shard);
        return true;
    }

    /** The window's final invocation: no records, the state so far, isFinalInvokeForWindow. */
    private boolean finishWindow(ShardState shard) {
        invocations.incrementAndGet();
        String event = StreamEvents.windowEvent(List.of(), streamArn, shard.shardId, shard.windowStart,
                shard.windowStart.plus(settings.tumblingWindow()), shard.state, true);
        try {
            String result = function.invoke(event);
            JsonNode response = JSON.readTree(result);
            if (!response.has("state")) {
                failedInvocations.incrementAndGet();
                return false;
            }
        } catch (Exception e) {
            failedInvocations.incrementAndGet();
            return false;
        }
        shard.windowStart = null;
        shard.state = Map.of();
        return true;
    }

    private Instant windowOf(Record record) {
        if (settings.tumblingWindow() == null) {
            return Instant.EPOCH;
        }
        Instant arrival = record.dynamodb().approximateCreationDateTime();
        long size = settings.tumblingWindow().toSeconds();
        return Instant.ofEpochSecond(Math.floorDiv(arrival.getEpochSecond(), size) * size);
    }

    private void checkpoint(ShardState shard, int records) {
        List<Record> handled = new ArrayList<>();
        synchronized (shard) {
            for (int i = 0; i < records; i++) {
                handled.add(shard.buffer.pollFirst());
            }
        }
        recordsCheckpointed.addAndGet(records);
        if (handled.isEmpty()) {
            return;
        }
        if (shard.parent == null) {
            if (positionFile.isPresent()) {
                synchronized (savedPositions) {
                    savedPositions.put(shard.shardId, handled.getLast().dynamodb().sequenceNumber());
                    writePositions();
                }
            }
            return;
        }
        // a lane: the real shard's position moves past the records every lane has handled, no further
        String safe = null;
        synchronized (shard.parent.dispatched) {
            for (Record record : handled) {
                shard.parent.dispatched.get(new BigInteger(record.dynamodb().sequenceNumber())).handled = true;
            }
            while (!shard.parent.dispatched.isEmpty() && shard.parent.dispatched.firstEntry().getValue().handled) {
                safe = shard.parent.dispatched.pollFirstEntry().getValue().sequenceNumber;
            }
        }
        if (safe != null && positionFile.isPresent()) {
            synchronized (savedPositions) {
                savedPositions.put(shard.parent.shardId, safe);
                writePositions();
            }
        }
    }

    private void discard(ShardState shard, List<Record> records, String reason) {
        Discarded gone = new Discarded(shard.shardId, records.getFirst().dynamodb().sequenceNumber(),
                records.getLast().dynamodb().sequenceNumber(), records.size(), reason);
        discarded.add(gone);
        System.err.println("stream " + name + ": sent to the on-failure destination after retries: " + gone);
        checkpoint(shard, records.size());
    }

    private static void sleepQuietly(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private record Attempt(List<Record> records, int attempts) {
    }

    /** A record a shard handed to one of its lanes, and whether that lane has handled it yet. */
    private static final class Dispatched {
        final String sequenceNumber;
        boolean handled;

        Dispatched(String sequenceNumber) {
            this.sequenceNumber = sequenceNumber;
        }
    }

    private record Outcome(boolean succeeded, List<String> failedIds, String reason) {
        static Outcome success(List<String> failedIds) {
            return new Outcome(true, failedIds, "reported batch item failures");
        }

        static Outcome error(String reason) {
            return new Outcome(false, List.of(), reason);
        }
    }

    private static final class ShardState {
        final String shardId;
        final String parentShardId;
        /** For a lane: the shard it is fanned out of; null for a shard of the stream. */
        final ShardState parent;
        /** For a shard fanned out into lanes: its lanes (empty: it delivers its records itself). */
        final List<ShardState> lanes = new ArrayList<>();
        /** For a shard fanned out into lanes: the records handed out and not yet behind its position. */
        final TreeMap<BigInteger, Dispatched> dispatched = new TreeMap<>();
        final Deque<Record> buffer = new ArrayDeque<>();
        String iterator;
        String lastReadSequenceNumber;
        boolean exhausted;
        Instant firstBufferedAt = Instant.EPOCH;
        Instant windowStart;
        Map<String, String> state = Map.of();

        ShardState(String shardId, String parentShardId, ShardState parent) {
            this.shardId = shardId;
            this.parentShardId = parentShardId;
            this.parent = parent;
        }

        /** Records read and not yet handled, its lanes' included. */
        int buffered() {
            int own;
            synchronized (this) {
                own = buffer.size();
            }
            return own + lanes.stream().mapToInt(ShardState::buffered).sum();
        }

        boolean finished() {
            return exhausted && buffered() == 0;
        }
    }
}
