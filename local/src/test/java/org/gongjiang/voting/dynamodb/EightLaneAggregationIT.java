package org.gongjiang.voting.dynamodb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import org.gongjiang.platform.stream.AggregationOutcome;
import org.gongjiang.platform.stream.LaneFolder;
import org.gongjiang.platform.stream.StreamPosition;
import org.gongjiang.testing.TestDynamo;
import org.gongjiang.voting.application.VoteAggregator;
import org.gongjiang.voting.model.VoteEvent;
import org.gongjiang.voting.model.VoteTotals;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.CancellationReason;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItemsRequest;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;

/**
 * A busy votes table on AWS has several stream shards, each with its own aggregator invocations, all
 * committing to the same campaign, day and hour counters. Here eight lanes (shards) fold their own
 * ordered batches at once into one campaign's counters on DynamoDB Local, with a fifth of all commit
 * attempts cancelled as conflicting before they reach the table (on top of the conflicts DynamoDB Local
 * itself reports), and a lane whose commit gives up has its batch delivered again, as Lambda does.
 * The counts must come out exact; the figures (conflicts per minute, the lag from a batch's arrival to
 * its commit) go to {@code target/eight-lanes.txt} and docs/benchmarks.md.
 */
class EightLaneAggregationIT {

    private static final int LANES = 8;
    private static final int BATCHES_PER_LANE = 25;
    private static final int BATCH = 200;
    private static final int CANDIDATES = 32;
    private static final double FORCED_CONFLICTS = 0.2;

    /** Counts every transaction attempt and cancels a share of them as TransactionConflict before sending. */
    private static final class ConflictingDynamo {
        final AtomicLong attempts = new AtomicLong();
        final AtomicLong forced = new AtomicLong();
        final AtomicLong reported = new AtomicLong();
        final Random random = new Random(8);
        final DynamoDbClient client;

        private Object passOn(java.util.function.Supplier<Object> call) {
            try {
                return call.get();
            } catch (TransactionCanceledException cancelled) {
                if (cancelled.hasCancellationReasons()
                        && cancelled.cancellationReasons().stream().anyMatch(r -> "TransactionConflict".equals(r.code()))) {
                    reported.incrementAndGet();
                }
                throw cancelled;
            }
        }

        ConflictingDynamo(DynamoDbClient real) {
            client = (DynamoDbClient) Proxy.newProxyInstance(DynamoDbClient.class.getClassLoader(), new Class<?>[] {DynamoDbClient.class},
                    (proxy, method, arguments) -> {
                        if (method.getName().equals("transactWriteItems") && arguments != null && arguments.length == 1) {
                            // the store may call the builder's overload: make the request, so that both ways are seen
                            TransactWriteItemsRequest request = arguments[0] instanceof TransactWriteItemsRequest given ? given
                                    : TransactWriteItemsRequest.builder().applyMutation(builderOf(arguments[0])).build();
                            attempts.incrementAndGet();
                            boolean cancel;
                            synchronized (random) {
                                cancel = random.nextDouble() < FORCED_CONFLICTS;
                            }
                            if (cancel) {
                                forced.incrementAndGet();
                                throw TransactionCanceledException.builder().message("forced conflict")
                                        .cancellationReasons(request.transactItems().stream()
                                                .map(item -> CancellationReason.builder().code("TransactionConflict").build()).toList())
                                        .build();
                            }
                            return passOn(() -> real.transactWriteItems(request));
                        }
                        try {
                            return method.invoke(real, arguments);
                        } catch (InvocationTargetException e) {
                            if (e.getCause() instanceof TransactionCanceledException cancelled && cancelled.hasCancellationReasons()
                                    && cancelled.cancellationReasons().stream().anyMatch(r -> "TransactionConflict".equals(r.code()))) {
                                reported.incrementAndGet();
                            }
                            throw e.getCause();
                        }
                    });
        }
    }

    @SuppressWarnings("unchecked")
    private static java.util.function.Consumer<TransactWriteItemsRequest.Builder> builderOf(Object argument) {
        return (java.util.function.Consumer<TransactWriteItemsRequest.Builder>) argument;
    }

