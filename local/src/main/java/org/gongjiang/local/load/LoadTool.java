package org.gongjiang.local.load;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.gongjiang.local.client.ApiClient;
import org.gongjiang.local.demo.DemoCampaign;

/**
 * Casts V votes from M voters at concurrency C against a running local stack, waits for the
 * aggregator, checks that the stats endpoint agrees with the 201s per candidate, and prints votes/s,
 * latency and the DynamoDB write requests and write capacity units per accepted vote (aggregation
 * included), as reported by DynamoDB Local through ReturnConsumedCapacity.
 *
 * <pre>java -cp local/target/gongjiang-local.jar org.gongjiang.local.load.LoadTool --votes 20000 --voters 2000 --concurrency 32</pre>
 */
public final class LoadTool {

    /** {@code rate}: votes per second to hold (0: as fast as the concurrency allows), as a soak does. */
    public record Options(String url, String campaignId, int votes, int voters, int concurrency, double duplicates,
                          Duration timeout, long seed, double rate) {

        public Options(String url, String campaignId, int votes, int voters, int concurrency, double duplicates,
                       Duration timeout, long seed) {
            this(url, campaignId, votes, voters, concurrency, duplicates, timeout, seed, 0);
        }

        public static Options defaults() {
            return new Options("http://localhost:3000", DemoCampaign.CAMPAIGN_ID, 20_000, 2_000, 32, 0.0,
                    Duration.ofMinutes(5), 42);
        }
    }

    /**
     * What a run measured. {@code exact}: every candidate's stats count grew by exactly its votes on record:
     * the (voter, candidate) pairs answered 201 or 409 by some send, and those whose every send failed but
     * that the voter's own list of votes shows.
     */
    public record Result(int sent, int accepted, int duplicatesRefused, int limitRefused, int otherClientErrors,
                         int serverErrors, double seconds, double votesPerSecond, double p50Millis, double p99Millis,
                         long writeRequests, double writeCapacityUnits, double voteWriteUnits,
                         double aggregationWriteUnits, double integrityWriteUnits, long aggregatorInvocations, boolean exact,
                         List<String> mismatches, Retries retries, Map<String, Long> faultsInjected) {

        public double writeRequestsPerVote() {
            return accepted == 0 ? 0 : (double) writeRequests / accepted;
        }

        public double writeUnitsPerVote() {
            return accepted == 0 ? 0 : writeCapacityUnits / accepted;
        }

        public String report() {
            return """
                    votes sent            %d (201 accepted %d, 409 duplicate %d, 429 over limit %d, other 4xx %d, 5xx %d)
                    elapsed               %.1f s
                    throughput            %.0f votes/s
                    latency               p50 %.1f ms, p99 %.1f ms
                    DynamoDB writes       %d requests, %.1f write units (votes %.1f, aggregation %.1f, integrity watch %.1f)
                    per accepted vote     %.3f write requests, %.3f write units
                    aggregator            %d invocations
                    503 + Retry-After     %d answers to %d votes; their retries settled %d with 201 and %d with 409 and the original receipt
                    5xx w/o Retry-After   %d (must be 0), no answer at all %d
                    faults injected       %s
                    counts                %s
                    """.formatted(sent, accepted, duplicatesRefused, limitRefused, otherClientErrors, serverErrors,
                    seconds, votesPerSecond, p50Millis, p99Millis, writeRequests, writeCapacityUnits, voteWriteUnits,
                    aggregationWriteUnits, integrityWriteUnits, writeRequestsPerVote(), writeUnitsPerVote(), aggregatorInvocations,
                    retries.retriableAnswers(), retries.votesRetried(), retries.settledBy201(), retries.settledBy409WithReceipt(),
                    retries.ambiguousServerErrors(), retries.noAnswer(),
                    faultsInjected.isEmpty() ? "none" : faultsInjected.toString(),
                    exact ? "exact: the stats endpoint equals the settled votes for every candidate"
                            : "NOT EXACT: " + String.join("; ", mismatches));
        }
    }

