package org.gongjiang.local.load;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.gongjiang.local.LocalDeployment;
import org.gongjiang.local.emulator.dynamodb.DynamoDbLocal;
import org.gongjiang.local.demo.DemoCampaign;
import org.gongjiang.voting.dynamodb.DynamoBallotStore;
import org.gongjiang.voting.model.BallotEntry;
import org.gongjiang.voting.model.BallotVote;
import org.gongjiang.voting.model.BallotWrite;
import org.gongjiang.voting.model.VoteSignals;
import org.gongjiang.voting.model.VoterId;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * The local stack against its floor, in one run: a local stack started in this JVM; first the floor,
 * the vote's own DynamoDB call made directly against the stack's DynamoDB Local ({@link DynamoBallotStore#record},
 * the one conditional UpdateItem on a voter's daily ballot, the same HTTP client, the same concurrency, no
 * HTTP front, no handler: no token, no hashing, no campaign check, no JSON);
 * then the load tool's run of as many votes through the stack's HTTP API. Prints both throughputs and
 * their ratio.
 *
 * <pre>local/floor [--votes 20000] [--voters 2000] [--concurrency 32]</pre>
 */
public final class FloorTool {

    private static final int DAILY_LIMIT = 20;

    /** What the floor measured. */
    public record Floor(int writes, int refused, double seconds, double writesPerSecond, double p50Millis, double p99Millis) {
    }

    private FloorTool() {
    }

    /** {@code votes} conditional ballot writes, {@code votes / voters} per voter, from {@code concurrency} threads. */
    public static Floor floor(String dynamoEndpoint, String table, String campaignId, int votes, int voters, int concurrency)
            throws Exception {
        try (DynamoDbClient dynamo = DynamoDbClient.builder()
                .endpointOverride(URI.create(dynamoEndpoint))
                .region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("local", "local")))
                .httpClient(UrlConnectionHttpClient.builder().connectionTimeout(Duration.ofSeconds(2)).socketTimeout(Duration.ofSeconds(5)).build())
                .build()) {
            DynamoBallotStore ballots = new DynamoBallotStore(dynamo, table);
            String run = Long.toString(System.currentTimeMillis(), 36);
            LocalDate day = LocalDate.now(ZoneId.of("Asia/Shanghai"));
            Instant expiresAt = Instant.now().plus(Duration.ofDays(400));
            AtomicInteger next = new AtomicInteger();
            AtomicInteger refused = new AtomicInteger();
            long[] latencies = new long[votes];
            long started = System.nanoTime();
            try (ExecutorService pool = Executors.newFixedThreadPool(concurrency)) {
                List<Future<?>> workers = new ArrayList<>();
                for (int t = 0; t < concurrency; t++) {
                    workers.add(pool.submit(() -> {
                        for (int i = next.getAndIncrement(); i < votes; i = next.getAndIncrement()) {
                            BallotVote vote = new BallotVote(campaignId, day, new VoterId("floor-" + run + "-" + (i % voters)),
                                    "N%04d".formatted(i / voters + 1), new BallotEntry(Instant.ofEpochMilli(System.currentTimeMillis()), i, VoteSignals.NONE), expiresAt);
                            long sent = System.nanoTime();
                            if (!(ballots.record(vote, DAILY_LIMIT) instanceof BallotWrite.Accepted)) {
                                refused.incrementAndGet();
                            }
                            latencies[i] = System.nanoTime() - sent;
                        }
                        return null;
                    }));
                }
                for (Future<?> worker : workers) {
                    worker.get();
                }
            }
            double seconds = (System.nanoTime() - started) / 1e9;
            java.util.Arrays.sort(latencies);
            return new Floor(votes, refused.get(), seconds, votes / seconds, latencies[votes / 2] / 1e6,
                    latencies[Math.min(votes - 1, (int) (votes * 0.99))] / 1e6);
        }
    }

    /**
     * Holds every thread of this JVM, and so every thread it starts after, to {@code cpus}: with
     * --dynamodb-cpus, DynamoDB Local gets cores of its own, as DynamoDB does not share the functions' CPUs on AWS.
     */
    private static void pinThisProcess(String cpus) throws Exception {
        DynamoDbLocal.requireCpuList(cpus);
        Process taskset = new ProcessBuilder("taskset", "-a", "-p", "-c", cpus, Long.toString(ProcessHandle.current().pid()))
                .redirectErrorStream(true).start();
        String said = new String(taskset.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        if (taskset.waitFor() != 0) {
            throw new IllegalStateException("taskset could not pin this JVM to CPU " + cpus + ": " + said);
        }
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> flags = new HashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            if (!args[i].startsWith("--")) {
                System.err.println("usage: local/floor [--votes 20000] [--voters 2000] [--concurrency 32] [--dynamodb-cpus 0 --stack-cpus 1] [--hold-streams true]");
                System.exit(2);
            }
            flags.put(args[i].substring(2), args[i + 1]);
        }
        int votes = Integer.parseInt(flags.getOrDefault("votes", "20000"));
        int voters = Integer.parseInt(flags.getOrDefault("voters", "2000"));
        int concurrency = Integer.parseInt(flags.getOrDefault("concurrency", "32"));
        String dynamoCpus = flags.getOrDefault("dynamodb-cpus", "");
        String stackCpus = flags.getOrDefault("stack-cpus", "");
        boolean holdStreams = Boolean.parseBoolean(flags.getOrDefault("hold-streams", "false"));
        if (!stackCpus.isEmpty()) {
            pinThisProcess(stackCpus);
        }
        LocalDeployment.Options options = LocalDeployment.Options.ephemeral().withBatchSize(1000).withDynamoDbProcess(dynamoCpus);
        try (LocalDeployment stack = LocalDeployment.start(options)) {
            System.out.printf("layout: %s; %s; stream consumers %s%n",
                    dynamoCpus.isEmpty() ? "DynamoDB Local in this JVM" : "DynamoDB Local in its own JVM on CPU " + dynamoCpus,
                    stackCpus.isEmpty() ? "this JVM (stack, floor writers, load tool) on every CPU" : "this JVM (stack, floor writers, load tool) on CPU " + stackCpus,
                    holdStreams ? "held during each timed part, caught up after it" : "running throughout");
            System.out.printf("floor: %d conditional ballot writes from %d voters at concurrency %d, straight to the stack's DynamoDB Local%n",
                    votes, voters, concurrency);
            // a first, shorter round warms DynamoDB Local's code (JIT) and the client, as the demo warmed the stack's
            floor(stack.dynamo().endpoint(), "VotesTable", DemoCampaign.CAMPAIGN_ID, Math.max(1, votes / 5), voters, concurrency);
            stack.awaitStreamsIdle(Duration.ofMinutes(5));
            if (holdStreams) {
                // the stream consumers (on AWS other functions' CPUs) wait out each timed part, then catch up
                stack.holdStreams();
            }
            Floor floor = floor(stack.dynamo().endpoint(), "VotesTable", DemoCampaign.CAMPAIGN_ID, votes, voters, concurrency);
            stack.releaseStreams();
            System.out.printf("floor                 %.0f writes/s (%.1f s, p50 %.1f ms, p99 %.1f ms, %d refused)%n",
                    floor.writesPerSecond(), floor.seconds(), floor.p50Millis(), floor.p99Millis(), floor.refused());
            // the floor's ballots go through the stream consumers too: let them finish before the stack's run
            stack.awaitStreamsIdle(Duration.ofMinutes(5));
            LoadTool.Options defaults = LoadTool.Options.defaults();
            LoadTool.Options load = new LoadTool.Options(stack.url(), defaults.campaignId(), votes, voters, concurrency, 0.0,
                    Duration.ofMinutes(10), defaults.seed());
            System.out.printf("stack: the same votes through the HTTP API (%s), load tool%n", stack.url());
            if (holdStreams) {
                stack.holdStreams();
            }
            LoadTool.Result result = new LoadTool(load).afterSending(stack::releaseStreams).run();
            System.out.print(result.report());
            double ratio = result.votesPerSecond() / floor.writesPerSecond();
            System.out.printf("%nfloor %.0f writes/s, stack %.0f votes/s: ratio %.2f (target >= 0.80); load average %.2f on %d cores%n",
                    floor.writesPerSecond(), result.votesPerSecond(), ratio,
                    java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                    Runtime.getRuntime().availableProcessors());
            System.exit(result.exact() ? 0 : 1);
        }
    }
}
