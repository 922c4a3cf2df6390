package org.gongjiang.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.fasterxml.jackson.databind.JsonNode;

/** What every refusal must look like: RFC 9457 problem+json with our stable type, the HTTP status in the body, words to read. */
public final class ProblemAssertions {

    private ProblemAssertions() {
    }

    public static JsonNode assertProblem(APIGatewayV2HTTPResponse response, int status, String type) {
        assertEquals(status, response.getStatusCode(), response.getBody());
        assertEquals("application/problem+json; charset=utf-8", response.getHeaders().get("Content-Type"));
        JsonNode body = Events.body(response);
        assertEquals("urn:gongjiang:problem:" + type, body.path("type").asText(), response.getBody());
        assertEquals(status, body.path("status").asInt(), "the body's status is the HTTP status: " + response.getBody());
        assertFalse(body.path("title").asText().isBlank(), response.getBody());
        assertFalse(body.path("detail").asText().isBlank(), response.getBody());
        return body;
    }

    /** The same for an answer over HTTP. */
    public static JsonNode assertProblem(org.gongjiang.acceptance.support.Http.Response response, int status, String type) {
        assertEquals(status, response.status(), response.body());
        assertTrue(response.contentType().startsWith("application/problem+json"), response.contentType());
        JsonNode body = response.json();
        assertEquals("urn:gongjiang:problem:" + type, body.path("type").asText(), response.body());
        assertEquals(status, body.path("status").asInt(), "the body's status is the HTTP status: " + response.body());
        assertFalse(body.path("title").asText().isBlank(), response.body());
        assertFalse(body.path("detail").asText().isBlank(), response.body());
        return body;
    }
}
