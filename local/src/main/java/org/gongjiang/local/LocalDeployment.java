package org.gongjiang.local;

import com.amazonaws.services.lambda.runtime.logging.LogLevel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gongjiang.local.demo.DemoCampaign;
import org.gongjiang.local.emulator.dynamodb.DynamoDbLocal;
import org.gongjiang.local.emulator.dynamodb.LocalTables;
import org.gongjiang.local.emulator.faults.FaultyDynamoDbProxy;
import org.gongjiang.local.emulator.faults.Faults;
import org.gongjiang.local.emulator.http.HttpFront;
import org.gongjiang.local.emulator.http.JwtAuthority;
import org.gongjiang.local.emulator.http.LocalLoginProvider;
import org.gongjiang.local.emulator.http.LocalRoutes;
import org.gongjiang.local.emulator.http.StaticSite;
import org.gongjiang.local.emulator.http.RouteTable;
import org.gongjiang.local.emulator.lambda.FunctionCode;
import org.gongjiang.local.emulator.lambda.LambdaFunction;
import org.gongjiang.local.emulator.lambda.LocalClock;
import org.gongjiang.local.emulator.schedule.LocalSchedules;
import org.gongjiang.local.emulator.s3.LocalS3;
import org.gongjiang.local.emulator.secrets.LocalSecrets;
import org.gongjiang.voting.model.VoterHasher;
import org.gongjiang.local.emulator.stream.StreamEventSourceMapping;
import org.gongjiang.local.template.Intrinsics;
import org.gongjiang.local.template.SamTemplate;

/**
 * The whole service on one machine: DynamoDB Local in-process with the template's tables, the
 * template's functions behind an emulated HTTP API (routes, JWT authorizer, CORS) and the votes
 * stream feeding the aggregator through an emulated event source mapping; plus the demo campaign.
 */
public final class LocalDeployment implements AutoCloseable {

    public static final String LOCAL_ISSUER = "https://login.local.gongjiang.test/";
    public static final String LOCAL_AUDIENCE = "gongjiang-local";
    /** The template's voter-hash secret (its logical id). */
    static final String VOTER_HASH_SECRET = "VoterHashKeySecret";
    /** What AWS::StackId stands for locally (the template names the attachments bucket after the stack's id). */
    static final String LOCAL_STACK_ID = "arn:aws:cloudformation:ddblocal:000000000000:stack/gongjiang-local/00000000-0000-4000-8000-000000000000";

    private final DynamoDbLocal dynamo;
    private final HttpFront front;
    private final JwtAuthority authority;
    private final List<StreamEventSourceMapping> streams;
    private final LocalSchedules schedules;
    private final Map<String, LambdaFunction> functions;
    private final SamTemplate template;
    private final List<String> servedRouteKeys;
    private final LocalClock functionClock;
    private final Optional<DemoCampaign.Outcome> demo;
    private final VoterHasher voters;
    private final FaultyDynamoDbProxy faultyDynamo;
    private final Faults faults;
    private final String bindAddress;
    private final LocalS3 s3;

    private LocalDeployment(LocalS3 s3, DynamoDbLocal dynamo, FaultyDynamoDbProxy faultyDynamo, HttpFront front, JwtAuthority authority,
                       List<StreamEventSourceMapping> streams, LocalSchedules schedules, Map<String, LambdaFunction> functions,
                       SamTemplate template,
                       List<String> servedRouteKeys, LocalClock functionClock, Optional<DemoCampaign.Outcome> demo,
                       VoterHasher voters, Faults faults, String bindAddress) {
        this.s3 = s3;
        this.dynamo = dynamo;
        this.faultyDynamo = faultyDynamo;
        this.faults = faults;
        this.bindAddress = bindAddress;
        this.front = front;
        this.authority = authority;
        this.streams = streams;
        this.schedules = schedules;
        this.functions = functions;
        this.template = template;
        this.servedRouteKeys = servedRouteKeys;
        this.functionClock = functionClock;
        this.demo = demo;
        this.voters = voters;
    }

