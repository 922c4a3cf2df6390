package org.gongjiang.acceptance;

import static org.gongjiang.testing.ProblemAssertions.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.gongjiang.acceptance.support.Http;
import org.gongjiang.acceptance.support.SharedDeployment;
import org.gongjiang.local.LocalDeployment;
import org.gongjiang.local.demo.DemoCampaign;
import org.gongjiang.local.emulator.http.JwtAuthority;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Roles and subjects over HTTP through the local stack, whose authorizer hands the functions claims
 * flattened to strings as API Gateway's does: a groups claim grants roles only as a JSON array of
 * group names, and a subject is a string, whatever the flattened claims look like.
 */
class LoginClaimsIT {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static LocalDeployment stack;
    private static Http http;

    @BeforeAll
    static void start() {
        stack = SharedDeployment.get();
        http = new Http(stack.url());
    }

    /** A token the local authorizer accepts, for {@code subject} (a JSON value) with {@code groups} (a JSON value, or null for none). */
    private static String token(JsonNode subject, JsonNode groups) {
        JwtAuthority authority = stack.authority();
        long now = Instant.now().getEpochSecond();
        ObjectNode claims = JSON.createObjectNode().put("iss", LocalDeployment.LOCAL_ISSUER).put("aud", LocalDeployment.LOCAL_AUDIENCE)
                .put("iat", now).put("nbf", now).put("exp", now + 600);
        claims.set("sub", subject);
        if (groups != null) {
            claims.set("groups", groups);
        }
        String kid = JSON.valueToTree(authority.jwks()).path("keys").get(0).path("kid").asText();
        return "Bearer " + authority.sign(JSON.createObjectNode().put("alg", "RS256").put("typ", "JWT").put("kid", kid), claims);
    }

    private static String configuration(String campaignId) {
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        ObjectNode configuration = DemoCampaign.configuration(now.plus(Duration.ofDays(10)));
        configuration.put("campaignId", campaignId);
        configuration.putObject("nominationWindow").put("opensAt", now.toString()).put("closesAt", now.plus(Duration.ofDays(2)).toString());
        configuration.put("publicNotice", "P3D");
        configuration.putObject("votingWindow").put("opensAt", now.plus(Duration.ofDays(10)).toString())
                .put("closesAt", now.plus(Duration.ofDays(20)).toString());
        return configuration.toString();
    }

    @Test
    void adminAsAStringClaimCannotCreateACampaignWhileAdminInAnArrayCan() throws Exception {
        String campaignId = "claims-" + Long.toString(System.nanoTime(), 36);
        JsonNode subject = JSON.getNodeFactory().textNode("admin-claims");
        for (String loose : new String[] {"\"admin\"", "\"[admin]\"", "\"voter,admin\"", "[\"voter admin\"]"}) {
            JsonNode groups = JSON.readTree(loose);
            JsonNode refused = assertProblem(http.post("/v1/admin/campaigns", configuration(campaignId), "Authorization",
                    token(subject, groups)), 403, "role-required");
            assertEquals("[\"admin\"]", refused.path("requiredRoles").toString(), loose);
        }
        assertProblem(http.get("/v1/campaigns/" + campaignId), 404, "campaign-not-found");

        Http.Response created = http.post("/v1/admin/campaigns", configuration(campaignId), "Authorization",
                token(subject, JSON.readTree("[\"admin\"]")));
        assertEquals(201, created.status(), created.body());
    }

    @Test
    void aNumericSubjectIsNoLoginSoItNeitherVotesNorPassesForTheStringSubject() {
        String votes = "/v1/campaigns/" + DemoCampaign.CAMPAIGN_ID + "/votes";
        JsonNode number = JSON.getNodeFactory().numberNode(4242);
        Http.Response refused = http.post(votes, "{\"candidateId\":\"N0003\"}", "Authorization", token(number, null));
        assertProblem(refused, 401, "unauthenticated");
        assertEquals("Bearer", refused.header("www-authenticate"));
        assertProblem(http.get(votes + "/mine", "Authorization", token(number, null)), 401, "unauthenticated");
        assertProblem(http.post("/v1/admin/campaigns", configuration("claims-n"), "Authorization",
                token(number, JSON.createArrayNode().add("admin"))), 401, "unauthenticated");

        Http.Response accepted = http.post(votes, "{\"candidateId\":\"N0003\"}", "Authorization",
                token(JSON.getNodeFactory().textNode("4242"), null));
        assertEquals(201, accepted.status(), accepted.body());
    }
}
