package org.gongjiang.local.coldstart;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.gongjiang.local.LocalDeployment;
import org.gongjiang.local.coldstart.child.ColdStartRunner;
import org.gongjiang.local.demo.DemoCampaign;
import org.gongjiang.local.emulator.lambda.LambdaFunction;

/**
 * Cold starts of the vote, ballot and stats functions (and a staff function, for the layout question),
 * measured in fresh JVMs against a local stack's DynamoDB Local: for each function, each configuration
 * and each run, a new JVM ({@link ColdStartRunner}) whose classpath is the deployed
 * functions/target/functions.jar, the runner and the Lambda runtime's serializer, with the function's
 * environment from template.yaml pointed at the local stack. The parent times the spawn to the first
 * answer; the child reports its own split (JVM start to main, Init, the first invocation) and the
 * duration of invocations 10, 100 and 1000 in the same JVM. Every vote is a real one by a voter of its
 * own, and every answer's status is checked (201 for the vote, 200 for the reads).
 *
 * <p>Configurations: {@code default} (the JDK's defaults), {@code c1} (tiered compilation stopped at C1,
 * as Lambda's Java runtime runs), {@code c1+appcds} (c1 with an AppCDS archive of the function's classes,
 * made by a training run with -XX:ArchiveClassesAtExit), {@code primed} (c1, with the SnapStart priming
 * hooks run after Init, before the first invocation: what a SnapStart restore starts from),
 * {@code provisioned} (c1, initialised as Lambda initialises an environment of provisioned concurrency,
 * AWS_LAMBDA_INITIALIZATION_TYPE=provisioned-concurrency: the priming runs in Init, which happens before
 * any request; its first invocation is what a voter meets in a warm instance where SnapStart is not offered).
 *
 * <pre>local/cold-start [--runs 3] [--invocations 1000] [--functions vote,ballot,stats,staff]
 *                   [--configs default,c1,c1+appcds,primed,provisioned] [--functions-jar PATH]</pre>
 */
public final class ColdStartTool {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String COMPAT = "org.gongjiang.local.coldstart.child.crac";
    private static final List<String> C1 = List.of("-XX:+TieredCompilation", "-XX:TieredStopAtLevel=1");

    /** A function measured: its template logical id, its handler class and the fixture its events are made from. */
    record Function(String name, String logicalId, String handler, String fixture, int expected, boolean primes) {
    }

    static final List<Function> FUNCTIONS = List.of(
            new Function("vote", "CastVoteFunction", "org.gongjiang.voting.handler.CastVoteHandler",
                    "events/CastVoteFunction/vote.201.json", 201, true),
            new Function("ballot", "ListCandidatesFunction", "org.gongjiang.voting.handler.ListCandidatesHandler",
                    "events/ListCandidatesFunction/all.200.json", 200, true),
            new Function("stats", "GetStatsFunction", "org.gongjiang.stats.handler.GetStatsHandler",
                    "events/GetStatsFunction/summary.200.json", 200, true),
            new Function("staff", "GetCampaignConfigFunction", "org.gongjiang.campaign.handler.GetCampaignConfigHandler",
                    "events/GetCampaignConfigFunction/demo.200.json", 200, false));

    static final List<String> CONFIGS = List.of("default", "c1", "c1+appcds", "primed", "provisioned");

    /** What one fresh JVM measured, in nanoseconds (prime: 0 unless primed). */
    record Sample(long spawnToAnswer, long jvm, long init, long prime, long first, long tenth, long hundredth, long thousandth,
                  long cpuInit, long cpuFirst) {
    }

    private final Path root;
    private final Path work;
    private final String javaCommand;
    private final int invocations;
    private final String tag = Long.toString(System.currentTimeMillis(), 36);
    private int voters;
    private List<String> extraOptions = List.of();
    private boolean keepOutput;
    private int spawnedChildren;
    private Path functionsJar;