    /** How to run: the README documents each flag of {@link #main}. */
    public record Options(int port, Optional<Path> dataDir, int dynamoPort, Integer batchSize, Path template,
                          boolean demo, boolean trustForwardedFor, String bindAddress, String faults, int streamLanes,
                          boolean deployedJars, String dynamoDbCpus) {

        /** Where the stack listens unless told otherwise: this machine only. */
        public static final String LOOPBACK = "127.0.0.1";

        public Options(int port, Optional<Path> dataDir, int dynamoPort, Integer batchSize, Path template, boolean demo,
                       boolean trustForwardedFor) {
            this(port, dataDir, dynamoPort, batchSize, template, demo, trustForwardedFor, LOOPBACK, "", 1, false, "");
        }

        public static Options defaults() {
            return new Options(3000, Optional.empty(), 8000, null, findTemplate(), true, false);
        }

        /** For tests: any free ports, in memory. */
        public static Options ephemeral() {
            return new Options(0, Optional.empty(), 0, null, findTemplate(), true, false);
        }

        public Options withBatchSize(Integer size) {
            return new Options(port, dataDir, dynamoPort, size, template, demo, trustForwardedFor, bindAddress, faults, streamLanes, deployedJars, dynamoDbCpus);
        }

        public Options withDemo(boolean seed) {
            return new Options(port, dataDir, dynamoPort, batchSize, template, seed, trustForwardedFor, bindAddress, faults, streamLanes, deployedJars, dynamoDbCpus);
        }

        /** Take the caller's address from X-Forwarded-For (tests and the simulator speak as many networks). */
        public Options trustingForwardedFor(boolean trust) {
            return new Options(port, dataDir, dynamoPort, batchSize, template, demo, trust, bindAddress, faults, streamLanes, deployedJars, dynamoDbCpus);
        }

        /** Inject faults ({@link Faults#parse}); empty: none. */
        public Options withFaults(String spec) {
            return new Options(port, dataDir, dynamoPort, batchSize, template, demo, trustForwardedFor, bindAddress, spec, streamLanes, deployedJars, dynamoDbCpus);
        }

        public Options onPort(int chosen) {
            return new Options(chosen, dataDir, dynamoPort, batchSize, template, demo, trustForwardedFor, bindAddress, faults, streamLanes, deployedJars, dynamoDbCpus);
        }

        /** Fan each stream shard out into {@code lanes} virtual shards, as a busy table's several shards. */
        public Options withStreamLanes(int lanes) {
            return new Options(port, dataDir, dynamoPort, batchSize, template, demo, trustForwardedFor, bindAddress, faults, lanes, deployedJars, dynamoDbCpus);
        }

        /**
         * Run every function from the jar its template CodeUri names, in a class loader of its own over
         * the Lambda runtime's classes only, as Lambda does: what the build left out of a jar fails here,
         * not on AWS. The stack's DynamoDB meter (an SDK interceptor on the local classpath) does not see
         * these functions' requests.
         */
        public Options withDeployedJars(boolean fromJars) {
            return new Options(port, dataDir, dynamoPort, batchSize, template, demo, trustForwardedFor, bindAddress, faults, streamLanes,
                    fromJars, dynamoDbCpus);
        }

        /**
         * DynamoDB Local in a process of its own, held to the CPUs {@code cpus} ({@code taskset -c} syntax, e.g.
         * {@code 0}); empty: inside this JVM. For measurements (local/floor --dynamodb-cpus): DynamoDB on AWS does
         * not share the functions' CPUs.
         */
        public Options withDynamoDbProcess(String cpus) {
            return new Options(port, dataDir, dynamoPort, batchSize, template, demo, trustForwardedFor, bindAddress, faults, streamLanes,
                    deployedJars, cpus == null ? "" : cpus);
        }

        public Options boundTo(String address) {
            return new Options(port, dataDir, dynamoPort, batchSize, template, demo, trustForwardedFor, address, faults, streamLanes, deployedJars, dynamoDbCpus);
        }
    }

