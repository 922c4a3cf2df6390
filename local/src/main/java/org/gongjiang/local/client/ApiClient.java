package org.gongjiang.local.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** The API as the local tools (the demo, the load tool) call it: JSON over HTTP, a bearer token where one is given. */
public final class ApiClient {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final String baseUrl;
    private final HttpClient http;

    public ApiClient(String baseUrl) {
        this.baseUrl = baseUrl;
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
    }

    public HttpClient http() {
        return http;
    }

    public String url(String path) {
        return baseUrl + path;
    }

    /** An answer: its status and its JSON body (missing when empty). */
    public record Answer(int status, JsonNode body) {
    }

    public Answer send(String method, String path, String body, String token) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(Duration.ofSeconds(30))
                .header("Cache-Control", "no-cache")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        HttpResponse<String> response;
        try {
            response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(method + " " + path + " failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(method + " " + path + " interrupted", e);
        }
        try {
            return new Answer(response.statusCode(),
                    response.body().isEmpty() ? MissingNode.getInstance() : JSON.readTree(response.body()));
        } catch (IOException e) {
            throw new IllegalStateException(method + " " + path + " answered %d without JSON: %s"
                    .formatted(response.statusCode(), response.body()), e);
        }
    }

    /** Sends the request and insists on {@code status}: anything else stops the caller with the answer's body. */
    public JsonNode expect(int status, String method, String path, String body, String token) {
        Answer answer = send(method, path, body, token);
        if (answer.status() != status) {
            throw new IllegalStateException("%s %s answered %d, not %d: %s".formatted(method, path, answer.status(), status,
                    answer.body()));
        }
        return answer.body();
    }

    /** A GET, sent again after each 503 with Retry-After (a read is always safe to repeat), up to ten times. */
    public JsonNode get(String path) {
        for (int attempt = 1; ; attempt++) {
            Answer answer = send("GET", path, null, null);
            if (answer.status() == 503 && attempt < 10) {
                try {
                    Thread.sleep(1000);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("GET " + path + " interrupted", e);
                }
                continue;
            }
            if (answer.status() != 200) {
                throw new IllegalStateException("GET %s answered %d, not 200: %s".formatted(path, answer.status(), answer.body()));
            }
            return answer.body();
        }
    }
}