    ColdStartTool(Path root, String java, int invocations) throws IOException {
        this.root = root;
        this.work = root.resolve("local/target/cold-start");
        this.javaCommand = java;
        this.invocations = invocations;
        Files.createDirectories(work);
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> flags = new LinkedHashMap<>();
        for (int i = 0; i < args.length; i += 2) {
            if (!args[i].startsWith("--") || i + 1 >= args.length) {
                System.err.println("usage: local/cold-start [--runs 3] [--invocations 1000] [--functions vote,ballot,stats,staff]"
                        + " [--configs default,c1,c1+appcds,primed,provisioned]");
                System.exit(2);
            }
            flags.put(args[i].substring(2), args[i + 1]);
        }
        int runs = Integer.parseInt(flags.getOrDefault("runs", "3"));
        int invocations = Integer.parseInt(flags.getOrDefault("invocations", "1000"));
        List<Function> functions = FUNCTIONS.stream()
                .filter(f -> List.of(flags.getOrDefault("functions", "vote,ballot,stats,staff").split(",")).contains(f.name())).toList();
        List<String> configs = List.of(flags.getOrDefault("configs", String.join(",", CONFIGS)).split(","));
        Path root = LocalDeployment.findTemplate().getParent();
        String java = Paths.get(System.getProperty("java.home"), "bin", "java").toString();
        ColdStartTool tool = new ColdStartTool(root, java, invocations);
        // e.g. --java-options -Xlog:class+load:stdout --keep-output true: which classes each step loads
        tool.extraOptions = flags.containsKey("java-options") ? List.of(flags.get("java-options").split(" ")) : List.of();
        tool.keepOutput = Boolean.parseBoolean(flags.getOrDefault("keep-output", "false"));
        // another build of the functions to compare (a before and an after)
        tool.functionsJar = Paths.get(flags.getOrDefault("functions-jar", root.resolve("functions/target/functions.jar").toString()))
                .toAbsolutePath();
        String loadBefore = loadAverage();
        try (LocalDeployment stack = LocalDeployment.start(LocalDeployment.Options.ephemeral().withBatchSize(1000))) {
            String report = tool.measure(stack, functions, configs, runs, loadBefore);
            Path out = root.resolve("local/target/cold-start.txt");
            Files.writeString(out, report);
            System.out.print(report);
            System.out.println("written to " + out);
        }
        // DynamoDB Local leaves non-daemon threads behind
        System.exit(0);
    }

    String measure(LocalDeployment stack, List<Function> functions, List<String> configs, int runs, String loadBefore) throws Exception {
        if (!Files.exists(functionsJar)) {
            throw new IllegalStateException(functionsJar + " not built: ./mvnw -pl functions -am package");
        }
        String classpath = String.join(java.io.File.pathSeparator, functionsJar.toString(), runnerJar().toString(), serializerJar().toString());
        List<String> finalists = finalists(stack);
        Map<String, Map<String, List<Sample>>> samples = new LinkedHashMap<>();
        Map<String, Long> trainings = new LinkedHashMap<>();
        for (Function function : functions) {
            samples.put(function.name(), new LinkedHashMap<>());
            if (configs.contains("c1+appcds")) {
                // the training run: the classes a container loads through its first invocations, archived at exit
                Path archive = archive(function);
                Files.deleteIfExists(archive);
                List<String> options = new ArrayList<>(C1);
                options.add("-XX:ArchiveClassesAtExit=" + archive);
                long started = System.nanoTime();
                run(stack, function, classpath, options, false, Map.of(), finalists, Math.min(invocations, 100));
                trainings.put(function.name(), System.nanoTime() - started);
                if (!Files.exists(archive)) {
                    throw new IllegalStateException("no AppCDS archive made at " + archive);
                }
            }
        }
        for (int r = 1; r <= runs; r++) {
            for (Function function : functions) {
                for (String config : configs) {
                    if (!function.primes() && (config.equals("primed") || config.equals("provisioned"))) {
                        // no priming hooks: the same JVM as c1
                        continue;
                    }
                    Map<String, String> initialization = config.equals("provisioned")
                            ? Map.of("AWS_LAMBDA_INITIALIZATION_TYPE", "provisioned-concurrency")
                            : Map.of("AWS_LAMBDA_INITIALIZATION_TYPE", config.equals("primed") ? "snap-start" : "on-demand");
                    Sample sample = run(stack, function, classpath, options(config, function), config.equals("primed"), initialization,
                            finalists, invocations);
                    samples.get(function.name()).computeIfAbsent(config, c -> new ArrayList<>()).add(sample);
                    System.err.printf("run %d %-6s %-9s first answer %6.0f ms%n", r, function.name(), config, sample.spawnToAnswer() / 1e6);
                }
            }
        }
        return report(functions, configs, runs, samples, trainings, functionsJar, loadBefore);
    }

