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
 * their ratio, for each of several rounds (the two parts of a round back to back, their order alternating
 * between rounds), and the median of the rounds' ratios.
 *
 * <pre>local/floor [--votes 20000] [--voters 2000] [--concurrency 32] [--rounds 3]</pre>
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

    /** One round's pair of measurements, taken back to back, so that both see the machine as it was then. */
    public record Round(double floorWritesPerSecond, double stackVotesPerSecond) {
        public double ratio() {
            return stackVotesPerSecond / floorWritesPerSecond;
        }
    }

    /**
     * The rounds' medians: each round's ratio is taken between two measurements minutes apart at most, and
     * the median of the rounds' ratios is what a slow or fast minute of a shared VM moves least.
     */
    public record Summary(double floorMedian, double stackMedian, double ratioMedian, double ratioMin, double ratioMax) {
        public static Summary of(List<Round> rounds) {
            if (rounds.isEmpty()) {
                throw new IllegalArgumentException("no rounds to sum up");
            }
            double[] ratios = rounds.stream().mapToDouble(Round::ratio).sorted().toArray();
            return new Summary(median(rounds.stream().mapToDouble(Round::floorWritesPerSecond).sorted().toArray()),
                    median(rounds.stream().mapToDouble(Round::stackVotesPerSecond).sorted().toArray()),
                    median(ratios), ratios[0], ratios[ratios.length - 1]);
        }

        private static double median(double[] sorted) {
            int middle = sorted.length / 2;
            return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
        }
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> flags = new HashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            if (!args[i].startsWith("--")) {
                System.err.println("usage: local/floor [--votes 20000] [--voters 2000] [--concurrency 32] [--rounds 3] [--dynamodb-cpus 0 --stack-cpus 1] [--hold-streams true]");
                System.exit(2);
            }
            flags.put(args[i].substring(2), args[i + 1]);
        }
        int votes = Integer.parseInt(flags.getOrDefault("votes", "20000"));
        int voters = Integer.parseInt(flags.getOrDefault("voters", "2000"));
        int concurrency = Integer.parseInt(flags.getOrDefault("concurrency", "32"));
        int rounds = Integer.parseInt(flags.getOrDefault("rounds", "3"));
        if (rounds < 1) {
            System.err.println("--rounds must be at least 1");
            System.exit(2);
        }
        String dynamoCpus = flags.getOrDefault("dynamodb-cpus", "");
        String stackCpus = flags.getOrDefault("stack-cpus", "");
        boolean holdStreams = Boolean.parseBoolean(flags.getOrDefault("hold-streams", "false"));
        if (!stackCpus.isEmpty()) {
            pinThisProcess(stackCpus);
        }
        LocalDeployment.Options options = LocalDeployment.Options.ephemeral().withBatchSize(1000).withDynamoDbProcess(dynamoCpus);
        boolean exactSoFar;
        try (LocalDeployment stack = LocalDeployment.start(options)) {
            System.out.printf("layout: %s; %s; stream consumers %s%n",
                    dynamoCpus.isEmpty() ? "DynamoDB Local in this JVM" : "DynamoDB Local in its own JVM on CPU " + dynamoCpus,
                    stackCpus.isEmpty() ? "this JVM (stack, floor writers, load tool) on every CPU" : "this JVM (stack, floor writers, load tool) on CPU " + stackCpus,
                    holdStreams ? "held during each timed part, caught up after it" : "running throughout");
            System.out.printf("each of %d rounds: %d conditional ballot writes from %d voters at concurrency %d straight to the stack's"
                    + " DynamoDB Local (the floor), and as many votes through the stack's HTTP API (%s, load tool); odd rounds"
                    + " measure the floor first, even rounds the stack first%n", rounds, votes, voters, concurrency, stack.url());
            // A round not counted first: DynamoDB Local and the stack both run several times faster once their
            // JVMs have compiled their hot code (a floor of 629 writes/s in a first round, 1,731 in the next).
            Floor warmFloor = timedFloor(stack, votes, voters, concurrency, holdStreams);
            LoadTool.Result warmStack = timedStack(stack, votes, voters, concurrency, holdStreams);
            exactSoFar = warmStack.exact();
            System.out.printf("round 0 (warm-up, not counted): floor %.0f writes/s, stack %.0f votes/s%n",
                    warmFloor.writesPerSecond(), warmStack.votesPerSecond());
            List<Round> measured = new ArrayList<>();
            boolean exact = exactSoFar;
            for (int round = 1; round <= rounds; round++) {
                Floor floor = null;
                LoadTool.Result result = null;
                for (int part = 0; part < 2; part++) {
                    boolean floorNow = (part == 0) == (round % 2 == 1);
                    if (floorNow) {
                        floor = timedFloor(stack, votes, voters, concurrency, holdStreams);
                        System.out.printf("round %d floor   %.0f writes/s (%.1f s, p50 %.1f ms, p99 %.1f ms, %d refused)%n", round,
                                floor.writesPerSecond(), floor.seconds(), floor.p50Millis(), floor.p99Millis(), floor.refused());
                    } else {
                        result = timedStack(stack, votes, voters, concurrency, holdStreams);
                        System.out.printf("round %d stack   %.0f votes/s%n", round, result.votesPerSecond());
                        System.out.print(result.report().indent(8));
                        exact &= result.exact();
                    }
                }
                Round pair = new Round(floor.writesPerSecond(), result.votesPerSecond());
                measured.add(pair);
                System.out.printf("round %d ratio   %.2f%n", round, pair.ratio());
            }
            Summary summary = Summary.of(measured);
            System.out.printf("%nfloor %.0f writes/s, stack %.0f votes/s (medians of %d rounds): ratio %.2f, median of the rounds'"
                            + " ratios (%.2f to %.2f; target >= 0.80); load average %.2f on %d cores%n",
                    summary.floorMedian(), summary.stackMedian(), rounds, summary.ratioMedian(), summary.ratioMin(), summary.ratioMax(),
                    java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                    Runtime.getRuntime().availableProcessors());
            System.exit(exact ? 0 : 1);
        }
    }

    private static Floor timedFloor(LocalDeployment stack, int votes, int voters, int concurrency, boolean holdStreams)
            throws Exception {
        if (holdStreams) {
            // the stream consumers (on AWS other functions' CPUs) wait out each timed part, then catch up
            stack.holdStreams();
        }
        Floor floor = floor(stack.dynamo().endpoint(), "VotesTable", DemoCampaign.CAMPAIGN_ID, votes, voters, concurrency);
        stack.releaseStreams();
        // the floor's ballots go through the stream consumers too: let them finish before the next part
        stack.awaitStreamsIdle(Duration.ofMinutes(5));
        return floor;
    }

    private static LoadTool.Result timedStack(LocalDeployment stack, int votes, int voters, int concurrency, boolean holdStreams)
            throws Exception {
        LoadTool.Options defaults = LoadTool.Options.defaults();
        LoadTool.Options load = new LoadTool.Options(stack.url(), defaults.campaignId(), votes, voters, concurrency, 0.0,
                Duration.ofMinutes(10), defaults.seed());
        if (holdStreams) {
            stack.holdStreams();
        }
        LoadTool.Result result = new LoadTool(load).afterSending(stack::releaseStreams).run();
        stack.awaitStreamsIdle(Duration.ofMinutes(5));
        return result;
    }
}
