package org.gongjiang.local.emulator.faults;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Executors;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

/**
 * Stands between the functions and DynamoDB Local when faults are on: forwards each call, or answers
 * it as a throttled or failing DynamoDB would. The functions' SDK client sees real HTTP answers, so
 * its real retry settings, and then the functions' own handling, are what gets tested.
 */
public final class FaultyDynamoDbProxy implements AutoCloseable {

    private static final String JSON_1_0 = "application/x-amz-json-1.0";
    // HttpClient sets these itself; the rest of the SDK's signed headers pass through as they came.
    private static final Set<String> NOT_FORWARDED = Set.of("host", "content-length", "connection", "expect", "upgrade",
            "transfer-encoding", "keep-alive");

    private final Server server;
    private final ServerConnector connector;
    private final URI target;
    private final Faults faults;
    private final HttpClient client = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2))
            .executor(Executors.newVirtualThreadPerTaskExecutor())
            .build();

    public FaultyDynamoDbProxy(String bindAddress, String dynamoEndpoint, Faults faults) throws Exception {
        this.target = URI.create(dynamoEndpoint);
        this.faults = faults;
        QueuedThreadPool threads = new QueuedThreadPool(256);
        threads.setName("faulty-dynamodb");
        threads.setVirtualThreadsExecutor(Executors.newVirtualThreadPerTaskExecutor());
        this.server = new Server(threads);
        this.connector = new ServerConnector(server);
        connector.setHost(bindAddress);
        connector.setPort(0);
        server.addConnector(connector);
        server.setHandler(new Handler.Abstract() {
            @Override
            public boolean handle(Request request, Response response, Callback callback) throws Exception {
                forward(request, response, callback);
                return true;
            }
        });
        server.start();
    }

    public String endpoint() {
        return "http://" + connector.getHost() + ":" + connector.getLocalPort();
    }

    private void forward(Request request, Response response, Callback callback) throws IOException, InterruptedException {
        byte[] body;
        try (InputStream in = Content.Source.asInputStream(request)) {
            body = in.readAllBytes();
        }
        Faults.DynamoFault fault = faults.nextDynamoCall();
        if (fault == Faults.DynamoFault.THROTTLE) {
            error(response, callback, 400, "ThrottlingException", "Rate of requests exceeds the allowed throughput (injected).");
            return;
        }
        if (fault == Faults.DynamoFault.ERROR_BEFORE_WRITE) {
            error(response, callback, 500, "InternalServerError", "Internal server error (injected before the call).");
            return;
        }
        HttpRequest.Builder forwarded = HttpRequest.newBuilder(target.resolve(request.getHttpURI().getPathQuery()))
                .timeout(Duration.ofSeconds(30))
                .method(request.getMethod(), HttpRequest.BodyPublishers.ofByteArray(body));
        for (HttpField field : request.getHeaders()) {
            if (!NOT_FORWARDED.contains(field.getName().toLowerCase(Locale.ROOT))) {
                forwarded.header(field.getName(), field.getValue());
            }
        }
        HttpResponse<byte[]> answer = client.send(forwarded.build(), HttpResponse.BodyHandlers.ofByteArray());
        if (fault == Faults.DynamoFault.ERROR_AFTER_WRITE) {
            error(response, callback, 500, "InternalServerError", "Internal server error (injected after the call took effect).");
            return;
        }
        response.setStatus(answer.statusCode());
        answer.headers().map().forEach((name, values) -> {
            if (!NOT_FORWARDED.contains(name.toLowerCase(Locale.ROOT)) && !name.startsWith(":")) {
                values.forEach(value -> response.getHeaders().add(name, value));
            }
        });
        response.write(true, ByteBuffer.wrap(answer.body()), callback);
    }

    private static void error(Response response, Callback callback, int status, String code, String message) {
        response.setStatus(status);
        response.getHeaders().put("Content-Type", JSON_1_0);
        response.getHeaders().put("x-amzn-ErrorType", code);
        String body = "{\"__type\":\"com.amazonaws.dynamodb.v20120810#" + code + "\",\"message\":\"" + message + "\"}";
        response.write(true, ByteBuffer.wrap(body.getBytes(StandardCharsets.UTF_8)), callback);
    }

    @Override
    public void close() throws Exception {
        server.stop();
        client.close();
    }
}