    public static LocalDeployment start(Options requested) throws Exception {
        // The public port opens last, but the store's CORS and the pages' configuration need it first:
        // a port left to the system is chosen now.
        Options options = requested.port() == 0 ? requested.onPort(HttpFront.freePort(requested.bindAddress())) : requested;
        Clock clock = Clock.systemUTC();
        LocalClock functionClock = new LocalClock();
        SamTemplate template = SamTemplate.read(options.template());
        LocalSecrets secrets = LocalSecrets.open(options.dataDir());
        JwtAuthority authority = new JwtAuthority(secrets.signingKeys(), secrets.signingKeyId(), LOCAL_ISSUER,
                List.of(LOCAL_AUDIENCE), clock);
        Faults faults = options.faults() == null || options.faults().isBlank() ? Faults.none() : Faults.parse(options.faults());
        DynamoDbLocal dynamo = options.dynamoDbCpus() == null || options.dynamoDbCpus().isBlank()
                ? DynamoDbLocal.start(options.bindAddress(), options.dynamoPort(), options.dataDir().map(d -> d.resolve("dynamodb")))
                : DynamoDbLocal.startProcess(options.bindAddress(), options.dynamoPort(), options.dataDir().map(d -> d.resolve("dynamodb")),
                        options.dynamoDbCpus());
        FaultyDynamoDbProxy faultyDynamo = null;
        HttpFront front = null;
        LocalS3 s3 = null;
        List<StreamEventSourceMapping> streams = new ArrayList<>();
        LocalSchedules schedules = new LocalSchedules(functionClock, () -> {
            for (StreamEventSourceMapping stream : streams) {
                stream.awaitIdle(Duration.ofSeconds(30));
            }
        });
        try {
            LocalTables.createAll(dynamo.client(), template);
            Map<String, String> parameters = parameters(template);
            Map<String, String> references = new HashMap<>(parameters);
            template.tables().keySet().forEach(table -> references.put(table, table));
            references.put("AWS::StackId", LOCAL_STACK_ID);
            references.put("AWS::StackName", "gongjiang-local");
            references.put("AWS::Region", DynamoDbLocal.REGION);
            references.put("AWS::Partition", "aws");
            references.put("AWS::AccountId", "000000000000");
            references.put("AWS::URLSuffix", "amazonaws.com");
            Map<String, String> secretValues = new HashMap<>();
            Map<String, String> secretsByArn = new HashMap<>();
            SamTemplate.map(template.document().get("Resources")).forEach((id, resource) -> {
                if ("AWS::SecretsManager::Secret".equals(SamTemplate.map(resource).get("Type"))) {
                    String arn = "arn:aws:secretsmanager:" + DynamoDbLocal.REGION + ":000000000000:secret:" + id + "-local";
                    secretValues.put(id, secrets.secret(id));
                    secretsByArn.put(arn, secrets.secret(id));
                    references.put(id, arn);
                }
            });
            secrets.save();
            Intrinsics intrinsics = new Intrinsics(references, secretValues, SamTemplate.map(template.document().get("Conditions")));
            Map<String, Object> globals = SamTemplate.map(SamTemplate.map(template.document().get("Globals")).get("Function"));

            Map<String, LambdaFunction> functions = java.util.Collections.synchronizedMap(new LinkedHashMap<>());
            // The front binds its port first: the functions are told where the local Secrets Manager is.
            RouteTable<HttpFront.Target> routes = new RouteTable<>();
            Map<String, Object> corsConfiguration = template.httpApis().values().stream()
                    .map(api -> SamTemplate.map(api.get("CorsConfiguration"))).findFirst().orElse(Map.of());
            LocalRoutes localRoutes = new LocalRoutes(authority,
                    () -> streams.stream().map(StreamEventSourceMapping::stats).toList(), secretsByArn, clock, functionClock,
                    schedules::runAll, faults::injected, functions::get);
            HttpFront.requireFree(options.bindAddress(), options.port());
            LocalLoginProvider login = new LocalLoginProvider(authority, LOCAL_AUDIENCE, clock);
            StaticSite pages = new StaticSite(login::pagesConfiguration);
            front = new HttpFront(options.bindAddress(), options.port(), routes, authority, HttpFront.Cors.from(corsConfiguration),
                    localRoutes, login, pages, options.trustForwardedFor());
            String internalUrl = "http://" + Options.LOOPBACK + ":" + front.internalPort();
            // the attachments bucket: browsers PUT and GET through pre-signed URLs, from the local pages' origin
            s3 = LocalS3.start(options.bindAddress(), reachable(options.bindAddress()), options.dataDir().map(d -> d.resolve("s3")),
                    LocalS3.bucketNames(template, intrinsics), pagesOrigin(options));
            // the clerk's page PUTs files to the store's pre-signed URLs, on another port than the pages
            pages.allowConnectionsTo(java.net.URI.create(s3.endpoint()).resolve("/").toString().replaceAll("/$", ""));
            String secretsEndpoint = internalUrl + LocalRoutes.SECRETS_MANAGER_PATH;
            String functionsDynamoEndpoint = dynamo.endpoint();
            if (faults.touchesDynamoDb()) {
                faultyDynamo = new FaultyDynamoDbProxy(reachable(options.bindAddress()), dynamo.endpoint(), faults);
                functionsDynamoEndpoint = faultyDynamo.endpoint();
            }

            FunctionCode code = options.deployedJars()
                    ? FunctionCode.deployedJars(options.template().toAbsolutePath().getParent(), globals)
                    : FunctionCode.classpath();
            for (SamTemplate.FunctionSpec spec : template.functions().values()) {
                Map<String, String> environment = new LinkedHashMap<>();
                spec.environment().forEach((name, value) -> environment.put(name, intrinsics.resolve(value)));
                environment.put("AWS_REGION", DynamoDbLocal.REGION);
                environment.put("AWS_LAMBDA_FUNCTION_NAME", spec.logicalId());
                environment.put("DYNAMODB_ENDPOINT", functionsDynamoEndpoint);
                environment.put("SECRETSMANAGER_ENDPOINT", secretsEndpoint);
                environment.put("S3_ENDPOINT", s3.endpoint());
                int memory = Integer.parseInt(String.valueOf(spec.properties().getOrDefault("MemorySize",
                        globals.getOrDefault("MemorySize", 128))));
                int timeout = Integer.parseInt(String.valueOf(spec.properties().getOrDefault("Timeout",
                        globals.getOrDefault("Timeout", 3))));
                LogLevel level = LogLevel.fromString(String.valueOf(SamTemplate.map(spec.properties()
                        .getOrDefault("LoggingConfig", globals.get("LoggingConfig"))).getOrDefault("ApplicationLogLevel", "INFO")));
                LambdaFunction function = LambdaFunction.load(spec, code.loaderFor(spec), environment, functionClock, memory, timeout,
                        level, faults);
                functions.put(spec.logicalId(), function);
                for (SamTemplate.HttpRoute route : spec.routes()) {
                    route.authorizer().ifPresent(name -> requireJwtAuthorizer(template, route, name));
                    routes.add(route.method(), route.path(), new HttpFront.Target(function, route.authorizer()));
                }
                spec.schedules().forEach(schedule -> schedules.add(schedule, function));
                for (SamTemplate.StreamSource source : spec.streams()) {
                    String streamArn = dynamo.client().describeTable(b -> b.tableName(source.tableId())).table().latestStreamArn();
                    var settings = StreamEventSourceMapping.Settings.from(source, parameters, options.batchSize());
                    Optional<Path> position = options.dataDir().map(d -> d.resolve("streams").resolve(spec.logicalId() + ".json"));
                    streams.add(new StreamEventSourceMapping(spec.logicalId(), function::invoke, dynamo.streams(), streamArn,
                            settings, clock, faults, position, options.streamLanes()));
                }
            }

            streams.forEach(StreamEventSourceMapping::start);
            schedules.start();
            VoterHasher voters = VoterHasher.fromSecret(secrets.secret(VOTER_HASH_SECRET));
            DemoCampaign.Stack demoStack = new DemoCampaign.Stack() {
                @Override
                public String voterIdOf(String subject) {
                    return voters.voterFor(LOCAL_ISSUER, subject).hash();
                }

                @Override
                public void awaitCounted() throws InterruptedException {
                    // not the integrity watch's mapping: the snapshot copies counters only, and the watch's
                    // batching window (10 s) would be waited for
                    for (StreamEventSourceMapping stream : streams) {
                        Object function = stream.stats().get("function");
                        if (template.functions().get(String.valueOf(function)).environment().containsKey("COUNTERS_TABLE")) {
                            stream.awaitIdle(Duration.ofSeconds(30));
                        }
                    }
                }
            };
            Optional<DemoCampaign.Outcome> demo = options.demo()
                    ? Optional.of(DemoCampaign.ensure(internalUrl, authority, functionClock, demoStack))
                    : Optional.empty();
            faults.arm();
            // Ready: only now does the public port answer, so nobody sees a campaign without its ballot.
            front.start();
            return new LocalDeployment(s3, dynamo, faultyDynamo, front, authority, streams, schedules, functions, template,
                    routes.routeKeys(), functionClock, demo, voters, faults,
                    options.bindAddress());
        } catch (Exception | Error e) {
            schedules.close();
            if (front != null) {
                front.close();
            }
            if (faultyDynamo != null) {
                faultyDynamo.close();
            }
            for (StreamEventSourceMapping stream : streams) {
                stream.close();
            }
            if (s3 != null) {
                s3.close();
            }
            dynamo.close();
            throw e;
        }
    }

