package org.gongjiang.platform.handler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.gongjiang.platform.model.Actor;
import org.gongjiang.platform.model.Role;
import org.gongjiang.platform.model.UnauthenticatedException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ActorsTest {

    private static final String ISSUER = "https://login.example.cn/";
    private static final Base64.Encoder BASE64 = Base64.getUrlEncoder().withoutPadding();

    /** The claims of a token as JSON: the login's subject and issuer, plus {@code more} (a JSON object's members). */
    private static ObjectNode claims(String more) {
        try {
            ObjectNode claims = (ObjectNode) Json.MAPPER.readTree("{\"sub\":\"staff-1\",\"iss\":\"" + ISSUER + "\",\"exp\":1795252530"
                    + (more.isEmpty() ? "" : "," + more) + "}");
            return claims;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String token(String payloadJson) {
        return BASE64.encodeToString("{\"alg\":\"RS256\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8)) + "."
                + BASE64.encodeToString(payloadJson.getBytes(StandardCharsets.UTF_8)) + ".c2lnbmF0dXJl";
    }

    /** What API Gateway hands the function for a request with this token and header: claims flattened to strings. */
    private static APIGatewayV2HTTPEvent event(ObjectNode claims, String authorization) {
        Map<String, String> flattened = new HashMap<>();
        claims.fields().forEachRemaining(claim -> flattened.put(claim.getKey(), flattened(claim.getValue())));
        APIGatewayV2HTTPEvent.RequestContext.Authorizer.JWT jwt = new APIGatewayV2HTTPEvent.RequestContext.Authorizer.JWT();
        jwt.setClaims(flattened);
        APIGatewayV2HTTPEvent.RequestContext.Authorizer authorizer = new APIGatewayV2HTTPEvent.RequestContext.Authorizer();
        authorizer.setJwt(jwt);
        APIGatewayV2HTTPEvent.RequestContext context = new APIGatewayV2HTTPEvent.RequestContext();
        context.setAuthorizer(authorizer);
        APIGatewayV2HTTPEvent event = new APIGatewayV2HTTPEvent();
        event.setRequestContext(context);
        Map<String, String> headers = new HashMap<>();
        if (authorization != null) {
            headers.put("authorization", authorization);
        }
        event.setHeaders(headers);
        return event;
    }

    private static APIGatewayV2HTTPEvent event(ObjectNode claims) {
        return event(claims, "Bearer " + token(claims.toString()));
    }

    private static String flattened(JsonNode value) {
        if (value.isArray()) {
            List<String> items = new ArrayList<>();
            value.forEach(item -> items.add(item.asText()));
            return "[" + String.join(" ", items) + "]";
        }
        return value.asText();
    }

    private static Actor actor(String claims) {
        return Actors.of(ApiRequest.of(event(claims(claims))));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"\"groups\":\"admin\"", "\"groups\":\"voter,admin\"", "\"groups\":\"[admin reviewer]\"",
            "\"groups\":\"[\\\"admin\\\"]\"", "\"groups\":[\"voter admin\"]", "\"groups\":[\"admin,reviewer\"]", "\"groups\":[\" admin\"]",
            "\"groups\":[\"Admin\"]", "\"groups\":[\"admin\",1]", "\"groups\":[[\"admin\"]]", "\"groups\":{\"admin\":true}",
            "\"groups\":null", "\"cognito:groups\":[\"admin\"]", "\"roles\":[\"admin\"]", "\"group\":[\"admin\"]"})
    void aGroupsClaimThatIsNotAnExactArrayOfGroupNamesGrantsNoRole(String claim) {
        Actor actor = actor(claim);
        assertEquals(Set.of(), actor.roles(), claim);
        assertEquals("staff-1", actor.subject(), "still a login: a voter");
    }

    @Test
    void anArrayOfExactGroupNamesGrantsThoseRolesAndIgnoresUnknownGroups() {
        assertEquals(Set.of(Role.ADMIN), actor("\"groups\":[\"admin\"]").roles());
        assertEquals(EnumSet.of(Role.AUDITOR, Role.REVIEWER), actor("\"groups\":[\"reviewer\",\"auditor\",\"press\"]").roles());
        assertEquals(Set.of(), actor("\"groups\":[]").roles());
    }

    @Test
    void theConfiguredClaimAndOnlyItCarriesTheGroups() {
        ObjectNode claims = claims("\"cognito:groups\":[\"reviewer\"],\"groups\":[\"admin\"]");
        assertEquals(Set.of(Role.REVIEWER), Actors.of(ApiRequest.of(event(claims), "cognito:groups")).roles());
        assertEquals(Set.of(Role.ADMIN), Actors.of(ApiRequest.of(event(claims))).roles(), "groups by default");
        assertEquals(Set.of(), Actors.of(ApiRequest.of(event(claims), "roles")).roles());
        ObjectNode stringInTheConfiguredClaim = claims("\"roles\":\"admin\",\"groups\":[\"admin\"]");
        assertEquals(Set.of(), Actors.of(ApiRequest.of(event(stringInTheConfiguredClaim), "roles")).roles());
        assertEquals("groups", Actors.configuredGroupsClaim(), "no GROUPS_CLAIM in this JVM's environment");
    }

    @Test
    void theSubjectIsAStringAndANumberIsNoLogin() {
        assertEquals("123", Actors.of(ApiRequest.of(event(claims("").put("sub", "123")))).subject());
        for (ObjectNode claims : List.of(claims("").put("sub", 123), claims("").put("sub", 123.0), claims("").put("sub", true),
                claims("").put("sub", ""), claims("").put("sub", "  "), claims("").putNull("sub"), withoutSubject(),
                claims("").put("iss", 7))) {
            assertThrows(UnauthenticatedException.class, () -> Actors.of(ApiRequest.of(event(claims))), claims.toString());
        }
    }

    private static ObjectNode withoutSubject() {
        ObjectNode claims = claims("");
        claims.remove("sub");
        return claims;
    }

    @Test
    void aCreditCodeIsAStringABlankOneIsNoneAndAnotherTypeIsNoLogin() {
        assertEquals(Optional.of("91370211MA3C123AB5"), actor("\"creditCode\":\"91370211MA3C123AB5\"").creditCode());
        assertEquals(Optional.empty(), actor("\"creditCode\":\" \"").creditCode());
        assertEquals(Optional.empty(), actor("\"creditCode\":null").creditCode());
        assertEquals(Optional.empty(), actor("").creditCode());
        assertThrows(UnauthenticatedException.class, () -> actor("\"creditCode\":913702110000000000"));
        assertThrows(UnauthenticatedException.class, () -> actor("\"creditCode\":[\"91370211MA3C123AB5\"]"));
    }

    @Test
    void theTokenIsTakenWithOrWithoutTheBearerPrefixAsApiGatewayTakesIt() {
        ObjectNode claims = claims("\"groups\":[\"expert\"]");
        assertEquals(Set.of(Role.EXPERT), Actors.of(ApiRequest.of(event(claims, token(claims.toString())))).roles());
        assertEquals(Set.of(Role.EXPERT), Actors.of(ApiRequest.of(event(claims, "bearer  " + token(claims.toString())))).roles());
    }

    @Test
    void withoutAReadableTokenThatTheAuthorizersClaimsVouchForThereIsNoLogin() {
        ObjectNode claims = claims("\"groups\":[\"admin\"]");
        String payload = claims.toString();
        List<String> unreadable = new ArrayList<>();
        unreadable.add(null);
        unreadable.add("");
        unreadable.add("Bearer");
        unreadable.add("Bearer not-a-jwt");
        unreadable.add("Bearer a.b");
        unreadable.add("Bearer " + token(payload) + ", Bearer " + token(payload));
        unreadable.add("Bearer x." + BASE64.encodeToString("[\"admin\"]".getBytes(StandardCharsets.UTF_8)) + ".y");
        unreadable.add("Bearer x." + BASE64.encodeToString("{\"sub\":".getBytes(StandardCharsets.UTF_8)) + ".y");
        unreadable.add("Bearer x.***.y");
        unreadable.add("Bearer " + token(payload.replace("{", "{\"groups\":[],")));
        unreadable.add("Bearer " + token(payload.replace("{", "{\"sub\":\"staff-1\",")));
        unreadable.add("Bearer " + token(payload + " {}"));
        unreadable.add("Bearer " + token(payload.replace("{", "{\"deep\":" + "[".repeat(40) + "]".repeat(40) + ",")));
        unreadable.add("Bearer " + token(payload.replace("}", ",\"groups\":[\"admin\"")));
        for (String authorization : unreadable) {
            assertThrows(UnauthenticatedException.class, () -> Actors.of(ApiRequest.of(event(claims, authorization))),
                    String.valueOf(authorization));
        }
        ObjectNode another = claims("\"groups\":[\"admin\"]").put("sub", "someone-else");
        assertThrows(UnauthenticatedException.class, () -> Actors.of(ApiRequest.of(event(claims, "Bearer " + token(another.toString())))),
                "a header that is not the token the authorizer verified");
        APIGatewayV2HTTPEvent unverified = event(claims);
        unverified.setRequestContext(new APIGatewayV2HTTPEvent.RequestContext());
        assertThrows(UnauthenticatedException.class, () -> Actors.of(ApiRequest.of(unverified)), "no authorizer verified anything");
    }
}