    private List<String> options(String config, Function function) {
        List<String> options = new ArrayList<>();
        switch (config) {
            case "default" -> {
            }
            case "c1" -> options.addAll(C1);
            case "c1+appcds" -> {
                options.addAll(C1);
                options.add("-XX:SharedArchiveFile=" + archive(function));
            }
            case "primed" -> {
                options.addAll(C1);
                options.add("-Dorg.crac.Core.Compat=" + COMPAT);
            }
            case "provisioned" -> options.addAll(C1);
            default -> throw new IllegalArgumentException("unknown configuration " + config + " (" + String.join(", ", CONFIGS) + ")");
        }
        return options;
    }

    private Path archive(Function function) {
        return work.resolve(function.name() + ".jsa");
    }

    /** One fresh JVM: spawned, timed to its first answer, read to its end; every answer's status checked. */
    private Sample run(LocalDeployment stack, Function function, String classpath, List<String> options, boolean prime,
                       Map<String, String> initialization, List<String> finalists, int count) throws Exception {
        Path events = events(function, finalists, count);
        LambdaFunction deployed = stack.functions().get(function.logicalId());
        List<String> command = new ArrayList<>();
        command.add(javaCommand);
        command.addAll(options);
        command.addAll(extraOptions);
        command.add("-cp");
        command.add(classpath);
        command.add(ColdStartRunner.class.getName());
        command.add(function.handler());
        command.add(events.toString());
        command.add(Integer.toString(count));
        command.add(Integer.toString(function.expected()));
        command.add(Boolean.toString(prime));
        Path errors = work.resolve(function.name() + "-stderr.log");
        ProcessBuilder builder = new ProcessBuilder(command).redirectError(errors.toFile());
        // the function's environment only, as Lambda gives it (plus the variables a JVM needs to find itself)
        Map<String, String> environment = builder.environment();
        environment.keySet().retainAll(List.of("PATH", "HOME", "LANG", "TZ"));
        environment.putAll(deployed.environment());
        environment.putAll(initialization);
        long spawned = System.nanoTime();
        command.add(Long.toString(spawned));
        builder.command(command);
        Process child = builder.start();
        Map<String, Long> reported = new LinkedHashMap<>();
        long answered = 0;
        List<String> unexpected = new ArrayList<>();
        StringBuilder kept = new StringBuilder();
        int spawn = ++spawnedChildren;
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (keepOutput) {
                    kept.append(line).append('\n');
                }
                if (!line.startsWith("coldstart: ")) {
                    continue;
                }
                String[] parts = line.substring("coldstart: ".length()).split(" ", 3);
                if (parts[0].equals("first")) {
                    answered = System.nanoTime() - spawned;
                }
                if (parts[0].equals("unexpected")) {
                    unexpected.add(line);
                } else if (parts[0].equals("done")) {
                    reported.put("wrong", Long.parseLong(parts[2].substring("wrong ".length())));
                } else {
                    reported.put(parts[0], Long.parseLong(parts[1]));
                }
            }
        }
        if (keepOutput) {
            Files.writeString(work.resolve("%s-%02d.out".formatted(function.name(), spawn)), String.join(" ", options) + "\n" + kept);
        }
        if (!child.waitFor(5, TimeUnit.MINUTES) || child.exitValue() != 0) {
            child.destroyForcibly();
            throw new IllegalStateException(function.name() + " " + options + ": the runner failed (exit "
                    + (child.isAlive() ? "none" : child.exitValue()) + ", its stderr in " + errors + ")" + unexpected);
        }
        if (reported.getOrDefault("wrong", -1L) != 0 || answered == 0) {
            throw new IllegalStateException(function.name() + " " + options + ": answers other than " + function.expected()
                    + " (a measurement of a refusal is worthless): " + unexpected);
        }
        return new Sample(answered, reported.get("jvm"), reported.get("init"), reported.getOrDefault("prime", 0L), reported.get("first"),
                reported.getOrDefault("invocation10", 0L), reported.getOrDefault("invocation100", 0L),
                reported.getOrDefault("invocation1000", 0L), reported.getOrDefault("cpu-init", -1L),
                reported.getOrDefault("cpu-first", -1L));
    }

    /**
     * The function's events, one JSON line each, made from its fixture: for the vote, {@code count} voters
     * never seen before (the token's and the authorizer's subject), each voting for one of the finalists.
     */
    private Path events(Function function, List<String> finalists, int count) throws IOException {
        ObjectNode template = (ObjectNode) JSON.readTree(root.resolve(function.fixture()).toFile());
        Path file = work.resolve(function.name() + "-events.jsonl");
        StringBuilder lines = new StringBuilder();
        if (!function.name().equals("vote")) {
            lines.append(JSON.writeValueAsString(template)).append('\n');
        } else {
            String[] token = template.path("headers").path("authorization").asText().substring("Bearer ".length()).split("\\.");
            ObjectNode payload = (ObjectNode) JSON.readTree(Base64.getUrlDecoder().decode(token[1]));
            for (int i = 0; i < count; i++) {
                String subject = "cold-" + tag + "-" + (voters++);
                payload.put("sub", subject);
                ObjectNode event = template.deepCopy();
                ((ObjectNode) event.path("headers")).put("authorization", "Bearer " + token[0] + "."
                        + Base64.getUrlEncoder().withoutPadding().encodeToString(JSON.writeValueAsBytes(payload)) + "." + token[2]);
                ((ObjectNode) event.path("requestContext").path("authorizer").path("jwt").path("claims")).put("sub", subject);
                event.put("body", JSON.writeValueAsString(Map.of("candidateId", finalists.get(i % finalists.size()))));
                lines.append(JSON.writeValueAsString(event)).append('\n');
            }
        }
        Files.writeString(file, lines);
        return file;
    }

    private static List<String> finalists(LocalDeployment stack) throws IOException, InterruptedException, URISyntaxException {
        HttpResponse<String> ballot = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                new URI(stack.url() + "/v1/campaigns/" + DemoCampaign.CAMPAIGN_ID + "/candidates")).build(),
                HttpResponse.BodyHandlers.ofString());
        List<String> ids = new ArrayList<>();
        for (JsonNode candidate : JSON.readTree(ballot.body()).path("candidates")) {
            ids.add(candidate.path("candidateId").asText());
        }
        if (ids.isEmpty()) {
            throw new IllegalStateException("the demo campaign has no finalists: " + ballot.body());
        }
        return ids;
    }

    /** The runner's classes (and the stand-in CRaC implementation) in a jar of their own: AppCDS archives classes from jars only. */
    private Path runnerJar() throws IOException {
        Path jar = work.resolve("runner.jar");
        String prefix = ColdStartRunner.class.getPackageName().replace('.', '/') + "/";
        List<String> names = new ArrayList<>();
        try {
            Path source = Paths.get(ColdStartRunner.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            if (Files.isDirectory(source)) {
                try (var files = Files.walk(source.resolve(prefix))) {
                    files.filter(p -> p.toString().endsWith(".class")).forEach(p -> names.add(source.relativize(p).toString().replace('\\', '/')));
                }
            } else {
                try (var zip = new java.util.zip.ZipFile(source.toFile())) {
                    zip.stream().map(java.util.zip.ZipEntry::getName).filter(n -> n.startsWith(prefix) && n.endsWith(".class")).forEach(names::add);
                }
            }
        } catch (URISyntaxException e) {
            throw new IOException(e);
        }
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            for (String name : names) {
                out.putNextEntry(new JarEntry(name));
                try (InputStream in = ColdStartRunner.class.getClassLoader().getResourceAsStream(name)) {
                    in.transferTo(out);
                }
                out.closeEntry();
            }
        }
        return jar;
    }

    /** The jar of the Lambda runtime's event serializer (aws-lambda-java-serialization), which the runtime brings, not the function. */
    private static Path serializerJar() {
        try {
            return Paths.get(com.amazonaws.services.lambda.runtime.serialization.PojoSerializer.class.getProtectionDomain()
                    .getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String loadAverage() {
        try {
            Process uptime = new ProcessBuilder("uptime").redirectErrorStream(true).start();
            String line = new String(uptime.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
            uptime.waitFor();
            return line;
        } catch (IOException | InterruptedException e) {
            return "load average %.2f".formatted(ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        }
    }

    private String report(List<Function> functions, List<String> configs, int runs, Map<String, Map<String, List<Sample>>> samples,
                          Map<String, Long> trainings, Path functionsJar, String loadBefore) throws IOException {
        StringBuilder out = new StringBuilder();
        out.append("cold start, %d fresh JVMs per function and configuration, %s, %d cores%n".formatted(runs,
                Runtime.version(), Runtime.getRuntime().availableProcessors()));
        out.append("%s (%.1f MB), against DynamoDB Local; %s%n".formatted(functionsJar,
                Files.size(functionsJar) / 1e6, Instant.now()));
        out.append("uptime before: %s%nuptime after:  %s%n".formatted(loadBefore, loadAverage()));
        out.append("""
                columns (median of the runs, ms except where said): answer = spawn to the first answer, measured by the parent;
                jvm = spawn to main; init = handler class loaded, constructed, runtime serializers made; prime = SnapStart
                priming (primed only; provisioned primes inside init); 1st = invocation 1 (after priming, for primed and provisioned); #10, #100, #1000 = that invocation, us;
                cpu-init = the JVM's CPU time (all its threads) from start through init; cpu-1st = its CPU time in invocation 1;
                runs = every run's answer
                """);
        out.append("%-7s %-11s %7s %6s %6s %6s %7s %7s %7s %7s %8s %7s  %s%n".formatted("fn", "config", "answer", "jvm", "init", "prime",
                "1st", "#10us", "#100us", "#1000us", "cpu-init", "cpu-1st", "runs"));
        for (Function function : functions) {
            for (String config : configs) {
                List<Sample> list = samples.get(function.name()).get(config);
                if (list == null) {
                    continue;
                }
                out.append("%-7s %-11s %7.0f %6.0f %6.0f %6s %7.1f %7.0f %7.0f %7s %8.0f %7.0f  %s%n".formatted(function.name(), config,
                        median(list, Sample::spawnToAnswer) / 1e6, median(list, Sample::jvm) / 1e6, median(list, Sample::init) / 1e6,
                        config.equals("primed") ? "%.0f".formatted(median(list, Sample::prime) / 1e6) : "-",
                        median(list, Sample::first) / 1e6, median(list, Sample::tenth) / 1e3, median(list, Sample::hundredth) / 1e3,
                        invocations >= 1000 ? "%.0f".formatted(median(list, Sample::thousandth) / 1e3) : "-",
                        median(list, Sample::cpuInit) / 1e6, median(list, Sample::cpuFirst) / 1e6,
                        String.join(" ", list.stream().map(s -> "%.0f".formatted(s.spawnToAnswer() / 1e6)).toList())));
            }
        }
        if (!trainings.isEmpty()) {
            out.append("AppCDS training runs (c1, %d invocations, archive written at exit): ".formatted(Math.min(invocations, 100)));
            out.append(String.join(", ", trainings.entrySet().stream().map(e -> {
                try {
                    return "%s %.1f s, %.1f MB".formatted(e.getKey(), e.getValue() / 1e9,
                            Files.size(work.resolve(e.getKey() + ".jsa")) / 1e6);
                } catch (IOException ex) {
                    return e.getKey();
                }
            }).toList())).append('\n');
        }
        out.append("every answer checked: %s%n".formatted(String.join(", ", functions.stream()
                .map(f -> f.name() + " " + f.expected()).toList())));
        return out.toString();
    }

    private static double median(List<Sample> samples, java.util.function.ToLongFunction<Sample> value) {
        long[] values = samples.stream().mapToLong(value).sorted().toArray();
        return values.length % 2 == 1 ? values[values.length / 2] : (values[values.length / 2 - 1] + values[values.length / 2]) / 2.0;
    }

}