    /** Parameter values: the local issuer and audience for the JWT authorizer, the rest at their defaults. */
    private static Map<String, String> parameters(SamTemplate template) {
        Map<String, String> values = new HashMap<>();
        template.parameters().forEach((name, definition) -> {
            Object fallback = SamTemplate.map(definition).get("Default");
            if (fallback != null) {
                values.put(name, String.valueOf(fallback));
            }
        });
        values.put("ExistingVoterHashKeySecretArn", "");
        values.put("JwtIssuer", LOCAL_ISSUER);
        values.put("JwtAudience", LOCAL_AUDIENCE);
        return values;
    }

    /** The local authority stands in for the template's JWT authorizer, configured by JwtIssuer/JwtAudience. */
    private static void requireJwtAuthorizer(SamTemplate template, SamTemplate.HttpRoute route, String name) {
        Map<String, Object> api = template.httpApis().get(route.apiId());
        Map<String, Object> authorizer = SamTemplate.map(SamTemplate.map(SamTemplate.map(api.get("Auth")).get("Authorizers")).get(name));
        Map<String, Object> jwt = SamTemplate.map(authorizer.get("JwtConfiguration"));
        if (jwt.isEmpty() || !Map.of("Ref", "JwtIssuer").equals(jwt.get("issuer"))) {
            throw new IllegalArgumentException(route.routeKey() + ": authorizer " + name
                    + " must be a JWT authorizer whose issuer is !Ref JwtIssuer");
        }
    }

