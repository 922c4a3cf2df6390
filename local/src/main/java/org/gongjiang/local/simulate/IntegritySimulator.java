package org.gongjiang.local.simulate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.gongjiang.local.LocalDeployment;
import org.gongjiang.local.client.ApiClient;
import org.gongjiang.local.demo.DemoCampaign;
import org.gongjiang.local.emulator.dynamodb.DynamoDbMeter;

/**
 * A day of the demo campaign's public vote, honest and bought, through a local stack of its own: an
 * honest crowd (thousands of voters on thousands of networks, skewed popularity, a daily rhythm, a
 * factory and a campus voting for their own from shared networks) and three attacks (a click farm, a
 * SIM farm, a slow drip). Every vote is a real HTTP vote (the network from X-Forwarded-For, the
 * account's creation time as a token claim); the watch, the detection and the auditors' voids are the
 * product's own. It prints, per scenario, how many votes the strong alerts flagged (recall for the
 * attacks, false positives for the honest), and the finalists' valid totals before and after voiding.
 *
 * <pre>local/simulate [--voters 6000] [--seed 7] [--concurrency 16]</pre>
 */
public final class IntegritySimulator {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final Duration STEP = Duration.ofMinutes(5);
    private static final int STEPS = 288;
    private static final String ACCOUNT_CLAIM = "account_created_at";
    /** Relative weight of each hour of the day (Shanghai time) for an honest voter's session. */
    private static final double[] RHYTHM = {2, 1, 0.5, 0.3, 0.3, 0.5, 1.5, 3, 4, 4.5, 5, 5.5, 7, 6, 5, 5, 5, 5.5, 6, 7, 8, 8, 6, 4};
    private static final String[] PHONES = {"iPhone; CPU iPhone OS 17_5", "Linux; Android 14; HUAWEI Mate 60", "Linux; Android 13; Xiaomi 13",
            "Linux; Android 14; OPPO Find X7", "Linux; Android 12; vivo X80", "iPhone; CPU iPhone OS 16_7", "Linux; Android 14; HONOR Magic6"};

    public record Options(int honestVoters, long seed, int concurrency) {

        public static Options defaults() {
            return new Options(6000, 7, 16);
        }
    }

    /** Who cast a vote. */
    enum Scenario {
        HONEST_CROWD("honest crowd", false), FACTORY("factory (one shared network)", false), CAMPUS("campus (three shared networks)", false),
        CLICK_FARM("click farm", true), SIM_FARM("SIM farm", true), SLOW_DRIP("slow drip", true);

        final String label;
        final boolean attack;

        Scenario(String label, boolean attack) {
            this.label = label;
            this.attack = attack;
        }
    }

    private record Voter(String subject, Scenario scenario, long accountCreatedAt, String userAgent) {
    }

    private record Vote(String candidateId, String address) {
    }

    /** A voter's visit: votes cast one after the other, in one step of the day. */
    private record Session(Voter voter, List<Vote> votes) {
    }

    private final Options options;
    private final Random random;

    public IntegritySimulator(Options options) {
        this.options = options;
        this.random = new Random(options.seed());
    }

    public static void main(String[] args) throws Exception {
        Options options = Options.defaults();
        for (int i = 0; i < args.length; i++) {
            String value = i + 1 < args.length ? args[i + 1] : "";
            switch (args[i]) {
                case "--voters" -> options = new Options(Integer.parseInt(value), options.seed(), options.concurrency());
                case "--seed" -> options = new Options(options.honestVoters(), Long.parseLong(value), options.concurrency());
                case "--concurrency" -> options = new Options(options.honestVoters(), options.seed(), Integer.parseInt(value));
                case "--help", "-h" -> {
                    System.out.println("local/simulate [--voters N honest voters, 6000] [--seed S, 7] [--concurrency C, 16]");
                    return;
                }
                default -> throw new IllegalArgumentException("unknown option " + args[i] + " (see --help)");
            }
            i++;
        }
        System.out.println(new IntegritySimulator(options).run());
        System.exit(0);
    }

