package org.gongjiang.acceptance;

import static org.gongjiang.acceptance.support.ApiSession.expect;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.gongjiang.acceptance.support.ApiSession;
import org.gongjiang.acceptance.support.Http;
import org.gongjiang.acceptance.support.SharedDeployment;
import org.gongjiang.local.LocalDeployment;
import org.gongjiang.testing.Events;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * One nominee from the enterprise's submission to a named winner, through the local stack's HTTP
 * routes only, as the README's curl walk does it: the campaign's weeks pass by {@code POST /local/clock}.
 */
class NominationToWinnerIT {

    private static LocalDeployment stack;
    private static ApiSession session;

    @BeforeAll
    static void start() {
        stack = SharedDeployment.get();
        session = new ApiSession(new Http(stack.url()));
    }

    @AfterEach
    void clockBackToNow() {
        session.clockBackToNow();
    }

    private static String token(String subject, String groups, String... extra) {
        return session.token(subject, groups, extra);
    }

    private static Http.Response send(String method, String path, String body, String authorization, String... headers) {
        return session.send(method, path, body, authorization, headers);
    }

    private static void advance(String period) {
        session.advance(period);
    }

    @Test
    void aNomineeWalksFromSubmissionToNamedWinnerThroughTheHttpRoutes() throws InterruptedException {
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        String campaignId = "walk-" + Long.toString(System.nanoTime(), 36);
        String campaign = "/v1/campaigns/" + campaignId;
        String admin = token("admin-1", "admin");
        String clerk = token("clerk-1", "enterprise", "creditCode", "91370211MA3C123AB5");
        String reviewer = token("reviewer-1", "reviewer");
        String voter = token("wx-voter-1", "");

        // 1. the union's admin creates the campaign: nominations open now, voting in ten days
        ObjectNode configuration = (ObjectNode) Events.requestBody("CreateCampaignFunction/create.201.json");
        configuration.put("campaignId", campaignId);
        configuration.putObject("nominationWindow").put("opensAt", now.minus(Duration.ofDays(1)).toString())
                .put("closesAt", now.plus(Duration.ofDays(2)).toString());
        configuration.put("publicNotice", "P3D");
        configuration.putObject("votingWindow").put("opensAt", now.plus(Duration.ofDays(10)).toString())
                .put("closesAt", now.plus(Duration.ofDays(20)).toString());
        expect(201, send("POST", "/v1/admin/campaigns", configuration.toString(), admin));

        // 2. the enterprise nominates (a retry with the same Idempotency-Key creates nothing)
        String nomination = Events.requestBody("SubmitNominationFunction/1-submit.201.json").toString();
        JsonNode submitted = expect(201, send("POST", campaign + "/nominations", nomination, clerk, "Idempotency-Key", "walk-1"));
        String id = submitted.path("nominationId").asText();
        assertEquals("SUBMITTED", submitted.path("status").asText());
        assertEquals(id, expect(201, send("POST", campaign + "/nominations", nomination, clerk, "Idempotency-Key", "walk-1"))
                .path("nominationId").asText());
        assertEquals(1, expect(200, send("GET", campaign + "/nominations", null, clerk)).path("nominations").size());
        String nominationPath = campaign + "/nominations/" + id;

        // 3. 资格初审, 专家评审 (three experts), 联席会议
        expect(200, send("POST", nominationPath + "/qualify", "{\"reason\":\"材料齐全。\"}", reviewer));
        expect(200, send("PUT", nominationPath + "/experts", "{\"experts\":[\"expert-1\",\"expert-2\",\"expert-3\"]}", reviewer));
        int[][] scores = {{90, 88, 85, 80}, {86, 90, 84, 82}, {92, 91, 80, 85}};
        for (int e = 0; e < 3; e++) {
            expect(200, send("PUT", nominationPath + "/scores", ("{\"scores\":{\"craftExpertise\":%d,\"superbSkill\":%d,"
                    + "\"leadingRole\":%d,\"outstandingContribution\":%d}}").formatted(scores[e][0], scores[e][1], scores[e][2],
                    scores[e][3]), token("expert-" + (e + 1), "expert")));
        }
        JsonNode scored = expect(200, send("GET", nominationPath, null, reviewer));
        assertEquals("SCORED", scored.path("status").asText());
        assertEquals((0.3 * 268 + 0.3 * 269 + 0.2 * 249 + 0.2 * 247) / 3, scored.path("expertScore").asDouble(), 0.01);
        expect(200, send("POST", nominationPath + "/shortlist", "{\"tier\":\"gold\",\"reason\":\"联席会议通过。\"}", reviewer));

        // 4. 媒体公示: the public sees the profile, not the personal data; one objection, dismissed
        expect(200, send("POST", nominationPath + "/open-notice", null, reviewer));
        Http.Response notices = session.http().get(campaign + "/notices");
        assertEquals(200, notices.status(), notices.body());
        assertTrue(notices.body().contains(id) && notices.body().contains("孙海生"), notices.body());
        String idNumber = Events.requestBody("SubmitNominationFunction/1-submit.201.json").path("nominee").path("idNumber").asText();
        for (String personal : List.of(idNumber, idNumber.substring(14), "********", "13912345678", "13687654321", "王丽",
                "91370211MA3C123AB5", "1985-")) {
            assertFalse(notices.body().contains(personal), personal + " on the public notice: " + notices.body());
        }
        JsonNode objection = expect(201, send("POST", campaign + "/notices/" + id + "/objections",
                "{\"text\":\"获奖年份与材料不一致？\"}", voter));
        expect(200, send("POST", nominationPath + "/objections/" + objection.path("objectionId").asText() + "/resolution",
                "{\"decision\":\"dismiss\",\"reason\":\"经核实无误。\"}", reviewer));
        assertEquals(409, send("POST", nominationPath + "/finalize", null, reviewer).status(), "not before the notice closes");

        // 5. the notice closes: a finalist on the ballot
        advance("P4D");
        expect(200, send("POST", nominationPath + "/finalize", null, reviewer));
        JsonNode candidates = expect(200, session.http().get(campaign + "/candidates")).path("candidates");
        assertEquals(1, candidates.size());
        assertEquals(id, candidates.get(0).path("candidateId").asText());

        // 6. the public vote; naming waits for its close
        advance("P7D");
        expect(201, send("POST", campaign + "/votes", "{\"candidateId\":\"" + id + "\"}", voter));
        JsonNode early = expect(409, send("POST", nominationPath + "/name", "{\"tier\":\"gold\"}", reviewer));
        assertEquals("urn:gongjiang:problem:voting-not-closed", early.path("type").asText());
        assertTrue(stack.awaitStreamsIdle(Duration.ofSeconds(20)));

        // 7. voting closed: the ranking combines expert score and vote, and the winner is named
        advance("P10D");
        JsonNode ranking = expect(200, send("GET", campaign + "/ranking", null, reviewer));
        assertTrue(ranking.path("final").asBoolean(), ranking.toString());
        JsonNode line = ranking.path("finalists").get(0);
        assertEquals(id, line.path("nominationId").asText());
        assertEquals(1, line.path("votes").asLong());
        assertEquals(0.6 * line.path("expertScore").asDouble() + 0.4 * 100, line.path("combined").asDouble(), 0.01);
        JsonNode named = expect(200, send("POST", nominationPath + "/name", "{\"tier\":\"gold\"}", reviewer));
        assertEquals("NAMED", named.path("status").asText());
        assertEquals("gold", named.path("tier").asText());

        List<String> steps = new ArrayList<>();
        expect(200, send("GET", nominationPath + "/audit", null, admin)).path("entries")
                .forEach(entry -> steps.add(entry.path("action").asText() + ":" + entry.path("to").asText()));
        assertEquals(List.of("submit:SUBMITTED", "qualify:QUALIFIED", "assign-experts:IN_REVIEW", "score:IN_REVIEW",
                "score:IN_REVIEW", "score:SCORED", "shortlist:SHORTLISTED", "open-notice:ON_NOTICE",
                "finalize:FINALIST", "name:NAMED"), steps);
    }
}