    /**
     * The pseudonymous voter id the functions give a local login's {@code subject} (what auditors see): for
     * tests and the simulator, which must tell their own voters apart in alerts. Nothing on AWS can do this
     * without the secret.
     */
    public String voterIdOf(String subject) {
        return voters.voterFor(LOCAL_ISSUER, subject).hash();
    }

    public int port() {
        return front.port();
    }

    public String url() {
        return "http://" + reachable(bindAddress) + ":" + port();
    }

    /**
     * The local pages' origin, which the store's CORS allows: the front's address (its port chosen
     * before anything starts).
     */
    static String pagesOrigin(Options options) {
        return "http://" + reachable(options.bindAddress()) + ":" + options.port();
    }

    /** How this machine reaches a server bound to {@code bindAddress} (a wildcard: through the loopback). */
    static String reachable(String bindAddress) {
        return bindAddress.equals("0.0.0.0") || bindAddress.equals("::") || bindAddress.equals("[::]")
                ? Options.LOOPBACK : bindAddress.contains(":") ? "[" + bindAddress + "]" : bindAddress;
    }

    /** The faults this stack injects, with what it injected so far. */
    public Faults faults() {
        return faults;
    }

    /** The clock the functions tell time by (POST /local/clock moves it). */
    public LocalClock functionClock() {
        return functionClock;
    }

    /** What the demo campaign's walk left, when the stack made one. */
    public Optional<DemoCampaign.Outcome> demo() {
        return demo;
    }

    /** The local S3 store (the attachments bucket). */
    public LocalS3 s3() {
        return s3;
    }

    public DynamoDbLocal dynamo() {
        return dynamo;
    }

    public JwtAuthority authority() {
        return authority;
    }

    public SamTemplate template() {
        return template;
    }

    /** The route keys the HTTP front serves (besides its own /local/ routes). */
    public List<String> servedRouteKeys() {
        return servedRouteKeys;
    }