    @Test
    void eightLanesCommittingToTheSameCountersUnderForcedConflictsCountEveryVoteExactlyOnce() throws Exception {
        String campaign = "lanes-" + UUID.randomUUID().toString().substring(0, 8);
        ConflictingDynamo dynamo = new ConflictingDynamo(TestDynamo.client());
        DynamoVoteCounterStore counters = new DynamoVoteCounterStore(dynamo.client, TestDynamo.COUNTERS);
        VoteAggregator aggregator = new VoteAggregator(counters, Clock.systemUTC());
        LocalDate day = LocalDate.of(2026, 12, 1);
        Instant firstHour = Instant.parse("2026-12-01T11:00:00Z");

        long[] expected = new long[CANDIDATES];
        List<List<List<LaneFolder.Change<VoteEvent>>>> lanes = new ArrayList<>();
        Random votes = new Random(42);
        for (int lane = 0; lane < LANES; lane++) {
            List<List<LaneFolder.Change<VoteEvent>>> batches = new ArrayList<>();
            long sequence = 0;
            for (int b = 0; b < BATCHES_PER_LANE; b++) {
                List<LaneFolder.Change<VoteEvent>> batch = new ArrayList<>();
                for (int r = 0; r < BATCH; r++) {
                    int candidate = votes.nextInt(CANDIDATES);
                    expected[candidate]++;
                    Instant castAt = firstHour.plusSeconds(votes.nextInt(3 * 3600));
                    batch.add(new LaneFolder.Change<>(StreamPosition.of(Long.toString(++sequence * 100 + lane)),
                            Optional.of(VoteEvent.cast(campaign, "N%04d".formatted(candidate + 1), day, castAt, false))));
                }
                batches.add(batch);
            }
            lanes.add(batches);
        }

        ConcurrentLinkedQueue<Long> lagMillis = new ConcurrentLinkedQueue<>();
        AtomicLong redeliveries = new AtomicLong();
        long started = System.nanoTime();
        try (ExecutorService shards = Executors.newFixedThreadPool(LANES)) {
            List<Future<?>> running = new ArrayList<>();
            for (int lane = 0; lane < LANES; lane++) {
                String laneId = "arn:aws:dynamodb:local:stream/VotesTable|shardId-" + lane + "-" + campaign;
                List<List<LaneFolder.Change<VoteEvent>>> batches = lanes.get(lane);
                running.add(shards.submit(() -> {
                    for (List<LaneFolder.Change<VoteEvent>> batch : batches) {
                        long arrived = System.nanoTime();
                        AggregationOutcome outcome = aggregator.aggregate(laneId, batch);
                        while (!outcome.isComplete()) {
                            // Lambda delivers the batch again; the checkpoint skips what was committed
                            redeliveries.incrementAndGet();
                            outcome = aggregator.aggregate(laneId, batch);
                        }
                        lagMillis.add((System.nanoTime() - arrived) / 1_000_000);
                    }
                    return null;
                }));
            }
            for (Future<?> lane : running) {
                lane.get();
            }
        }
        double seconds = (System.nanoTime() - started) / 1e9;

        VoteTotals totals = counters.totals(campaign);
        long all = Arrays.stream(expected).sum();
        assertEquals(all, totals.total(), "the campaign's total");
        Map<String, Long> byCandidate = new HashMap<>();
        for (int c = 0; c < CANDIDATES; c++) {
            byCandidate.put("N%04d".formatted(c + 1), expected[c]);
        }
        assertEquals(byCandidate, totals.byCandidate(), "every candidate's count");
        assertTrue(dynamo.forced.get() > 0, "conflicts were forced");

        long[] lags = lagMillis.stream().mapToLong(Long::longValue).sorted().toArray();
        double minutes = seconds / 60;
        String figures = """
                eight lanes on DynamoDB Local: %d lanes x %d batches x %d votes = %d votes into one campaign's counters
                elapsed                 %.1f s (%.0f votes/s folded)
                commit attempts         %d (transactions sent or cancelled before sending)
                conflicts forced        %d (%.0f per minute), reported by DynamoDB Local %d (%.0f per minute)
                batches delivered again %d (a commit that gave up after 8 attempts)
                lag, batch arrival to its commit: p50 %d ms, p99 %d ms, max %d ms
                counts                  exact (total and all %d candidates)
                """.formatted(LANES, BATCHES_PER_LANE, BATCH, all, seconds, all / seconds, dynamo.attempts.get(),
                dynamo.forced.get(), dynamo.forced.get() / minutes, dynamo.reported.get(), dynamo.reported.get() / minutes,
                redeliveries.get(), lags[lags.length / 2], lags[(int) (lags.length * 0.99)], lags[lags.length - 1], CANDIDATES);
        System.out.print(figures);
        write(figures);
    }

    private static void write(String figures) throws IOException {
        Path target = Path.of("target", "eight-lanes.txt");
        Files.createDirectories(target.getParent());
        Files.writeString(target, figures);
    }
}