    /** Runs the day and answers the report. */
    public String run() throws Exception {
        StringBuilder report = new StringBuilder();
        try (LocalDeployment stack = LocalDeployment.start(LocalDeployment.Options.ephemeral().withBatchSize(1000)
                .trustingForwardedFor(true))) {
            // the detection runs once the day's votes are all in the log: the clock moves faster than the streams
            stack.pauseSchedules(true);
            ApiClient api = new ApiClient(stack.url());
            String campaignPath = "/v1/campaigns/" + DemoCampaign.CAMPAIGN_ID;
            String admin = stack.authority().issue("sim-admin", List.of("admin"), Duration.ofHours(3));
            configureWatch(api, admin);
            List<String> finalists = new ArrayList<>();
            api.get(campaignPath + "/candidates").path("candidates").forEach(c -> finalists.add(c.path("candidateId").asText()));
            Collections.shuffle(finalists, random);
            // popularity: a Zipf-like law over a random order of the finalists; the targets are mid-table ones
            String factoryCandidate = finalists.get(4);
            String campusCandidate = finalists.get(8);
            String clickTarget = finalists.get(14);
            String simTarget = finalists.get(18);
            String dripTarget = finalists.get(22);

            Instant dayStart = LocalDate.now(ZONE).plusDays(1).atStartOfDay(ZONE).toInstant();
            List<List<Session>> steps = new ArrayList<>();
            for (int s = 0; s < STEPS; s++) {
                steps.add(new ArrayList<>());
            }
            Map<String, Scenario> scenarioOfVoterId = new HashMap<>();
            Map<Scenario, Integer> planned = new LinkedHashMap<>();
            planHonest(steps, finalists, factoryCandidate, campusCandidate, dayStart, stack, scenarioOfVoterId, planned);
            planClickFarm(steps, clickTarget, dayStart, stack, scenarioOfVoterId, planned);
            planSimFarm(steps, simTarget, dayStart, stack, scenarioOfVoterId, planned);
            planSlowDrip(steps, dripTarget, dayStart, stack, scenarioOfVoterId, planned);

            Map<Scenario, AtomicInteger> accepted = new ConcurrentHashMap<>();
            Map<Integer, AtomicInteger> refused = new ConcurrentHashMap<>();
            DynamoDbMeter.Snapshot beforeVotes = DynamoDbMeter.snapshot();
            long started = System.nanoTime();
            try (ExecutorService workers = Executors.newFixedThreadPool(options.concurrency())) {
                for (int s = 0; s < STEPS; s++) {
                    Instant at = dayStart.plus(STEP.multipliedBy(s));
                    stack.functionClock().setOffset(Duration.between(Instant.now(), at));
                    List<Future<?>> futures = new ArrayList<>();
                    for (Session session : steps.get(s)) {
                        futures.add(workers.submit(() -> {
                            String token = stack.authority().issue(session.voter().subject(), List.of(),
                                    Map.of(ACCOUNT_CLAIM, Long.toString(session.voter().accountCreatedAt())), Duration.ofHours(3));
                            for (Vote vote : session.votes()) {
                                int status = cast(api, campaignPath, token, session.voter(), vote);
                                if (status == 201) {
                                    accepted.computeIfAbsent(session.voter().scenario(), k -> new AtomicInteger()).incrementAndGet();
                                } else {
                                    refused.computeIfAbsent(status, k -> new AtomicInteger()).incrementAndGet();
                                }
                            }
                            return null;
                        }));
                    }
                    for (Future<?> future : futures) {
                        future.get();
                    }
                }
            }
            double voteSeconds = (System.nanoTime() - started) / 1e9;
            if (!stack.awaitStreamsIdle(Duration.ofMinutes(5))) {
                throw new IllegalStateException("the streams did not catch up");
            }
            DynamoDbMeter.Snapshot afterVotes = DynamoDbMeter.snapshot();

            // past the day's last window and the settle time, the detection runs until every window is evaluated
            stack.functionClock().setOffset(Duration.between(Instant.now(), dayStart.plus(Duration.ofDays(1)).plus(Duration.ofMinutes(10))));
            int runs = 0;
            while (runs < 10) {
                runs++;
                List<Map<String, Object>> ran = stack.runSchedules();
                if (!JSON.valueToTree(ran).toString().contains(DemoCampaign.CAMPAIGN_ID)) {
                    break;
                }
            }
            DynamoDbMeter.Snapshot afterDetection = DynamoDbMeter.snapshot();
            JsonNode before = api.get(campaignPath + "/stats/votes");

            String auditor = stack.authority().issue("sim-auditor-1", List.of("auditor"), Duration.ofHours(3));
            String secondAuditor = stack.authority().issue("sim-auditor-2", List.of("auditor"), Duration.ofHours(3));
            JsonNode alerts = api.expect(200, "GET", campaignPath + "/integrity/alerts", null, auditor).path("alerts");
            Map<String, Integer> alertsByRule = new TreeMap<>();
            Set<String> flagged = new HashSet<>();
            Set<String> reviewed = new HashSet<>();
            List<JsonNode> strong = new ArrayList<>();
            for (JsonNode alert : alerts) {
                alertsByRule.merge(alert.path("rule").asText() + " (" + alert.path("severity").asText() + ")", 1, Integer::sum);
                JsonNode detail = api.expect(200, "GET", campaignPath + "/integrity/alerts/" + alert.path("alertId").asText(), null, auditor);
                boolean isStrong = alert.path("severity").asText().equals("strong");
                if (isStrong) {
                    strong.add(detail);
                }
                for (JsonNode vote : detail.path("implicated")) {
                    String key = vote.path("voterId").asText() + "|" + vote.path("candidateId").asText();
                    (isStrong ? flagged : reviewed).add(key);
                }
            }
            Map<Scenario, Integer> flaggedBy = new LinkedHashMap<>();
            Map<Scenario, Integer> reviewedBy = new LinkedHashMap<>();
            flagged.forEach(key -> flaggedBy.merge(scenarioOfVoterId.get(key.substring(0, key.indexOf('|'))), 1, Integer::sum));
            reviewed.stream().filter(key -> !flagged.contains(key))
                    .forEach(key -> reviewedBy.merge(scenarioOfVoterId.get(key.substring(0, key.indexOf('|'))), 1, Integer::sum));

            // the auditors void what the strong alerts implicate; above four eyes a second auditor confirms
            int voids = 0;
            int confirmed = 0;
            for (JsonNode alert : strong) {
                if (alert.path("implicated").isEmpty()) {
                    continue;
                }
                ObjectNode body = JSON.createObjectNode().put("candidateId", alert.path("candidateId").asText())
                        .put("alertId", alert.path("alertId").asText())
                        .put("reason", "规则 " + alert.path("rule").asText() + " 预警，经核实为异常投票。");
                ApiClient.Answer answer = api.send("POST", campaignPath + "/integrity/voids", body.toString(), auditor);
                if (answer.status() == 409) {
                    continue; // nothing left to void: another alert's void took these votes
                }
                if (answer.status() != 201) {
                    throw new IllegalStateException("void refused: " + answer.status() + " " + answer.body());
                }
                voids++;
                if (answer.body().path("status").asText().equals("pending-confirmation")) {
                    api.expect(200, "POST", campaignPath + "/integrity/voids/" + answer.body().path("voidId").asText() + "/confirmation",
                            null, secondAuditor);
                    confirmed++;
                }
            }
            if (!stack.awaitStreamsIdle(Duration.ofMinutes(5))) {
                throw new IllegalStateException("the streams did not catch up with the voids");
            }
            JsonNode after = api.get(campaignPath + "/stats/votes");
            JsonNode published = api.get(campaignPath + "/stats/integrity");

            int totalAccepted = accepted.values().stream().mapToInt(AtomicInteger::get).sum();
            double writeUnits = afterVotes.writeCapacityUnits() - beforeVotes.writeCapacityUnits();
            double detectionReads = afterDetection.readCapacityUnits() - afterVotes.readCapacityUnits();
            report.append("Integrity simulation: one day of the demo campaign (%d finalists, %d votes per voter per day), seed %d%n"
                    .formatted(finalists.size(), DemoCampaign.PER_VOTER_PER_DAY, options.seed()));
            report.append("  %d votes accepted in %.0f s (%s refused), %.3f write units per accepted vote, integrity included%n"
                    .formatted(totalAccepted, voteSeconds, refused.isEmpty() ? "none" : refused.toString(), writeUnits / totalAccepted));
            report.append("  detection: %d runs, %.1f read units (%.2f per 1,000 votes)%n"
                    .formatted(runs, detectionReads, 1000 * detectionReads / totalAccepted));
            report.append("  alerts: %s%n".formatted(alertsByRule));
            report.append("%n  %-32s %9s %9s %8s %9s%n".formatted("scenario", "votes", "flagged", "share", "review"));
            for (Scenario scenario : Scenario.values()) {
                int votes = accepted.getOrDefault(scenario, new AtomicInteger()).get();
                int hit = flaggedBy.getOrDefault(scenario, 0);
                report.append("  %-32s %9d %9d %7.2f%% %9d   %s%n".formatted(scenario.label, votes, hit,
                        votes == 0 ? 0.0 : 100.0 * hit / votes, reviewedBy.getOrDefault(scenario, 0),
                        scenario.attack ? "recall" : "false positives"));
            }
            int honestVotes = 0;
            int honestFlagged = 0;
            for (Scenario scenario : Scenario.values()) {
                if (!scenario.attack) {
                    honestVotes += accepted.getOrDefault(scenario, new AtomicInteger()).get();
                    honestFlagged += flaggedBy.getOrDefault(scenario, 0);
                }
            }
            report.append("  %-32s %9d %9d %7.2f%%%n".formatted("all honest votes", honestVotes, honestFlagged,
                    honestVotes == 0 ? 0.0 : 100.0 * honestFlagged / honestVotes));
            report.append("%n  voids: %d (%d confirmed by a second auditor), %d votes voided; stats/integrity lists %d%n"
                    .formatted(voids, confirmed, after.path("totalVoided").asLong(), published.path("voids").size()));
            report.append("%n  finalists' ranks and valid votes before and after voiding (the top ten after, and the attacks' targets)%n".formatted());
            Map<String, String> roles = Map.of(factoryCandidate, "factory's colleague", campusCandidate, "campus's own",
                    clickTarget, "click farm's target", simTarget, "SIM farm's target", dripTarget, "slow drip's target");
            Map<String, Long> valid = new HashMap<>();
            Map<String, Integer> rankBefore = new HashMap<>();
            before.path("candidates").forEach(c -> {
                valid.put(c.path("candidateId").asText(), c.path("votes").asLong());
                rankBefore.put(c.path("candidateId").asText(), rankBefore.size() + 1);
            });
            report.append("  %-5s %-5s %-6s %-8s %8s %8s %8s%n".formatted("after", "before", "id", "name", "before", "after", "voided"));
            int rank = 0;
            for (JsonNode candidate : after.path("candidates")) {
                rank++;
                String id = candidate.path("candidateId").asText();
                if (rank <= 10 || roles.containsKey(id)) {
                    report.append("  %5d %5d  %-6s %-8s %8d %8d %8d  %s%n".formatted(rank, rankBefore.getOrDefault(id, 0), id,
                            candidate.path("name").asText(), valid.getOrDefault(id, 0L), candidate.path("votes").asLong(),
                            candidate.path("voided").asLong(), roles.getOrDefault(id, "")));
                }
            }
            report.append("  planned votes: %s%n".formatted(planned));
        }
        return report.toString();
    }