    public List<StreamEventSourceMapping> streams() {
        return streams;
    }

    public Map<String, LambdaFunction> functions() {
        return functions;
    }

    /** Runs every scheduled function now, as POST /local/schedules/run does. */
    public List<Map<String, Object>> runSchedules() {
        return schedules.runAll();
    }

    /** Stops or resumes the schedules' timed runs ({@link #runSchedules} runs them whatever). */
    public void pauseSchedules(boolean pause) {
        schedules.pauseTimer(pause);
    }

    /** Holds every stream mapping ({@link StreamEventSourceMapping#hold}): the records wait in the streams. */
    public void holdStreams() {
        streams.forEach(StreamEventSourceMapping::hold);
    }

    public void releaseStreams() {
        streams.forEach(StreamEventSourceMapping::release);
    }

    /** Waits until the stream mappings have handled every record written so far. */
    public boolean awaitStreamsIdle(Duration timeout) throws InterruptedException {
        for (StreamEventSourceMapping stream : streams) {
            if (!stream.awaitIdle(timeout)) {
                return false;
            }
        }
        return true;
    }

    @Override
    public void close() throws Exception {
        schedules.close();
        front.close();
        if (faultyDynamo != null) {
            faultyDynamo.close();
        }
        for (StreamEventSourceMapping stream : streams) {
            stream.close();
        }
        s3.close();
        dynamo.close();
    }

    public static Path findTemplate() {
        Path directory = Paths.get("").toAbsolutePath();
        while (directory != null) {
            Path candidate = directory.resolve("template.yaml");
            if (Files.exists(candidate)) {
                return candidate;
            }
            directory = directory.getParent();
        }
        return Paths.get("template.yaml");
    }

