package org.gongjiang.acceptance.support;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;

/** Logins and steps through the local stack's routes, as the walks through a campaign take them. */
public final class ApiSession {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Http http;

    public ApiSession(Http http) {
        this.http = http;
    }

    public Http http() {
        return http;
    }

    /** An Authorization header value for {@code subject} in the comma-separated {@code groups}, with extra claims. */
    public String token(String subject, String groups, String... claims) {
        ObjectNode body = JSON.createObjectNode().put("sub", subject);
        if (!groups.isEmpty()) {
            List.of(groups.split(",")).forEach(body.putArray("groups")::add);
        }
        for (int i = 0; i + 1 < claims.length; i += 2) {
            body.put(claims[i], claims[i + 1]);
        }
        Http.Response response = http.post("/local/tokens", body.toString());
        assertEquals(200, response.status(), response.body());
        return "Bearer " + response.json().path("token").asText();
    }

    public static JsonNode expect(int status, Http.Response response) {
        assertEquals(status, response.status(), response.body());
        return response.json();
    }

    public Http.Response send(String method, String path, String body, String authorization, String... headers) {
        List<String> all = new ArrayList<>(List.of("Authorization", authorization, "Content-Type", "application/json"));
        all.addAll(List.of(headers));
        return http.send(method, path, body, all.toArray(String[]::new));
    }

    /** Moves the functions' clock on by an ISO period ("P4D"). */
    public void advance(String period) {
        expect(200, http.post("/local/clock", "{\"advance\":\"" + period + "\"}"));
    }

    /** Puts the functions' clock back to real time. */
    public void clockBackToNow() {
        expect(200, http.post("/local/clock", "{\"offset\":\"PT0S\"}"));
    }
}