    /** Rules the simulation's campaign announces: the account's creation time comes as a token claim. */
    private static void configureWatch(ApiClient api, String admin) {
        JsonNode configuration = api.expect(200, "GET", "/v1/admin/campaigns/" + DemoCampaign.CAMPAIGN_ID, null, admin);
        ObjectNode update = (ObjectNode) configuration.deepCopy();
        update.remove("progress");
        ((ObjectNode) update.path("integrity")).put("accountClaim", ACCOUNT_CLAIM);
        api.expect(200, "PUT", "/v1/admin/campaigns/" + DemoCampaign.CAMPAIGN_ID, update.toString(), admin);
    }

    private static int cast(ApiClient api, String campaignPath, String token, Voter voter, Vote vote) {
        try {
            java.net.http.HttpRequest request = java.net.http.HttpRequest.newBuilder(java.net.URI.create(api.url(campaignPath + "/votes")))
                    .header("Authorization", "Bearer " + token)
                    .header("Content-Type", "application/json")
                    .header("X-Forwarded-For", vote.address())
                    .header("User-Agent", "Mozilla/5.0 (" + voter.userAgent() + ") MicroMessenger/8.0.50")
                    .POST(java.net.http.HttpRequest.BodyPublishers.ofString("{\"candidateId\":\"" + vote.candidateId() + "\"}"))
                    .build();
            return api.http().send(request, java.net.http.HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (java.io.IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    // ------------------------------------------------------------------ the population

    private void planHonest(List<List<Session>> steps, List<String> finalists, String factoryCandidate, String campusCandidate,
                            Instant dayStart, LocalDeployment stack, Map<String, Scenario> scenarios, Map<Scenario, Integer> planned) {
        double[] popularity = new double[finalists.size()];
        for (int i = 0; i < popularity.length; i++) {
            popularity[i] = 1.0 / Math.pow(i + 1, 0.8);
        }
        int homeNetworks = Math.max(1000, options.honestVoters() * 2 / 3);
        for (int v = 0; v < options.honestVoters(); v++) {
            Voter voter = voter("crowd-" + v, Scenario.HONEST_CROWD, honestAccountAge(), stack, scenarios);
            int home = random.nextInt(homeNetworks);
            // a third of the crowd votes from a phone on a carrier's network, the rest from home or work
            String address = random.nextDouble() < 0.33 ? carrierAddress() : "10.%d.%d.%d".formatted(home / 250, home % 250, 1 + random.nextInt(250));
            List<String> choice = pick(finalists, popularity, votesOfTheDay(), List.of());
            addSession(steps, voter, choice, address, rhythmStep(), planned);
        }
        for (int v = 0; v < options.honestVoters() / 10; v++) {
            Voter worker = voter("factory-" + v, Scenario.FACTORY, honestAccountAge(), stack, scenarios);
            // lunch break and the end of the shift, from the factory's Wi-Fi
            int minute = random.nextDouble() < 0.6 ? 11 * 60 + 30 + random.nextInt(120) : 17 * 60 + 30 + random.nextInt(90);
            List<String> choice = pick(finalists, popularity, Math.max(1, votesOfTheDay() - 1), List.of(factoryCandidate));
            addSession(steps, worker, choice, "203.0.113." + (1 + random.nextInt(250)), minute / 5, planned);
        }
        for (int v = 0; v < options.honestVoters() * 3 / 20; v++) {
            Voter student = voter("campus-" + v, Scenario.CAMPUS, honestAccountAge(), stack, scenarios);
            int minute = 19 * 60 + random.nextInt(270);
            List<String> choice = pick(finalists, popularity, Math.max(1, votesOfTheDay() - 1), List.of(campusCandidate));
            addSession(steps, student, choice, "198.51.%d.%d".formatted(100 + random.nextInt(3), 1 + random.nextInt(250)), minute / 5, planned);
        }
    }

    /** A few dozen networks, thousands of rented real accounts, one candidate, in bursts of a few minutes. */
    private void planClickFarm(List<List<Session>> steps, String target, Instant dayStart, LocalDeployment stack,
                               Map<String, Scenario> scenarios, Map<Scenario, Integer> planned) {
        int accounts = options.honestVoters() / 2;
        int[] bursts = {9 * 60 + 10, 11 * 60 + 40, 14 * 60 + 20, 16 * 60 + 50, 21 * 60 + 5, 23 * 60 + 15};
        for (int a = 0; a < accounts; a++) {
            long age = 30 + random.nextInt(1500);
            Voter account = voter("farm-" + a, Scenario.CLICK_FARM, age, stack, scenarios);
            int minute = bursts[a % bursts.length] + random.nextInt(3);
            String address = "45.%d.%d.%d".formatted(60 + random.nextInt(40), 7, 1 + random.nextInt(250));
            addSession(steps, account, List.of(target), address, minute / 5, planned);
        }
    }

    /** Accounts made in bulk days ago (SIM cards and captcha solving), each vote from another carrier address. */
    private void planSimFarm(List<List<Session>> steps, String target, Instant dayStart, LocalDeployment stack,
                             Map<String, Scenario> scenarios, Map<Scenario, Integer> planned) {
        int accounts = options.honestVoters() / 4;
        for (int a = 0; a < accounts; a++) {
            Voter account = voter("sim-" + a, Scenario.SIM_FARM, random.nextInt(4), stack, scenarios);
            int minute = 10 * 60 + random.nextInt(360);
            addSession(steps, account, List.of(target), carrierAddress(), minute / 5, planned);
        }
    }

    /** Aged accounts on hundreds of networks, a steady trickle all day for one candidate. */
    private void planSlowDrip(List<List<Session>> steps, String target, Instant dayStart, LocalDeployment stack,
                              Map<String, Scenario> scenarios, Map<Scenario, Integer> planned) {
        int accounts = options.honestVoters() / 10;
        for (int a = 0; a < accounts; a++) {
            Voter account = voter("drip-" + a, Scenario.SLOW_DRIP, 100 + random.nextInt(2000), stack, scenarios);
            int step = (int) ((long) a * STEPS / accounts);
            addSession(steps, account, List.of(target), "12.%d.%d.%d".formatted(random.nextInt(20), random.nextInt(20), 1 + random.nextInt(250)),
                    step, planned);
        }
    }

    private Voter voter(String subject, Scenario scenario, long accountAgeDays, LocalDeployment stack, Map<String, Scenario> scenarios) {
        scenarios.put(stack.voterIdOf(subject), scenario);
        // the account's creation time, as the simulated day sees it
        long createdAt = LocalDate.now(ZONE).plusDays(1).atStartOfDay(ZONE).toInstant().minus(Duration.ofDays(accountAgeDays))
                .minusSeconds(random.nextInt(86_400)).getEpochSecond();
        return new Voter(subject, scenario, createdAt, PHONES[random.nextInt(PHONES.length)]);
    }

    /** Most honest accounts are years old; a few were opened this week. */
    private long honestAccountAge() {
        return random.nextDouble() < 0.02 ? random.nextInt(7) : 60 + random.nextInt(3000);
    }

    private String carrierAddress() {
        return "11.%d.%d.%d".formatted(random.nextInt(80), random.nextInt(250), 1 + random.nextInt(250));
    }

    /** Votes an honest voter casts in a day: one to ten, fewer more often. */
    private int votesOfTheDay() {
        int votes = 1;
        while (votes < DemoCampaign.PER_VOTER_PER_DAY && random.nextDouble() < 0.72) {
            votes++;
        }
        return votes;
    }

    /** {@code count} distinct finalists by popularity, after {@code first}. */
    private List<String> pick(List<String> finalists, double[] popularity, int count, List<String> first) {
        List<String> chosen = new ArrayList<>(first);
        double total = 0;
        for (double weight : popularity) {
            total += weight;
        }
        while (chosen.size() < Math.min(count + first.size(), finalists.size())) {
            double draw = random.nextDouble() * total;
            int i = 0;
            while (i < popularity.length - 1 && (draw -= popularity[i]) > 0) {
                i++;
            }
            if (!chosen.contains(finalists.get(i))) {
                chosen.add(finalists.get(i));
            }
        }
        return chosen;
    }

    private int rhythmStep() {
        double total = 0;
        for (double weight : RHYTHM) {
            total += weight;
        }
        double draw = random.nextDouble() * total;
        int hour = 0;
        while (hour < 23 && (draw -= RHYTHM[hour]) > 0) {
            hour++;
        }
        return hour * 12 + random.nextInt(12);
    }

    private void addSession(List<List<Session>> steps, Voter voter, List<String> candidates, String address, int step,
                            Map<Scenario, Integer> planned) {
        List<Vote> votes = new ArrayList<>();
        for (String candidate : candidates) {
            votes.add(new Vote(candidate, address));
        }
        steps.get(Math.min(STEPS - 1, step)).add(new Session(voter, votes));
        planned.merge(voter.scenario(), votes.size(), Integer::sum);
    }
}