    /** How the votes that met a 503 (a passing fault) were settled by sending them again. */
    public record Retries(int retriableAnswers, int votesRetried, int settledBy201, int settledBy409WithReceipt,
                          int ambiguousServerErrors, int noAnswer) {
    }

    private static final int MAX_SENDS = 20;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Options options;
    private final ApiClient api;
    private final URL votesUrl;

    private Runnable beforeSending = () -> { };
    private Runnable afterSending = () -> { };

    public LoadTool(Options options) {
        this.options = options;
        this.api = new ApiClient(options.url());
        try {
            this.votesUrl = URI.create(api.url("/v1/campaigns/" + options.campaignId() + "/votes")).toURL();
        } catch (java.net.MalformedURLException e) {
            throw new IllegalArgumentException("not a URL: " + options.url(), e);
        }
    }

    /** Runs {@code hook} just before the first vote is sent, once the tokens are minted (local/floor's CPU meter). */
    public LoadTool beforeSending(Runnable hook) {
        this.beforeSending = hook;
        return this;
    }

    /** Runs {@code hook} once every vote is sent and answered, before the counts are awaited (local/floor --hold-streams). */
    public LoadTool afterSending(Runnable hook) {
        this.afterSending = hook;
        return this;
    }

    public Result run() throws Exception {
        JsonNode campaign = get("/v1/campaigns/" + options.campaignId());
        int perDay = campaign.path("voteRules").path("perVoterPerDay").asInt();
        List<String> candidates = new ArrayList<>();
        get("/v1/campaigns/" + options.campaignId() + "/candidates").path("candidates")
                .forEach(c -> candidates.add(c.path("candidateId").asText()));
        int perVoter = (int) Math.ceil((double) options.votes() / options.voters());
        if (perVoter > Math.min(perDay, candidates.size())) {
            throw new IllegalArgumentException("%d votes from %d voters is %d per voter, more than the %d a voter may cast a day"
                    .formatted(options.votes(), options.voters(), perVoter, Math.min(perDay, candidates.size())));
        }
        String run = Long.toString(System.currentTimeMillis(), 36);
        List<String> tokens = mintTokens(run);
        Map<String, Long> before = statsByCandidate();
        JsonNode metricsBefore = get("/local/metrics");

        List<Vote> plan = plan(candidates, tokens);
        long[] latencies = new long[plan.size()];
        AtomicInteger next = new AtomicInteger();
        AtomicInteger accepted = new AtomicInteger();
        AtomicInteger duplicates = new AtomicInteger();
        AtomicInteger limited = new AtomicInteger();
        AtomicInteger otherClient = new AtomicInteger();
        AtomicInteger server = new AtomicInteger();
        AtomicInteger retriableAnswers = new AtomicInteger();
        AtomicInteger votesRetried = new AtomicInteger();
        AtomicInteger settledBy201 = new AtomicInteger();
        AtomicInteger settledBy409 = new AtomicInteger();
        AtomicInteger ambiguous = new AtomicInteger();
        AtomicInteger noAnswer = new AtomicInteger();
        Map<String, AtomicLong> acceptedByCandidate = new ConcurrentHashMap<>();
        // a (voter, candidate) pair is a vote once any of its sends answered 201 or 409 (the vote is on
        // record); one whose every send failed is looked up in the voter's own list after the run
        java.util.Set<Vote> recorded = ConcurrentHashMap.newKeySet();
        java.util.Set<Vote> unsettled = ConcurrentHashMap.newKeySet();
        beforeSending.run();
        long start = System.nanoTime();
        Thread reporter = options.rate() > 0 ? Thread.ofPlatform().daemon().start(() -> reportEachMinute(start, next, latencies))
                : null;
        try (ExecutorService workers = Executors.newFixedThreadPool(options.concurrency())) {
            List<Future<?>> futures = new ArrayList<>();
            for (int w = 0; w < options.concurrency(); w++) {
                futures.add(workers.submit(() -> {
                    int i;
                    while ((i = next.getAndIncrement()) < plan.size()) {
                        Vote vote = plan.get(i);
                        if (options.rate() > 0) {
                            long due = start + (long) (i * 1e9 / options.rate());
                            long wait = due - System.nanoTime();
                            if (wait > 0) {
                                Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
                            }
                        }
                        long t0 = System.nanoTime();
                        Outcome outcome = castUntilSettled(vote);
                        latencies[i] = System.nanoTime() - t0;
                        int status = outcome.status();
                        retriableAnswers.addAndGet(outcome.retriableAnswers());
                        if (outcome.retriableAnswers() > 0) {
                            votesRetried.incrementAndGet();
                        }
                        if (outcome.ambiguous()) {
                            ambiguous.incrementAndGet();
                        }
                        if (status < 0) {
                            noAnswer.incrementAndGet();
                        }
                        if (status == 201 || status == 409) {
                            recorded.add(vote);
                        } else if (status >= 500 || status < 0) {
                            unsettled.add(vote);
                        }
                        switch (status) {
                            case 201 -> {
                                accepted.incrementAndGet();
                                if (outcome.retriableAnswers() > 0) {
                                    settledBy201.incrementAndGet();
                                }
                            }
                            case 409 -> {
                                if (outcome.retriableAnswers() > 0 && outcome.originalReceipt()) {
                                    // the send that answered 503 had recorded the vote
                                    settledBy409.incrementAndGet();
                                } else {
                                    duplicates.incrementAndGet();
                                }
                            }
                            case 429 -> limited.incrementAndGet();
                            default -> {
                                if (status >= 500 || status < 0) {
                                    server.incrementAndGet();
                                } else {
                                    otherClient.incrementAndGet();
                                }
                            }
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> future : futures) {
                future.get();
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        afterSending.run();
        if (reporter != null) {
            reporter.interrupt();
        }
        unsettled.removeAll(recorded);
        for (Vote vote : unsettled) {
            if (onRecord(vote)) {
                recorded.add(vote);
            }
        }
        recorded.forEach(vote -> acceptedByCandidate.computeIfAbsent(vote.candidateId(), c -> new AtomicLong()).incrementAndGet());

        Map<String, Long> expected = new HashMap<>(before);
        acceptedByCandidate.forEach((candidate, count) -> expected.merge(candidate, count.get(), Long::sum));
        Map<String, Long> after = awaitCounts(expected);
        Thread.sleep(500); // let the last invocation's metrics land
        JsonNode metricsAfter = get("/local/metrics");
        Map<String, Long> faultsInjected = new LinkedHashMap<>();
        metricsAfter.path("faultsInjected").fields().forEachRemaining(e -> {
            long delta = e.getValue().asLong() - metricsBefore.path("faultsInjected").path(e.getKey()).asLong();
            if (delta > 0) {
                faultsInjected.put(e.getKey(), delta);
            }
        });
        List<String> mismatches = new ArrayList<>();
        for (String candidate : candidates) {
            long want = expected.getOrDefault(candidate, 0L);
            long got = after.getOrDefault(candidate, 0L);
            if (want != got) {
                mismatches.add("%s: stats %d, expected %d".formatted(candidate, got, want));
            }
        }
        long[] sorted = latencies.clone();
        Arrays.sort(sorted);
        return new Result(plan.size(), accepted.get(), duplicates.get(), limited.get(), otherClient.get(), server.get(),
                seconds, accepted.get() / seconds, percentile(sorted, 0.50), percentile(sorted, 0.99),
                delta(metricsBefore, metricsAfter, "writeRequests"), deltaDouble(metricsBefore, metricsAfter, "writeCapacityUnits"),
                tableUnits(metricsAfter, "VotesTable") - tableUnits(metricsBefore, "VotesTable"),
                tableUnits(metricsAfter, "CountersTable") - tableUnits(metricsBefore, "CountersTable"),
                tableUnits(metricsAfter, "IntegrityTable") - tableUnits(metricsBefore, "IntegrityTable"),
                invocations(metricsAfter) - invocations(metricsBefore),
                mismatches.isEmpty(), mismatches,
                new Retries(retriableAnswers.get(), votesRetried.get(), settledBy201.get(), settledBy409.get(), ambiguous.get(),
                        noAnswer.get()),
                faultsInjected);
    }

    /**
     * The last answer to a vote, sent again after each 503 with Retry-After (as a voter's page does) up to
     * ten times; whether a 5xx came without Retry-After (an ambiguous outcome, which must never happen);
     * and, for a final 409, whether it carried the receipt of this very vote.
     */
    private record Outcome(int status, int retriableAnswers, boolean ambiguous, boolean originalReceipt) {
    }

    private Outcome castUntilSettled(Vote vote) {
        int retriable = 0;
        boolean ambiguous = false;
        for (int send = 1; ; send++) {
            Sent answer = cast(vote);
            if (answer == null) {
                return new Outcome(-1, retriable, ambiguous, false);
            }
            int status = answer.status();
            Optional<String> retryAfter = answer.retryAfter();
            if (status >= 500 && retryAfter.isEmpty()) {
                ambiguous = true;
            }
            if (status == 503 && retryAfter.isPresent() && send < MAX_SENDS) {
                retriable++;
                sleepSeconds(retryAfter.get());
                continue;
            }
            boolean original = false;
            if (status == 409) {
                try {
                    JsonNode body = JSON.readTree(answer.body());
                    original = body.path("candidateId").asText().equals(vote.candidateId())
                            && !body.path("receipt").asText().isEmpty();
                } catch (IOException e) {
                    original = false;
                }
            }
            return new Outcome(status, retriable, ambiguous, original);
        }
    }

    private static void sleepSeconds(String retryAfter) {
        try {
            Thread.sleep(Math.min(5000, Math.max(0, Long.parseLong(retryAfter.trim()) * 1000)));
        } catch (NumberFormatException e) {
            // a date instead of seconds: wait one second
            try {
                Thread.sleep(1000);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private record Vote(String token, String candidateId) {
    }

    /**
     * Once a minute during a paced run: the votes of that minute and their latency, and the stack's heap
     * as its /local/metrics reports it after a full GC, so that a soak shows whether memory stays flat.
     */
    private void reportEachMinute(long start, AtomicInteger next, long[] latencies) {
        int reported = 0;
        for (int minute = 1; ; minute++) {
            try {
                Thread.sleep(Math.max(0, start + minute * 60_000_000_000L - System.nanoTime()) / 1_000_000);
            } catch (InterruptedException e) {
                return;
            }
            int done = Math.min(next.get(), latencies.length);
            long[] window = Arrays.copyOfRange(latencies, reported, Math.max(reported, done));
            reported = Math.max(reported, done);
            long[] finished = Arrays.stream(window).filter(l -> l > 0).sorted().toArray();
            JsonNode heap = api.send("POST", "/local/heap", null, null).body();
            System.out.printf("minute %3d  votes %6d  p50 %7.1f ms  p99 %7.1f ms  heap after GC %5.0f MB%n", minute, finished.length,
                    percentile(finished, 0.50), percentile(finished, 0.99), heap.path("usedAfterGcMegabytes").asDouble());
        }
    }

    /** Whether the voter's own list of today's votes holds this vote (for a vote whose every send failed). */
    private boolean onRecord(Vote vote) {
        for (int attempt = 1; attempt <= 10; attempt++) {
            ApiClient.Answer mine = api.send("GET", "/v1/campaigns/" + options.campaignId() + "/votes/mine", null, vote.token());
            if (mine.status() == 200) {
                for (JsonNode line : mine.body().path("votes")) {
                    if (line.path("candidateId").asText().equals(vote.candidateId())) {
                        return true;
                    }
                }
                return false;
            }
            sleepSeconds("1");
        }
        throw new IllegalStateException("the voter's own votes could not be read to settle a vote");
    }

    /** Each voter votes for distinct candidates; with --duplicates some votes are sent twice (retries). */
    private List<Vote> plan(List<String> candidates, List<String> tokens) {
        Random random = new Random(options.seed());
        List<Vote> plan = new ArrayList<>();
        int remaining = options.votes();
        for (int v = 0; v < tokens.size() && remaining > 0; v++) {
            int share = (int) Math.ceil((double) remaining / (tokens.size() - v));
            List<String> shuffled = new ArrayList<>(candidates);
            Collections.shuffle(shuffled, random);
            for (int k = 0; k < share; k++) {
                plan.add(new Vote(tokens.get(v), shuffled.get(k)));
            }
            remaining -= share;
        }
        int copies = (int) Math.round(plan.size() * options.duplicates());
        for (int i = 0; i < copies; i++) {
            plan.add(plan.get(random.nextInt(plan.size())));
        }
        Collections.shuffle(plan, random);
        return plan;
    }

    private List<String> mintTokens(String run) throws Exception {
        List<String> tokens = Collections.synchronizedList(new ArrayList<>(Collections.nCopies(options.voters(), (String) null)));
        try (ExecutorService workers = Executors.newFixedThreadPool(Math.min(16, options.concurrency()))) {
            List<Future<?>> futures = new ArrayList<>();
            for (int i = 0; i < options.voters(); i++) {
                int index = i;
                futures.add(workers.submit(() -> {
                    JsonNode answer = post("/local/tokens", "{\"sub\":\"load-" + run + "-" + index + "\",\"expiresIn\":86400}", null);
                    tokens.set(index, answer.path("token").asText());
                    return null;
                }));
            }
            for (Future<?> future : futures) {
                future.get();
            }
        }
        return tokens;
    }

    /** One answer to a vote: its status, its Retry-After header and its body. */
    private record Sent(int status, Optional<String> retryAfter, String body) {
    }

    /**
     * Sends one vote over the JDK's blocking HttpURLConnection (keep-alive connections reused per thread),
     * not the asynchronous java.net.http client: that client hands each request between its worker and
     * selector threads, which on the 2-core machine took about a quarter of the core the stack runs on in
     * local/floor (top -H), CPU a voter's phone spends on AWS, not the stack. Null when no answer came.
     */
    private Sent cast(Vote vote) {
        HttpURLConnection connection = null;
        try {
            connection = (HttpURLConnection) votesUrl.openConnection();
            connection.setConnectTimeout(10_000);
            connection.setReadTimeout(30_000);
            connection.setRequestMethod("POST");
            connection.setDoOutput(true);
            connection.setRequestProperty("Content-Type", "application/json");
            connection.setRequestProperty("Authorization", "Bearer " + vote.token());
            byte[] body = ("{\"candidateId\":\"" + vote.candidateId() + "\"}").getBytes(StandardCharsets.UTF_8);
            // streaming mode also stops HttpURLConnection from silently sending the POST again on a stale
            // connection: every resend of a vote is the load tool's own, and counted
            connection.setFixedLengthStreamingMode(body.length);
            try (OutputStream out = connection.getOutputStream()) {
                out.write(body);
            }
            int status = connection.getResponseCode();
            InputStream answer = status >= 400 ? connection.getErrorStream() : connection.getInputStream();
            String text;
            try (InputStream in = answer) {
                // read to the end, so that the connection goes back to the keep-alive cache
                text = in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            return new Sent(status, Optional.ofNullable(connection.getHeaderField("Retry-After")), text);
        } catch (IOException e) {
            if (connection != null) {
                connection.disconnect();
            }
            return null;
        }
    }

    private Map<String, Long> awaitCounts(Map<String, Long> expected) throws Exception {
        long deadline = System.nanoTime() + options.timeout().toNanos();
        Map<String, Long> counts = statsByCandidate();
        while (System.nanoTime() < deadline) {
            counts = statsByCandidate();
            long got = counts.values().stream().mapToLong(Long::longValue).sum();
            long want = expected.values().stream().mapToLong(Long::longValue).sum();
            if (got >= want) {
                Thread.sleep(1500); // a late double count would show up now
                return statsByCandidate();
            }
            Thread.sleep(250);
        }
        return counts;
    }

    private Map<String, Long> statsByCandidate() throws Exception {
        Map<String, Long> counts = new LinkedHashMap<>();
        get("/v1/campaigns/" + options.campaignId() + "/stats/votes").path("candidates")
                .forEach(c -> counts.put(c.path("candidateId").asText(), c.path("votes").asLong()));
        return counts;
    }

    private JsonNode get(String path) {
        return api.get(path);
    }

    private JsonNode post(String path, String body, String token) {
        return api.expect(path.equals("/local/tokens") ? 200 : 201, "POST", path, body, token);
    }

    private static double percentile(long[] sortedNanos, double p) {
        if (sortedNanos.length == 0) {
            return 0;
        }
        int index = (int) Math.min(sortedNanos.length - 1, Math.ceil(p * sortedNanos.length) - 1);
        return sortedNanos[Math.max(0, index)] / 1e6;
    }

    private static long delta(JsonNode before, JsonNode after, String field) {
        return after.path("dynamodb").path(field).asLong() - before.path("dynamodb").path(field).asLong();
    }

    private static double deltaDouble(JsonNode before, JsonNode after, String field) {
        return after.path("dynamodb").path(field).asDouble() - before.path("dynamodb").path(field).asDouble();
    }

    private static double tableUnits(JsonNode metrics, String table) {
        double units = 0;
        var operations = metrics.path("dynamodb").path("byOperation").fields();
        while (operations.hasNext()) {
            var operation = operations.next();
            boolean write = operation.getKey().startsWith("UpdateItem") || operation.getKey().startsWith("PutItem")
                    || operation.getKey().startsWith("TransactWriteItems") || operation.getKey().startsWith("DeleteItem");
            if (write && operation.getKey().endsWith(" " + table)) {
                units += operation.getValue().path("capacityUnits").asDouble();
            }
        }
        return units;
    }

    private static long invocations(JsonNode metrics) {
        long total = 0;
        for (JsonNode stream : metrics.path("streams")) {
            if ("AggregateVotesFunction".equals(stream.path("function").asText())) {
                total += stream.path("invocations").asLong();
            }
        }
        return total;
    }

    public static void main(String[] args) {
        Options defaults = Options.defaults();
        Map<String, String> flags = new HashMap<>();
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--help") || args[i].equals("-h")) {
                System.out.println(USAGE);
                System.exit(0);
            }
            if (!args[i].startsWith("--") || i + 1 >= args.length) {
                System.err.println("bad argument " + args[i] + "\n" + USAGE);
                System.exit(2);
            }
            flags.put(args[i].substring(2), args[++i]);
        }
        try {
            Options options = new Options(
                    flags.getOrDefault("url", defaults.url()),
                    flags.getOrDefault("campaign", defaults.campaignId()),
                    Integer.parseInt(flags.getOrDefault("votes", Integer.toString(defaults.votes()))),
                    Integer.parseInt(flags.getOrDefault("voters", Integer.toString(defaults.voters()))),
                    Integer.parseInt(flags.getOrDefault("concurrency", Integer.toString(defaults.concurrency()))),
                    Double.parseDouble(flags.getOrDefault("duplicates", Double.toString(defaults.duplicates()))),
                    Duration.ofSeconds(Long.parseLong(flags.getOrDefault("timeout", Long.toString(defaults.timeout().toSeconds())))),
                    Long.parseLong(flags.getOrDefault("seed", Long.toString(defaults.seed()))),
                    Double.parseDouble(flags.getOrDefault("rate", "0")));
            System.out.printf("load: %d votes from %d voters at concurrency %d against %s (campaign %s)%n",
                    options.votes(), options.voters(), options.concurrency(), options.url(), options.campaignId());
            Result result = new LoadTool(options).run();
            System.out.print(result.report());
            boolean unambiguous = result.retries().ambiguousServerErrors() == 0 && result.retries().noAnswer() == 0;
            System.exit(result.exact() && result.serverErrors() == 0 && unambiguous ? 0 : 1);
        } catch (Exception e) {
            System.err.println("load run failed: " + e.getMessage());
            System.exit(2);
        }
    }

    public static final String USAGE = """
            usage: local/load [--votes 20000] [--voters 2000] [--concurrency 32] [--duplicates 0.0] [--rate 0]
                              [--url http://localhost:3000] [--campaign sichuan-2026] [--timeout 300] [--seed 42]
              --duplicates  fraction of votes sent a second time (client retries); they must get 409
              --rate        votes per second to hold (a soak: --votes is then rate times duration), printing
                            each minute's votes, latency and the stack's heap after a full GC""";
}
