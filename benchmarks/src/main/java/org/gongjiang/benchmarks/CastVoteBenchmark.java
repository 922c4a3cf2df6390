package org.gongjiang.benchmarks;

import com.amazonaws.services.lambda.runtime.ClientContext;
import com.amazonaws.services.lambda.runtime.CognitoIdentity;
import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.LambdaLogger;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.amazonaws.services.lambda.runtime.serialization.PojoSerializer;
import com.amazonaws.services.lambda.runtime.serialization.events.LambdaEventSerializers;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.gongjiang.campaign.application.CampaignDirectory;
import org.gongjiang.campaign.application.CampaignStore;
import org.gongjiang.campaign.model.Campaign;
import org.gongjiang.campaign.model.CampaignProgress;
import org.gongjiang.campaign.model.Category;
import org.gongjiang.campaign.model.Criterion;
import org.gongjiang.campaign.model.Label;
import org.gongjiang.campaign.model.RankingWeights;
import org.gongjiang.campaign.model.VoteRules;
import org.gongjiang.platform.model.LocalizedText;
import org.gongjiang.platform.model.TimeWindow;
import org.gongjiang.voting.application.CandidateDirectory;
import org.gongjiang.voting.application.CandidateStore;
import org.gongjiang.voting.application.SuspendedVoters;
import org.gongjiang.voting.application.SuspensionStore;
import org.gongjiang.voting.application.VotingService;
import org.gongjiang.voting.dynamodb.DynamoBallotStore;
import org.gongjiang.voting.handler.CastVoteHandler;
import org.gongjiang.voting.model.Candidate;
import org.gongjiang.voting.model.VoterHasher;
import org.gongjiang.voting.model.VoterId;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The vote function's own CPU per vote: the Lambda runtime's serializer turns the API Gateway event's JSON
 * into the event object, the handler reads the token's claims, parses and validates the body, checks the
 * campaign, candidate and suspension (in-memory caches, as when warm), hashes the voter (HMAC), seals the
 * receipt, builds the ballot's conditional UpdateItem with the SDK's request builders, and renders the 201;
 * the serializer writes the answer's JSON. DynamoDB is an in-memory ballot table ({@link InMemoryBallots})
 * that applies the write's condition, so every vote is accepted as on AWS.
 *
 * <p>The events are the fixture {@code events/CastVoteFunction/vote.201.json} with 1,024 different voters
 * (token and claims) voting for 32 finalists; the table is emptied each time they come round again.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 10, time = 2)
@Fork(value = 2, jvmArgsAppend = {"-Xmx1g"})
public class CastVoteBenchmark {

    static final String CAMPAIGN = "sichuan-2026";
    static final int VOTERS = 1024;
    static final int FINALISTS = 32;

