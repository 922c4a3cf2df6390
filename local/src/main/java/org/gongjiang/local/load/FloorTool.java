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
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.gongjiang.local.LocalDeployment;
import org.gongjiang.local.client.ApiClient;
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

    /**
     * The floor's votes are the stack's votes in every byte DynamoDB Local sees: the stack's candidates (the
     * same attribute names), a voter key of a voter hash's length, and an entry carrying signals of the shape a
     * vote from the load tool gets (a network hash, a client hash, a session age). With no signals and shorter
     * keys the floor had DynamoDB Local do less work per write than a vote asks of it.
     */
    static final VoteSignals SIGNALS_OF_A_LOADED_VOTE = new VoteSignals("Flr0Netw", "Flr0Clnt", "s0");

    private FloorTool() {
    }

    /** A voter key as long as a voter hash (16 bytes in base64url), distinct per run and voter. */
    static VoterId floorVoter(String run, int voter) {
        String id = "floor" + run + "-" + voter;
        return new VoterId(id.length() >= 22 ? id : id + "_".repeat(22 - id.length()));
    }

    /**
     * {@code votes} conditional ballot writes, {@code votes / voters} per voter, each voter's for distinct
     * candidates among {@code candidateIds}, from {@code concurrency} threads.
     */
    public static Floor floor(String dynamoEndpoint, String table, String campaignId, List<String> candidateIds, int votes, int voters,
                              int concurrency) throws Exception {
        int perVoter = (int) Math.ceil((double) votes / voters);
        if (perVoter > candidateIds.size()) {
            throw new IllegalArgumentException("%d votes per voter, but %d candidates".formatted(perVoter, candidateIds.size()));
        }
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
                            int voter = i % voters;
                            // the voter's (i / voters)-th vote, for a candidate offset by the voter so that all candidates get votes
                            String candidate = candidateIds.get((voter + i / voters) % candidateIds.size());
                            BallotVote vote = new BallotVote(campaignId, day, floorVoter(run, voter), candidate,
                                    new BallotEntry(Instant.ofEpochMilli(System.currentTimeMillis()), i, SIGNALS_OF_A_LOADED_VOTE), expiresAt);
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
     * The CPU a timed part used per write, by DynamoDB Local's process (when it runs in one) and by this JVM
     * (the stack and the load tool, or the floor's writers): where the time of a part went, side by side.
     */
    public record CpuUse(Optional<Duration> dynamoDb, Duration thisJvm, int writes) {
        public String describe() {
            return "CPU per write: DynamoDB Local %s, this JVM %.0f us".formatted(
                    dynamoDb.map(cpu -> "%.0f us".formatted(cpu.toNanos() / 1e3 / writes)).orElse("(in this JVM)"),
                    thisJvm.toNanos() / 1e3 / writes);
        }
    }

    /** Reads both processes' CPU time at the start of a timed part and again at its end. */
    static final class CpuMeter {
        private final DynamoDbLocal dynamoDb;
        private Optional<Duration> dynamoDbAtStart = Optional.empty();
        private Duration thisJvmAtStart = Duration.ZERO;

        CpuMeter(DynamoDbLocal dynamoDb) {
            this.dynamoDb = dynamoDb;
        }

        void start() {
            dynamoDbAtStart = dynamoDb.processCpuTime();
            thisJvmAtStart = thisJvmCpu();
        }

        CpuUse stop(int writes) {
            Optional<Duration> dynamoDbSpent = dynamoDbAtStart.flatMap(start -> dynamoDb.processCpuTime().map(now -> now.minus(start)));
            return new CpuUse(dynamoDbSpent, thisJvmCpu().minus(thisJvmAtStart), writes);
        }

        private static Duration thisJvmCpu() {
            return ProcessHandle.current().info().totalCpuDuration().orElse(Duration.ZERO);
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
                System.err.println("usage: local/floor [--votes 20000] [--voters 2000] [--concurrency 32] [--rounds 3] [--warmup-rounds 3] [--dynamodb-cpus 0 --stack-cpus 1] [--hold-streams true]");
                System.exit(2);
            }
            flags.put(args[i].substring(2), args[i + 1]);
        }
        int votes = Integer.parseInt(flags.getOrDefault("votes", "20000"));
        int voters = Integer.parseInt(flags.getOrDefault("voters", "2000"));
        int concurrency = Integer.parseInt(flags.getOrDefault("concurrency", "32"));
        int rounds = Integer.parseInt(flags.getOrDefault("rounds", "3"));
        int warmupRounds = Integer.parseInt(flags.getOrDefault("warmup-rounds", "3"));
        if (rounds < 1 || warmupRounds < 0) {
            System.err.println("--rounds must be at least 1, --warmup-rounds at least 0");
            System.exit(2);
        }
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
            System.out.printf("%d warm-up rounds not counted, then each of %d rounds: %d conditional ballot writes from %d voters at concurrency %d straight to the stack's"
                    + " DynamoDB Local (the floor), and as many votes through the stack's HTTP API (%s, load tool); odd rounds"
                    + " measure the floor first, even rounds the stack first%n", warmupRounds, rounds, votes, voters, concurrency, stack.url());
            List<String> candidates = new ArrayList<>();
            new ApiClient(stack.url()).get("/v1/campaigns/" + DemoCampaign.CAMPAIGN_ID + "/candidates").path("candidates")
                    .forEach(candidate -> candidates.add(candidate.path("candidateId").asText()));
            Parts parts = new Parts(stack, candidates, votes, voters, concurrency, holdStreams);
            // Rounds not counted first: DynamoDB Local and the stack both run several times faster once their JVMs
            // have compiled their hot code (a floor of 629 writes/s in a first round, 1,731 in the next), and the
            // stack's own CPU per vote went on falling for 80,000 votes (738 us in a first counted round, 522 us in
            // a fourth): the JIT compiling the front's, the handler's and the SDK's paths.
            boolean exact = true;
            for (int warmup = 1; warmup <= warmupRounds; warmup++) {
                Part<Floor> warmFloor = parts.timedFloor();
                Part<LoadTool.Result> warmStack = parts.timedStack();
                exact &= warmStack.measured().exact();
                System.out.printf("warm-up %d (not counted): floor %.0f writes/s, stack %.0f votes/s; the stack's %s%n", warmup,
                        warmFloor.measured().writesPerSecond(), warmStack.measured().votesPerSecond(), warmStack.cpu().describe());
            }
            List<Round> measured = new ArrayList<>();
            for (int round = 1; round <= rounds; round++) {
                Floor floor = null;
                LoadTool.Result result = null;
                for (int part = 0; part < 2; part++) {
                    boolean floorNow = (part == 0) == (round % 2 == 1);
                    if (floorNow) {
                        Part<Floor> timed = parts.timedFloor();
                        floor = timed.measured();
                        System.out.printf("round %d floor   %.0f writes/s (%.1f s, p50 %.1f ms, p99 %.1f ms, %d refused); %s%n", round,
                                floor.writesPerSecond(), floor.seconds(), floor.p50Millis(), floor.p99Millis(), floor.refused(),
                                timed.cpu().describe());
                    } else {
                        Part<LoadTool.Result> timed = parts.timedStack();
                        result = timed.measured();
                        System.out.printf("round %d stack   %.0f votes/s; %s%n", round, result.votesPerSecond(), timed.cpu().describe());
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

    /** A timed part's measurement and the CPU it took. */
    private record Part<T>(T measured, CpuUse cpu) {
    }

    /** The two timed parts of a round, each on the same stack, candidates and load. */
    private record Parts(LocalDeployment stack, List<String> candidates, int votes, int voters, int concurrency, boolean holdStreams) {

        Part<Floor> timedFloor() throws Exception {
            CpuMeter cpu = new CpuMeter(stack.dynamo());
            if (holdStreams) {
                // the stream consumers (on AWS other functions' CPUs) wait out each timed part, then catch up
                stack.holdStreams();
            }
            cpu.start();
            Floor floor = FloorTool.floor(stack.dynamo().endpoint(), "VotesTable", DemoCampaign.CAMPAIGN_ID, candidates, votes, voters,
                    concurrency);
            CpuUse used = cpu.stop(votes);
            stack.releaseStreams();
            // the floor's ballots go through the stream consumers too: let them finish before the next part
            stack.awaitStreamsIdle(Duration.ofMinutes(5));
            return new Part<>(floor, used);
        }

        Part<LoadTool.Result> timedStack() throws Exception {
            LoadTool.Options defaults = LoadTool.Options.defaults();
            LoadTool.Options load = new LoadTool.Options(stack.url(), defaults.campaignId(), votes, voters, concurrency, 0.0,
                    Duration.ofMinutes(10), defaults.seed());
            CpuMeter cpu = new CpuMeter(stack.dynamo());
            CpuUse[] used = new CpuUse[1];
            if (holdStreams) {
                stack.holdStreams();
            }
            LoadTool.Result result = new LoadTool(load).beforeSending(cpu::start).afterSending(() -> {
                used[0] = cpu.stop(votes);
                stack.releaseStreams();
            }).run();
            stack.awaitStreamsIdle(Duration.ofMinutes(5));
            return new Part<>(result, used[0]);
        }
    }
}
