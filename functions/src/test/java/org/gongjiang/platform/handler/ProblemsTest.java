package org.gongjiang.platform.handler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.gongjiang.platform.model.ConflictException;
import org.gongjiang.platform.model.DomainException;
import org.gongjiang.platform.model.FieldError;
import org.gongjiang.platform.model.ForbiddenException;
import org.gongjiang.platform.model.InvalidInputException;
import org.gongjiang.platform.model.LimitExceededException;
import org.gongjiang.platform.model.LocalizedText;
import org.gongjiang.platform.model.NotFoundException;
import org.gongjiang.platform.model.UnauthenticatedException;
import org.junit.jupiter.api.Test;

class ProblemsTest {

    private static final LocalizedText TEXT = LocalizedText.of("中文说明", "English detail");
    private static final Instant NOW = Instant.parse("2026-11-21T08:00:00Z");

    private static APIGatewayV2HTTPResponse answer(RuntimeException thrown, String acceptLanguage) {
        APIGatewayV2HTTPEvent event = new APIGatewayV2HTTPEvent();
        event.setRawPath("/v1/somewhere");
        if (acceptLanguage != null) {
            event.setHeaders(Map.of("accept-language", acceptLanguage));
        }
        ApiHandler handler = new ApiHandler(Clock.fixed(NOW, ZoneOffset.UTC)) {
            @Override
            protected APIGatewayV2HTTPResponse handle(ApiRequest request) {
                throw thrown;
            }
        };
        return handler.handleRequest(event, null);
    }

    private static JsonNode body(APIGatewayV2HTTPResponse response) throws Exception {
        return Json.MAPPER.readTree(response.getBody());
    }

    @Test
    void eachDomainExceptionHasItsOwnStatus() {
        Map<DomainException, Integer> expected = Map.of(
                InvalidInputException.of(List.of()), 400,
                new UnauthenticatedException(TEXT), 401,
                new ForbiddenException("x", TEXT, TEXT, Map.of()), 403,
                NotFoundException.campaign("c"), 404,
                new ConflictException("x", TEXT, TEXT, Map.of()), 409,
                new LimitExceededException("x", TEXT, TEXT, Map.of(), null), 429);
        expected.forEach((exception, status) -> assertEquals(status, answer(exception, null).getStatusCode()));
    }

    @Test
    void aProblemIsProblemJsonWithAStableTypeInChineseByDefault() throws Exception {
        APIGatewayV2HTTPResponse response = answer(new ConflictException("already-voted", TEXT, TEXT, Map.of("receipt", "R")), null);
        assertEquals("application/problem+json; charset=utf-8", response.getHeaders().get("Content-Type"));
        JsonNode body = body(response);
        assertEquals("urn:gongjiang:problem:already-voted", body.path("type").asText());
        assertEquals(409, body.path("status").asInt());
        assertEquals("中文说明", body.path("detail").asText());
        assertEquals("R", body.path("receipt").asText());
        assertEquals("/v1/somewhere", body.path("instance").asText());
    }

    @Test
    void aProblemIsInEnglishWhenAskedFor() throws Exception {
        APIGatewayV2HTTPResponse response = answer(InvalidInputException.of(List.of(FieldError.body("/candidateId", "type", TEXT))),
                "en-GB,en;q=0.9");
        JsonNode body = body(response);
        assertEquals("en", response.getHeaders().get("Content-Language"));
        assertEquals("English detail", body.path("errors").get(0).path("message").asText());
        assertEquals("/candidateId", body.path("errors").get(0).path("pointer").asText());
    }

    @Test
    void aLimitSaysWhenToRetryAndAMissingLoginAsksForABearerToken() {
        APIGatewayV2HTTPResponse limited = answer(new LimitExceededException("x", TEXT, TEXT, Map.of(),
                NOW.plusSeconds(90)), null);
        assertEquals("90", limited.getHeaders().get("Retry-After"));
        assertEquals("Bearer", answer(new UnauthenticatedException(TEXT), null).getHeaders().get("WWW-Authenticate"));
    }

    @Test
    void anUnexpectedFailureIsA500ThatTellsNothingOfTheCause() throws Exception {
        APIGatewayV2HTTPResponse response = answer(new IllegalStateException("secret table name in message"), "en");
        assertEquals(500, response.getStatusCode());
        assertFalse(response.getBody().contains("secret table name"));
        assertTrue(body(response).path("type").asText().endsWith("internal-error"));
    }
}
