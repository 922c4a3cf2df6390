package org.gongjiang.local.emulator.dynamodb;

import com.amazonaws.services.dynamodbv2.local.main.ServerRunner;
import com.amazonaws.services.dynamodbv2.local.server.DynamoDBProxyServer;
import java.io.IOException;
import java.lang.reflect.Field;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.streams.DynamoDbStreamsClient;

/**
 * DynamoDB Local running inside this JVM, in memory or in a folder. It serves HTTP on a port like the
 * real service, so the functions reach it through the same SDK client they use on AWS.
 */
public final class DynamoDbLocal implements AutoCloseable {

    public static final String REGION = "us-east-1";

    /** Stops what serves: the server in this JVM, or the process of its own. */
    private final AutoCloseable server;
    private final String endpoint;
    private final DynamoDbClient client;
    private final DynamoDbStreamsClient streams;
    /** The process of its own, when it runs in one. */
    private final Optional<ProcessHandle> process;

    private DynamoDbLocal(AutoCloseable server, Optional<ProcessHandle> process, String host, int port) {
        this.server = server;
        this.process = process;
        this.endpoint = "http://" + host + ":" + port;
        var credentials = StaticCredentialsProvider.create(AwsBasicCredentials.create("local", "local"));
        this.client = DynamoDbClient.builder().endpointOverride(URI.create(endpoint)).region(Region.of(REGION))
                .credentialsProvider(credentials).httpClient(UrlConnectionHttpClient.create()).build();
        this.streams = DynamoDbStreamsClient.builder().endpointOverride(URI.create(endpoint)).region(Region.of(REGION))
                .credentialsProvider(credentials).httpClient(UrlConnectionHttpClient.create()).build();
    }

    /** Starts on {@code port} (0: any free port) of the loopback, in memory unless {@code dataDir} is given. */
    public static DynamoDbLocal start(int port, Optional<Path> dataDir) throws Exception {
        return start("127.0.0.1", port, dataDir);
    }

    /** Starts listening on {@code bindAddress} only. */
    public static DynamoDbLocal start(String bindAddress, int port, Optional<Path> dataDir) throws Exception {
        int chosen = port == 0 ? freePort() : port;
        List<String> arguments = new ArrayList<>(List.of("-port", Integer.toString(chosen), "-sharedDb", "-disableTelemetry"));
        if (dataDir.isPresent()) {
            Files.createDirectories(dataDir.get());
            arguments.addAll(List.of("-dbPath", dataDir.get().toAbsolutePath().toString()));
        } else {
            arguments.add("-inMemory");
        }
        DynamoDBProxyServer server = ServerRunner.createServerFromCommandLineArgs(arguments.toArray(String[]::new));
        bind(server, bindAddress);
        server.start();
        return new DynamoDbLocal(server::stop, Optional.empty(), host(bindAddress), chosen);
    }

    /** Refuses what {@code taskset -c} would not take as a CPU list (0, 0-1, 0,2) before anything is started. */
    public static String requireCpuList(String cpus) {
        if (cpus == null || !cpus.matches("[0-9]+([,-][0-9]+)*")) {
            throw new IllegalArgumentException("CPUs as taskset -c takes them (0, 0-1, 0,2), not " + cpus);
        }
        return cpus;
    }

    private static String host(String bindAddress) {
        boolean wildcard = bindAddress.equals("0.0.0.0") || bindAddress.equals("::");
        return wildcard ? "127.0.0.1" : bindAddress.contains(":") ? "[" + bindAddress + "]" : bindAddress;
    }

    /**
     * Starts DynamoDB Local in a JVM of its own ({@link DynamoDbLocalProcess}, this JVM's class path), held to
     * the CPUs {@code cpus} by {@code taskset -c}: for measurements where DynamoDB must not share the cores of
     * what calls it, as on AWS. The process ends when this one closes it, or exits.
     */
    public static DynamoDbLocal startProcess(String bindAddress, int port, Optional<Path> dataDir, String cpus) throws Exception {
        requireCpuList(cpus);
        int chosen = port == 0 ? freePort() : port;
        List<String> command = new ArrayList<>(List.of("taskset", "-c", cpus,
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "--enable-native-access=ALL-UNNAMED",
                "-cp", System.getProperty("java.class.path"), DynamoDbLocalProcess.class.getName(), bindAddress, Integer.toString(chosen)));
        dataDir.ifPresent(dir -> command.add(dir.toAbsolutePath().toString()));
        Process process;
        try {
            process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        } catch (IOException e) {
            throw new IllegalStateException("taskset not found (Debian: apt-get install util-linux)", e);
        }
        var ready = new java.io.BufferedReader(new java.io.InputStreamReader(process.getInputStream(), java.nio.charset.StandardCharsets.UTF_8));
        // DynamoDB Local prints its configuration first; what follows the ready line is drained, not shown
        StringBuilder said = new StringBuilder();
        for (String line = ready.readLine(); !DynamoDbLocalProcess.READY.equals(line); line = ready.readLine()) {
            if (line == null) {
                process.destroyForcibly();
                throw new IllegalStateException("DynamoDB Local's process did not start (exit " + process.waitFor() + "): " + said);
            }
            said.append(line).append('\n');
        }
        Thread drain = new Thread(() -> {
            try {
                ready.transferTo(java.io.Writer.nullWriter());
            } catch (IOException closed) {
                // the process ended
            }
        }, "dynamodb-local-output");
        drain.setDaemon(true);
        drain.start();
        return new DynamoDbLocal(() -> {
            process.getOutputStream().close();
            if (!process.waitFor(10, java.util.concurrent.TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        }, Optional.of(process.toHandle()), host(bindAddress), chosen);
    }

    /**
     * DynamoDB Local has no option for the interface: its Jetty server listens on every one. Its connector
     * is told the interface before it starts (DynamoDB Local keeps the server in a private field).
     */
    private static void bind(DynamoDBProxyServer server, String bindAddress) throws ReflectiveOperationException {
        Field field = DynamoDBProxyServer.class.getDeclaredField("server");
        field.setAccessible(true);
        Server jetty = (Server) field.get(server);
        for (Connector connector : jetty.getConnectors()) {
            if (connector instanceof ServerConnector network) {
                network.setHost(bindAddress);
            }
        }
    }

    public String endpoint() {
        return endpoint;
    }

    public DynamoDbClient client() {
        return client;
    }

    /**
     * The CPU time its process has used so far, when it runs in a process of its own (in this JVM its
     * threads cannot be told from the stack's).
     */
    public Optional<Duration> processCpuTime() {
        return process.flatMap(handle -> handle.info().totalCpuDuration());
    }

    public DynamoDbStreamsClient streams() {
        return streams;
    }

    @Override
    public void close() throws Exception {
        client.close();
        streams.close();
        server.close();
    }

    public static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
