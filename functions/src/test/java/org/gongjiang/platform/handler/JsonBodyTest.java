package org.gongjiang.platform.handler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Set;
import org.gongjiang.platform.model.FieldError;
import org.gongjiang.platform.model.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class JsonBodyTest {

    private static ApiRequest request(String body) {
        APIGatewayV2HTTPEvent event = new APIGatewayV2HTTPEvent();
        event.setBody(body);
        return ApiRequest.of(event);
    }

    private static String candidate(String body) {
        JsonBody json = JsonBody.parse(request(body));
        String value = json.fields("candidateId").string("candidateId", true, 64).orElse(null);
        json.requireValid();
        return value;
    }

    @Test
    void aWellFormedBodyGivesItsMember() {
        assertEquals("sc-001", candidate("{\"candidateId\":\"sc-001\"}"));
        assertEquals("sc-001", candidate("  {\"candidateId\" : \"sc-001\"}\n"));
    }

    @ParameterizedTest(name = "malformed: {0}")
    @ValueSource(strings = {"", "{", "{\"candidateId\":\"sc-001\"", "{\"candidateId\":\"sc-001\"} x",
            "{\"candidateId\":\"a\",\"candidateId\":\"b\"}", "{'candidateId':'sc-001'}", "{\"candidateId\":\"sc-001\",}",
            "/* c */ {\"candidateId\":\"sc-001\"}", "NaN"})
    void malformedJsonIsRefusedAsMalformed(String body) {
        InvalidInputException refusal = assertThrows(InvalidInputException.class, () -> candidate(body));
        assertEquals("malformed-json", refusal.type());
    }

    @ParameterizedTest(name = "invalid: {0}")
    @ValueSource(strings = {"[]", "null", "42", "\"sc-001\"", "{}", "{\"candidateId\":7}", "{\"candidateId\":null}",
            "{\"candidateId\":{\"id\":\"x\"}}", "{\"candidateId\":[\"sc-001\"]}", "{\"candidateId\":\"\"}",
            "{\"candidateId\":\"sc-001\",\"extra\":1}"})
    void wellFormedJsonOfTheWrongShapeIsRefusedAsInvalid(String body) {
        InvalidInputException refusal = assertThrows(InvalidInputException.class, () -> candidate(body));
        assertEquals("invalid-request", refusal.type());
    }

    @Test
    void everyFieldProblemIsListedAtOnce() {
        JsonBody json = JsonBody.parse(request("{\"candidateId\":7,\"a/b\":1,\"c~d\":2}"));
        json.fields("candidateId").string("candidateId", true, 64);
        InvalidInputException refusal = assertThrows(InvalidInputException.class, json::requireValid);
        assertEquals(Set.of("/a~1b", "/c~0d", "/candidateId"),
                Set.copyOf(refusal.errors().stream().map(FieldError::pointer).toList()));
        assertEquals(3, refusal.errors().size());
    }

    @Test
    void nestedMembersAreCheckedAtEveryLevelAndReportedWithTheirPointers() {
        JsonBody json = JsonBody.parse(request("{\"nominee\":{\"name\":1,\"age\":2,\"awards\":[\"a\",3]},"
                + "\"categories\":[{\"code\":\"x\"},{\"cod\":\"y\"},7]}"));
        JsonFields root = json.fields("nominee", "categories");
        JsonFields nominee = root.object("nominee", true, "name", "awards").orElseThrow();
        nominee.string("name", true, 10);
        nominee.strings("awards", false, 5, 10);
        root.objects("categories", true, 1, 5, item -> item.string("code", true, 10), "code");
        InvalidInputException refusal = assertThrows(InvalidInputException.class, json::requireValid);
        assertEquals(Set.of("/nominee/age", "/nominee/name", "/nominee/awards/1", "/categories/1/cod", "/categories/1/code",
                        "/categories/2"),
                Set.copyOf(refusal.errors().stream().map(FieldError::pointer).toList()));
    }

    @Test
    void aBodyOver8KiBIsRefusedBeforeParsing() {
        String big = "{\"candidateId\":\"" + "x".repeat(8 * 1024) + "\"}";
        InvalidInputException refusal = assertThrows(InvalidInputException.class, () -> candidate(big));
        assertEquals("body-too-large", refusal.type());
    }

    @Test
    void base64BodiesAreDecodedAndInvalidUtf8IsMalformed() {
        APIGatewayV2HTTPEvent event = new APIGatewayV2HTTPEvent();
        event.setBody(Base64.getEncoder().encodeToString("{\"candidateId\":\"sc-002\"}".getBytes(StandardCharsets.UTF_8)));
        event.setIsBase64Encoded(true);
        JsonBody json = JsonBody.parse(ApiRequest.of(event));
        assertEquals("sc-002", json.fields("candidateId").string("candidateId", true, 64).orElseThrow());

        event.setBody(Base64.getEncoder().encodeToString(new byte[] {'{', '"', 'a', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}'}));
        InvalidInputException refusal = assertThrows(InvalidInputException.class,
                () -> JsonBody.parse(ApiRequest.of(event)));
        assertEquals("malformed-json", refusal.type());
    }
}