    public static void main(String[] args) {
        Options options;
        try {
            options = parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.println(USAGE);
            System.exit(2);
            return;
        }
        if (options == null) {
            System.out.println(USAGE);
            System.exit(0);
            return;
        }
        try {
            LocalDeployment stack = start(options);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    stack.close();
                } catch (Exception ignored) {
                    // exiting anyway
                }
            }));
            System.out.println(banner(stack, options));
            if (!isLoopback(options.bindAddress())) {
                System.err.println("WARNING: listening on " + options.bindAddress() + ": anyone who can reach this machine"
                        + " can mint admin tokens, move the clock and read the local voter-hash and personal-data keys."
                        + " Use --bind 127.0.0.1 (the default) unless you mean it.");
            }
            if (stack.faults().any()) {
                System.err.println("faults on: " + options.faults());
            }
            Thread.currentThread().join();
        } catch (InterruptedException e) {
            System.exit(0);
        } catch (Exception e) {
            e.printStackTrace();
            System.err.println("the local stack could not start: " + e.getMessage());
            // DynamoDB Local leaves non-daemon threads behind
            System.exit(1);
        }
    }

    public static final String USAGE = """
            usage: local/run [--port 3000] [--data-dir DIR] [--dynamodb-port 8000] [--batch-size N]
                             [--template template.yaml] [--no-demo] [--trust-forwarded-for]
                             [--bind 127.0.0.1] [--faults KIND=VALUE,...] [--stream-lanes N]
                             [--deployed-jars]
              --port           HTTP port of the API (default 3000)
              --data-dir       keep DynamoDB data and local secrets in DIR across restarts (default: in memory)
              --dynamodb-port  port of the embedded DynamoDB Local (default 8000; 0 picks a free one)
              --batch-size     stream batch size of the aggregator's event source mapping (default 100)
              --template       the SAM template to run (default: ./template.yaml or the nearest parent's)
              --no-demo        do not create the demo campaign
              --trust-forwarded-for  take each request's source address from X-Forwarded-For, as if it came
                               through a proxy (off by default: anyone could claim any address)
              --bind           the interface the API and DynamoDB Local listen on (default 127.0.0.1, this
                               machine only; 0.0.0.0 opens them, and with them token minting, the clock
                               and the local secrets, to the whole network)
              --faults         inject faults, e.g. dynamodb-throttle=0.1,dynamodb-error=0.02,lambda-crash=0.01,
                               container-recycle=0.01,stream-delay=5s,stream-redeliver=0.05,seed=7 (off by default)
              --stream-lanes   fan each stream shard out into N virtual shards by partition key, each with its
                               own shard id and thread, as a busy table's several shards on AWS (default 1)
              --deployed-jars  run each function from the jar its CodeUri names (functions/target/*.jar, built by
                               ./mvnw package), in a class loader of its own, as on Lambda (default: the classpath)""";

    public static Options parse(String[] args) {
        Options options = Options.defaults();
        int port = options.port();
        Optional<Path> dataDir = options.dataDir();
        int dynamoPort = options.dynamoPort();
        Integer batchSize = null;
        Path template = options.template();
        boolean demo = true;
        boolean trustForwardedFor = false;
        String bindAddress = Options.LOOPBACK;
        String faults = "";
        int streamLanes = 1;
        boolean deployedJars = false;
        for (int i = 0; i < args.length; i++) {
            String flag = args[i];
            switch (flag) {
                case "--help", "-h" -> {
                    return null;
                }
                case "--no-demo" -> demo = false;
                case "--trust-forwarded-for" -> trustForwardedFor = true;
                case "--deployed-jars" -> deployedJars = true;
                case "--port", "--data-dir", "--dynamodb-port", "--batch-size", "--template", "--bind", "--faults", "--stream-lanes" -> {
                    if (i + 1 >= args.length) {
                        throw new IllegalArgumentException(flag + " needs a value");
                    }
                    String value = args[++i];
                    try {
                        switch (flag) {
                            case "--port" -> port = Integer.parseInt(value);
                            case "--data-dir" -> dataDir = Optional.of(Paths.get(value));
                            case "--dynamodb-port" -> dynamoPort = Integer.parseInt(value);
                            case "--batch-size" -> batchSize = Integer.parseInt(value);
                            case "--bind" -> bindAddress = value;
                            case "--faults" -> faults = value;
                            case "--stream-lanes" -> streamLanes = Integer.parseInt(value);
                            default -> template = Paths.get(value);
                        }
                    } catch (NumberFormatException e) {
                        throw new IllegalArgumentException(flag + " needs a number, not " + value);
                    }
                }
                default -> throw new IllegalArgumentException("unknown option " + flag);
            }
        }
        if (batchSize != null && (batchSize < 1 || batchSize > 10_000)) {
            throw new IllegalArgumentException("--batch-size must be 1..10000");
        }
        if (!faults.isBlank()) {
            Faults.parse(faults);
        }
        if (streamLanes < 1 || streamLanes > 64) {
            throw new IllegalArgumentException("--stream-lanes must be 1..64");
        }
        return new Options(port, dataDir, dynamoPort, batchSize, template, demo, trustForwardedFor, bindAddress, faults, streamLanes, deployedJars, "");
    }

    static boolean isLoopback(String address) {
        return address.equals("localhost") || address.startsWith("127.") || address.equals("::1") || address.equals("[::1]");
    }

    private static String banner(LocalDeployment stack, Options options) {
        String url = stack.url();
        return """

                gongjiang local stack is running
                  pages      %s/   (log in with any name: the login page is local only)
                  API        %s   (routes from %s)
                  DynamoDB   %s   (%s)
                  stream     aggregator batch size %d
                  demo       %s

                  token      curl -s -X POST %s/local/tokens -d '{"sub":"voter-1"}'
                  ballot     curl -s %s/v1/campaigns/%s/candidates
                  metrics    curl -s %s/local/metrics
                Stop with Ctrl-C.
                """.formatted(url, url, options.template(), stack.dynamo().endpoint(),
                options.dataDir().map(d -> "data in " + d.toAbsolutePath()).orElse("in memory"),
                stack.streams().isEmpty() ? 0 : stack.streams().getFirst().settings().batchSize(),
                stack.demo().map(d -> "campaign %s: %d finalists out of %d nominations%s, voting open for 30 days; %s closed, winners named"
                        .formatted(DemoCampaign.CAMPAIGN_ID, d.finalists(), d.nominations(), d.created() ? " (walked through review just now)" : "",
                                DemoCampaign.CLOSED_CAMPAIGN_ID))
                        .orElse("none (--no-demo)"),
                url, url, DemoCampaign.CAMPAIGN_ID, url);
    }
}
