package org.gongjiang.local.emulator.dynamodb;

import com.amazonaws.services.dynamodbv2.local.main.ServerRunner;
import com.amazonaws.services.dynamodbv2.local.server.DynamoDBProxyServer;
import java.io.IOException;
import java.lang.reflect.Field;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
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

    private final DynamoDBProxyServer server;
    private final String endpoint;
    private final DynamoDbClient client;
    private final DynamoDbStreamsClient streams;

    private DynamoDbLocal(DynamoDBProxyServer server, String host, int port) {
        this.server = server;
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
        boolean wildcard = bindAddress.equals("0.0.0.0") || bindAddress.equals("::");
        return new DynamoDbLocal(server, wildcard ? "127.0.0.1" : bindAddress.contains(":") ? "[" + bindAddress + "]" : bindAddress, chosen);
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

    public DynamoDbStreamsClient streams() {
        return streams;
    }

    @Override
    public void close() throws Exception {
        client.close();
        streams.close();
        server.stop();
    }

    public static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