    private CastVoteHandler handler;
    private PojoSerializer<APIGatewayV2HTTPEvent> eventJson;
    private PojoSerializer<APIGatewayV2HTTPResponse> responseJson;
    private byte[][] events;
    private APIGatewayV2HTTPEvent[] parsedEvents;
    private InMemoryBallots ballots;
    private final Context context = new BenchmarkContext();
    private int next;
    private PrintStream stdout;

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        // the handler writes one EMF metrics line per invocation to stdout (as on Lambda); formatted, not shown
        stdout = System.out;
        System.setOut(new PrintStream(OutputStream.nullOutputStream(), false, StandardCharsets.UTF_8));
        Clock clock = Clock.systemUTC();
        Instant now = clock.instant();
        Campaign campaign = campaign(new TimeWindow(now.minus(Duration.ofDays(1)), now.plus(Duration.ofDays(30))));
        CampaignDirectory campaigns = new CampaignDirectory(new OneCampaign(campaign), clock, Duration.ofSeconds(30));
        List<Candidate> finalists = new ArrayList<>();
        for (int i = 1; i <= FINALISTS; i++) {
            finalists.add(new Candidate(CAMPAIGN, String.format("N%04d", i), "候选人" + i, "四川某某装备制造有限公司", "equipment",
                    "510100", "成都市", "craftsman", "数控机床装调维修工", "三十年扎根一线。", Optional.empty(), false));
        }
        CandidateDirectory candidates = new CandidateDirectory(new Finalists(finalists), clock, Duration.ofSeconds(30));
        SuspendedVoters suspended = new SuspendedVoters(new NoSuspensions(), clock, Duration.ofSeconds(30));
        VoterHasher voters = VoterHasher.fromSecret("benchmark-voter-hash-key-0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJ");
        ballots = new InMemoryBallots();
        VotingService voting = new VotingService(campaigns, candidates, new DynamoBallotStore(ballots, "VotesTable"), suspended,
                () -> voters, clock);
        handler = new CastVoteHandler(voting, voters, clock);
        eventJson = LambdaEventSerializers.serializerFor(APIGatewayV2HTTPEvent.class, getClass().getClassLoader());
        responseJson = LambdaEventSerializers.serializerFor(APIGatewayV2HTTPResponse.class, getClass().getClassLoader());
        events = events(fixture());
        parsedEvents = new APIGatewayV2HTTPEvent[events.length];
        for (int i = 0; i < events.length; i++) {
            parsedEvents[i] = eventJson.fromJson(new ByteArrayInputStream(events[i]));
        }
        // a first round, checked: every vote answers 201
        for (byte[] event : events) {
            String answer = castVote(event);
            if (!answer.contains("\"statusCode\":201")) {
                throw new IllegalStateException("the benchmark's vote was not accepted: " + answer);
            }
        }
        ballots.clear();
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        System.setOut(stdout);
    }

    /** One vote from its JSON event to its JSON answer, the Lambda runtime's (de)serialisation included. */
    @Benchmark
    public String castVote() {
        return castVote(nextEvent());
    }

    /** The handler alone: event object in, response object out. */
    @Benchmark
    public APIGatewayV2HTTPResponse castVoteHandlerOnly() {
        int at = nextIndex();
        return handler.handleRequest(parsedEvents[at], context);
    }

    private byte[] nextEvent() {
        return events[nextIndex()];
    }

    private int nextIndex() {
        if (next == events.length) {
            next = 0;
            ballots.clear();
        }
        return next++;
    }

    private String castVote(byte[] json) {
        APIGatewayV2HTTPEvent event = eventJson.fromJson(new ByteArrayInputStream(json));
        APIGatewayV2HTTPResponse response = handler.handleRequest(event, context);
        ByteArrayOutputStream out = new ByteArrayOutputStream(512);
        responseJson.toJson(response, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    private static Path fixture() {
        Path here = Path.of("").toAbsolutePath();
        for (Path dir = here; dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("events/CastVoteFunction/vote.201.json");
            if (Files.exists(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("events/CastVoteFunction/vote.201.json not found above " + here);
    }

    /** The fixture with {@link #VOTERS} voters (their tokens and the authorizer's claims), each for one of the finalists. */
    static byte[][] events(Path fixture) throws IOException {
        ObjectMapper json = new ObjectMapper();
        ObjectNode template = (ObjectNode) json.readTree(fixture.toFile());
        String authorization = template.path("headers").path("authorization").asText();
        String[] token = authorization.substring("Bearer ".length()).split("\\.");
        ObjectNode payload = (ObjectNode) json.readTree(Base64.getUrlDecoder().decode(token[1]));
        byte[][] events = new byte[VOTERS][];
        for (int i = 0; i < VOTERS; i++) {
            String subject = "wx-bench-" + i;
            payload.put("sub", subject);
            String signed = token[0] + "." + Base64.getUrlEncoder().withoutPadding()
                    .encodeToString(json.writeValueAsBytes(payload)) + "." + token[2];
            ObjectNode event = template.deepCopy();
            ((ObjectNode) event.path("headers")).put("authorization", "Bearer " + signed);
            ((ObjectNode) event.path("requestContext").path("authorizer").path("jwt").path("claims")).put("sub", subject);
            event.put("body", "{\"candidateId\":\"" + String.format("N%04d", 1 + i % FINALISTS) + "\"}");
            ((ObjectNode) event.path("pathParameters")).put("campaignId", CAMPAIGN);
            events[i] = json.writeValueAsBytes(event);
        }
        return events;
    }

    static Campaign campaign(TimeWindow voting) {
        TimeWindow nominations = new TimeWindow(voting.opensAt().minus(Duration.ofDays(40)), voting.opensAt().minus(Duration.ofDays(30)));
        return new Campaign(CAMPAIGN, LocalizedText.of("第五届“四川工匠”评选", "5th Sichuan Craftsmen"), ZoneId.of("Asia/Shanghai"),
                nominations, Duration.ofDays(7), voting, new VoteRules(5, 1),
                List.of(new Category("craftsman", LocalizedText.of("工匠", "Craftsman"), Category.Eligibility.ANYONE)),
                List.of(Label.of("equipment", "装备制造", "Equipment")),
                List.of(Label.of("gold", "金", "Gold")),
                Criterion.STANDARDS, new RankingWeights(0.7, 0.3), 3, 5, 180, 1);
    }

    private record OneCampaign(Campaign campaign) implements CampaignStore {
        @Override
        public Optional<Campaign> find(String campaignId) {
            return Optional.of(campaign).filter(c -> c.campaignId().equals(campaignId));
        }

        @Override
        public List<Campaign> list() {
            return List.of(campaign);
        }

        @Override
        public Optional<Stored> findStored(String campaignId) {
            return find(campaignId).map(c -> new Stored(c, CampaignProgress.NONE));
        }

        @Override
        public boolean create(Campaign created) {
            throw new UnsupportedOperationException();
        }

        @Override
        public boolean replace(Campaign replaced, long expectedVersion, CampaignProgress seen) {
            throw new UnsupportedOperationException();
        }
    }

    private record Finalists(List<Candidate> finalists) implements CandidateStore {
        @Override
        public List<Candidate> list(String campaignId) {
            return finalists;
        }

        @Override
        public void save(Candidate candidate) {
            throw new UnsupportedOperationException();
        }
    }

    private static final class NoSuspensions implements SuspensionStore {
        @Override
        public Set<String> suspended(String campaignId) {
            return Set.of();
        }

        @Override
        public boolean suspend(String campaignId, VoterId voter) {
            throw new UnsupportedOperationException();
        }

        @Override
        public boolean lift(String campaignId, VoterId voter) {
            throw new UnsupportedOperationException();
        }
    }

    private static final class BenchmarkContext implements Context {
        private final LambdaLogger logger = new LambdaLogger() {
            @Override
            public void log(String message) {
            }

            @Override
            public void log(byte[] message) {
            }
        };

        @Override
        public String getAwsRequestId() {
            return "00000000-0000-4000-8000-000000000000";
        }

        @Override
        public String getLogGroupName() {
            return "/aws/lambda/CastVoteFunction";
        }

        @Override
        public String getLogStreamName() {
            return "benchmark";
        }

        @Override
        public String getFunctionName() {
            return "CastVoteFunction";
        }

        @Override
        public String getFunctionVersion() {
            return "1";
        }

        @Override
        public String getInvokedFunctionArn() {
            return "arn:aws:lambda:cn-north-1:000000000000:function:CastVoteFunction:live";
        }

        @Override
        public CognitoIdentity getIdentity() {
            return null;
        }

        @Override
        public ClientContext getClientContext() {
            return null;
        }

        @Override
        public int getRemainingTimeInMillis() {
            return 10_000;
        }

        @Override
        public int getMemoryLimitInMB() {
            return 1024;
        }

        @Override
        public LambdaLogger getLogger() {
            return logger;
        }
    }
}
