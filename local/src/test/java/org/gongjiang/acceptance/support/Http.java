package org.gongjiang.acceptance.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * A small HTTP client for tests that talk to the local stack as a phone or a script would. Every
 * answer of a documented route is held to the OpenAPI document: whatever a test sends, an answer the
 * document does not describe fails it.
 */
public final class Http {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    private final String base;

    public Http(String base) {
        this.base = base;
    }

    public record Response(int status, java.net.http.HttpHeaders headers, String body) {
        public JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (Exception e) {
                throw new AssertionError("not JSON (" + status + "): " + body, e);
            }
        }

        public String header(String name) {
            return headers.firstValue(name).orElse(null);
        }

        public String contentType() {
            return header("content-type");
        }
    }

    public Response get(String path, String... headers) {
        return send("GET", path, null, headers);
    }

    public Response post(String path, String body, String... headers) {
        return send("POST", path, body, headers);
    }

    public Response send(String method, String path, String body, String... headers) {
        return sendBytes(method, path, body == null ? null : body.getBytes(java.nio.charset.StandardCharsets.UTF_8), headers);
    }

    public Response sendBytes(String method, String path, byte[] body, String... headers) {
        Response response;
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30))
                    .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
            for (int i = 0; i + 1 < headers.length; i += 2) {
                request.header(headers[i], headers[i + 1]);
            }
            HttpResponse<String> sent = CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
            response = new Response(sent.statusCode(), sent.headers(), sent.body());
        } catch (Exception e) {
            throw new AssertionError(method + " " + path + " failed", e);
        }
        List<String> violations = OpenApiContract.get().violations(method, path, response.status(), response.contentType(),
                response.body());
        if (!violations.isEmpty()) {
            throw new AssertionError("the answer differs from openapi.json:\n  " + String.join("\n  ", violations)
                    + "\nbody: " + response.body());
        }
        return response;
    }

    /** A login token for {@code subject} from the local stack's POST /local/tokens. */
    public String token(String subject, String... groups) {
        List<String> quoted = new ArrayList<>();
        for (String group : groups) {
            quoted.add("\"" + group + "\"");
        }
        Response response = post("/local/tokens", "{\"sub\":\"" + subject + "\",\"groups\":[" + String.join(",", quoted) + "]}");
        if (response.status() != 200) {
            throw new AssertionError("token: " + response.status() + " " + response.body());
        }
        return response.json().path("token").asText();
    }
}
