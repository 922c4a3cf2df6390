package org.gongjiang.acceptance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.gongjiang.acceptance.support.Http;
import org.gongjiang.acceptance.support.SharedDeployment;
import org.gongjiang.local.LocalDeployment;
import org.gongjiang.local.demo.DemoCampaign;
import org.gongjiang.local.emulator.http.JwtAuthority;
import org.gongjiang.local.load.LoadTool;
import org.gongjiang.local.template.SamTemplate;
import org.gongjiang.testing.TestDynamo;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The local stack from outside, over HTTP, as voters and scripts use it. */
class LocalDeploymentIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String CAMPAIGN = DemoCampaign.CAMPAIGN_ID;
    private static final String VOTES = "/v1/campaigns/" + CAMPAIGN + "/votes";

    private static LocalDeployment stack;
    private static Http http;

    @BeforeAll
    static void start() {
        stack = SharedDeployment.get();
        http = new Http(stack.url());
    }

    private static void assertProblem(Http.Response response, int status, String type) {
        assertEquals(status, response.status(), response.body());
        assertTrue(response.contentType().startsWith("application/problem+json"), response.contentType());
        assertEquals("urn:gongjiang:problem:" + type, response.json().path("type").asText(), response.body());
        assertEquals(status, response.json().path("status").asInt(), "the body's status is the HTTP status");
    }

    private static long statsVotes(String candidateId) {
        for (JsonNode line : http.get("/v1/campaigns/" + CAMPAIGN + "/stats/votes").json().path("candidates")) {
            if (line.path("candidateId").asText().equals(candidateId)) {
                return line.path("votes").asLong();
            }
        }
        throw new AssertionError("no " + candidateId + " in stats");
    }

    private static long awaitVotes(String candidateId, long atLeast) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        long votes = statsVotes(candidateId);
        while (votes < atLeast && System.nanoTime() < deadline) {
            Thread.sleep(100);
            votes = statsVotes(candidateId);
        }
        return votes;
    }

    @Test
    void theDemoCampaignIsOpenWithAtLeastThirtyFinalistsAcrossIndustriesAndRegions() {
        JsonNode campaigns = http.get("/v1/campaigns").json().path("campaigns");
        JsonNode demo = null;
        for (JsonNode campaign : campaigns) {
            if (campaign.path("campaignId").asText().equals(CAMPAIGN)) {
                demo = campaign;
            }
        }
        assertNotNull(demo, campaigns.toString());
        assertEquals("Asia/Shanghai", demo.path("timeZone").asText());
        Instant opens = Instant.parse(demo.path("votingWindow").path("opensAt").asText());
        Instant closes = Instant.parse(demo.path("votingWindow").path("closesAt").asText());
        assertTrue(!opens.isAfter(Instant.now()) && closes.isAfter(Instant.now()));
        assertFalse(demo.path("name").path("zh").asText().isBlank());
        assertFalse(demo.path("name").path("en").asText().isBlank());
        assertEquals(1, demo.path("voteRules").path("perCandidatePerDay").asInt());

        JsonNode detail = http.get("/v1/campaigns/" + CAMPAIGN).json();
        assertTrue(detail.path("industries").size() >= 3 && detail.path("categories").size() >= 1, detail.toString());

        JsonNode candidates = http.get("/v1/campaigns/" + CAMPAIGN + "/candidates").json().path("candidates");
        assertTrue(candidates.size() >= 30);
        Set<String> industries = new HashSet<>();
        Set<String> regions = new HashSet<>();
        for (JsonNode candidate : candidates) {
            for (String field : List.of("candidateId", "name", "enterprise", "industry", "region", "category")) {
                assertFalse(candidate.path(field).asText().isBlank(), field + " of " + candidate);
            }
            industries.add(candidate.path("industry").asText());
            regions.add(candidate.path("region").asText());
        }
        assertTrue(industries.size() >= 3 && regions.size() >= 3, industries + " " + regions);
    }

    @Test
    void theDemoFinalistsCameOutOfTheReviewThroughTheAdminAndReviewRoutes() {
        String admin = "Bearer " + http.token("admin-1", "admin");
        JsonNode configuration = http.get("/v1/admin/campaigns/" + CAMPAIGN, "Authorization", admin).json();
        assertEquals(DemoCampaign.NOMINATIONS, configuration.path("progress").path("nominationsSubmitted").asInt(), configuration.toString());
        JsonNode nominations = http.get("/v1/campaigns/" + CAMPAIGN + "/nominations", "Authorization",
                "Bearer " + http.token("reviewer-1", "reviewer")).json().path("nominations");
        Map<String, Long> byStatus = new TreeMap<>();
        nominations.forEach(n -> byStatus.merge(n.path("status").asText(), 1L, Long::sum));
        assertEquals(Map.of("DISQUALIFIED", 2L, "FINALIST", 32L, "REJECTED", 2L), byStatus);
        Set<String> candidates = new HashSet<>();
        http.get("/v1/campaigns/" + CAMPAIGN + "/candidates").json().path("candidates")
                .forEach(c -> candidates.add(c.path("candidateId").asText()));
        Set<String> finalists = new HashSet<>();
        nominations.forEach(n -> {
            if (n.path("status").asText().equals("FINALIST")) {
                finalists.add(n.path("nominationId").asText());
            }
        });
        assertEquals(finalists, candidates, "the ballot is exactly the finalists");
        List<String> trail = new ArrayList<>();
        http.get("/v1/campaigns/" + CAMPAIGN + "/nominations/N0001/audit", "Authorization", admin).json().path("entries")
                .forEach(entry -> trail.add(entry.path("to").asText()));
        assertEquals("SUBMITTED", trail.getFirst());
        assertEquals("FINALIST", trail.getLast());
        assertTrue(trail.containsAll(List.of("QUALIFIED", "IN_REVIEW", "SCORED", "SHORTLISTED", "ON_NOTICE")), trail.toString());
    }

    @Test
    void candidatesCanBeFilteredByIndustryAndCategoryAndAnUnknownFilterIsA400() {
        JsonNode equipment = http.get("/v1/campaigns/" + CAMPAIGN + "/candidates?industry=equipment").json().path("candidates");
        assertTrue(equipment.size() > 0);
        equipment.forEach(c -> assertEquals("equipment", c.path("industry").asText()));
        JsonNode young = http.get("/v1/campaigns/" + CAMPAIGN + "/candidates?industry=equipment&category=young").json().path("candidates");
        young.forEach(c -> assertEquals("young", c.path("category").asText()));
        assertTrue(young.size() < equipment.size());
        Http.Response unknown = http.get("/v1/campaigns/" + CAMPAIGN + "/candidates?industry=banking", "Accept-Language", "en");
        assertProblem(unknown, 400, "invalid-request");
        assertEquals("industry", unknown.json().path("errors").get(0).path("parameter").asText());
        assertProblem(http.get("/v1/campaigns/no-such-campaign/candidates"), 404, "campaign-not-found");
    }

    @Test
    void aVoterSessionWorksEndToEnd() throws Exception {
        String token = http.token("session-voter");
        long before = statsVotes("N0005");

        Http.Response vote = http.post(VOTES, "{\"candidateId\":\"N0005\"}", "Authorization", "Bearer " + token,
                "Content-Type", "application/json");
        assertEquals(201, vote.status(), vote.body());
        assertEquals("N0005", vote.json().path("candidateId").asText());
        assertEquals(DemoCampaign.PER_VOTER_PER_DAY - 1, vote.json().path("votesLeftToday").asInt());

        Http.Response mine = http.get(VOTES + "/mine", "Authorization", "Bearer " + token);
        assertEquals(200, mine.status(), mine.body());
        assertEquals(vote.json().path("receipt").asText(), mine.json().path("votes").get(0).path("receipt").asText());

        assertEquals(before + 1, awaitVotes("N0005", before + 1));
        Thread.sleep(500);
        assertEquals(before + 1, statsVotes("N0005"), "counted once");
        JsonNode stats = http.get("/v1/campaigns/" + CAMPAIGN + "/stats/votes").json();
        Instant asOf = Instant.parse(stats.path("asOf").asText());
        assertEquals(asOf.truncatedTo(java.time.temporal.ChronoUnit.HOURS), asOf, "the hour of the last count, no finer");
        assertTrue(asOf.isAfter(Instant.now().minusSeconds(3600 + 60)) && !asOf.isAfter(Instant.now()), asOf.toString());
    }

    /** Tokens API Gateway's JWT authorizer refuses; the function must never see them. */
    @Test
    void voterRoutesRefuseMissingOrInvalidTokensWith401BeforeAnyHandlerRuns() {
        JwtAuthority authority = stack.authority();
        long now = Instant.now().getEpochSecond();
        String valid = http.token("authz-voter");
        List<String> refused = new ArrayList<>();
        refused.add(null);
        refused.add("Bearer");
        refused.add("Bearer not.a.jwt");
        refused.add("Basic dXNlcjpwYXNz");
        refused.add("Bearer " + valid.substring(0, valid.length() - 4) + "AAAA");
        refused.add("Bearer " + authority.issue("expired-voter", List.of(), Duration.ofSeconds(-60)));
        refused.add("Bearer " + signed(authority, claims("x", LocalDeployment.LOCAL_ISSUER, LocalDeployment.LOCAL_AUDIENCE, now, now + 3600, now + 600)));
        refused.add("Bearer " + signed(authority, claims("x", "https://evil.example/", LocalDeployment.LOCAL_AUDIENCE, now, now + 3600, now)));
        refused.add("Bearer " + signed(authority, claims("x", LocalDeployment.LOCAL_ISSUER, "someone-else", now, now + 3600, now)));
        refused.add("Bearer " + signed(authority, claims("x", LocalDeployment.LOCAL_ISSUER, LocalDeployment.LOCAL_AUDIENCE, now, 0, now)));
        JwtAuthority stranger = new JwtAuthority(JwtAuthority.newKeys(), "local-stranger", LocalDeployment.LOCAL_ISSUER,
                List.of(LocalDeployment.LOCAL_AUDIENCE), Clock.systemUTC());
        refused.add("Bearer " + stranger.issue("x", List.of(), Duration.ofHours(1)));
        String[] header = valid.split("\\.");
        refused.add("Bearer " + java.util.Base64.getUrlEncoder().withoutPadding()
                .encodeToString("{\"alg\":\"none\",\"typ\":\"JWT\"}".getBytes()) + "." + header[1] + ".");

        long castInvocations = stack.functions().get("CastVoteFunction").invocations();
        long mineInvocations = stack.functions().get("GetMyVotesFunction").invocations();
        for (String authorization : refused) {
            Http.Response vote = authorization == null
                    ? http.post(VOTES, "{\"candidateId\":\"N0001\"}")
                    : http.post(VOTES, "{\"candidateId\":\"N0001\"}", "Authorization", authorization);
            assertProblem(vote, 401, "unauthenticated");
            assertEquals("Bearer", vote.header("www-authenticate"));
            Http.Response mine = authorization == null ? http.get(VOTES + "/mine") : http.get(VOTES + "/mine", "Authorization", authorization);
            assertProblem(mine, 401, "unauthenticated");
        }
        assertEquals(castInvocations, stack.functions().get("CastVoteFunction").invocations());
        assertEquals(mineInvocations, stack.functions().get("GetMyVotesFunction").invocations());
        assertEquals(201, http.post(VOTES, "{\"candidateId\":\"N0001\"}", "Authorization", "Bearer " + valid).status(),
                "the same route takes a valid token");
        assertEquals(201, http.post(VOTES, "{\"candidateId\":\"N0002\"}", "Authorization", valid).status(),
                "API Gateway also takes the token without the Bearer prefix");
    }

    private static ObjectNode claims(String sub, String issuer, String audience, long iat, long exp, long nbf) {
        ObjectNode claims = JSON.createObjectNode().put("sub", sub).put("iss", issuer).put("aud", audience).put("iat", iat).put("nbf", nbf);
        if (exp > 0) {
            claims.put("exp", exp);
        }
        return claims;
    }

    private static String signed(JwtAuthority authority, ObjectNode claims) {
        String kid = JSON.valueToTree(authority.jwks()).path("keys").get(0).path("kid").asText();
        return authority.sign(JSON.createObjectNode().put("alg", "RS256").put("typ", "JWT").put("kid", kid), claims);
    }

    @Test
    void theStackServesExactlyTheTemplatesRoutes() {
        List<String> templateRoutes = TestDynamo.template().routes().stream().map(SamTemplate.HttpRoute::routeKey).sorted().toList();
        assertEquals(templateRoutes, stack.servedRouteKeys());
        assertProblem(http.get("/v1/nothing-here"), 404, "route-not-found");
        assertProblem(http.get("/v1/campaigns/" + CAMPAIGN + "/votes"), 404, "route-not-found");
        assertProblem(http.send("DELETE", "/v1/campaigns/" + CAMPAIGN, null), 404, "route-not-found");
        assertProblem(http.get("/no-such-page.html"), 404, "route-not-found");
        Http.Response pages = http.get("/");
        assertEquals(200, pages.status(), "the pages are served at /, as CloudFront serves them");
        assertTrue(pages.contentType().startsWith("text/html"), pages.contentType());
    }

    @Test
    void aHundredConcurrentIdenticalVotesOverHttpGetExactlyOne201() throws Exception {
        String token = http.token("http-race-voter");
        CountDownLatch start = new CountDownLatch(1);
        List<Integer> statuses = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(100)) {
            List<Future<Integer>> futures = new ArrayList<>();
            for (int i = 0; i < 100; i++) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return http.post(VOTES, "{\"candidateId\":\"N0030\"}", "Authorization", "Bearer " + token).status();
                }));
            }
            start.countDown();
            for (Future<Integer> future : futures) {
                statuses.add(future.get());
            }
        }
        assertEquals(1, statuses.stream().filter(s -> s == 201).count(), statuses.toString());
        assertEquals(99, statuses.stream().filter(s -> s == 409).count(), statuses.toString());
    }

    /** Odd requests a phone, a crawler or an attacker may send: never a 5xx, always a problem document. */
    @Test
    void badInputNeverYieldsAServerError() {
        String token = http.token("fuzz-voter");
        String auth = "Bearer " + token;
        List<Http.Response> responses = new ArrayList<>();
        for (String path : List.of("/v1/campaigns/%20", "/v1/campaigns/" + "x".repeat(2000), "/v1/campaigns/%E5%9B%9B%E5%B7%9D",
                "/v1/campaigns/a%2Fb", "/v1/campaigns/" + CAMPAIGN + "/candidates?industry=%FF%FE",
                "/v1/campaigns/" + CAMPAIGN + "/candidates?industry=&category=", "/v1/campaigns/" + CAMPAIGN + "/candidates?"
                        + "q=1&".repeat(500), "/v1/campaigns/" + CAMPAIGN + "/stats/votes?x=%00", "/v1/campaigns//candidates",
                "/v1/campaigns/NULL/stats/votes", "/v1/campaigns/" + CAMPAIGN.toUpperCase())) {
            responses.add(http.get(path, "Accept-Language", ";;q=x,,"));
        }
        for (String body : List.of("", "{", "[]", "null", "{\"candidateId\":null}", "{\"candidateId\":\"N0001\"}{}",
                "{\"candidateId\":\"\\u0000\"}", "{\"candidateId\":\"N0001\",\"candidateId\":\"N0002\"}",
                "{\"candidateId\":" + "[".repeat(5000) + "]".repeat(5000) + "}", "x".repeat(20_000),
                "{\"candidateId\":1e999999}", "\uFEFF{\"candidateId\":\"N0001\"}")) {
            for (String type : List.of("application/json", "text/plain", "application/x-www-form-urlencoded", "application/octet-stream")) {
                responses.add(http.post(VOTES, body, "Authorization", auth, "Content-Type", type));
            }
        }
        responses.add(http.sendBytes("POST", VOTES, new byte[] {(byte) 0xff, (byte) 0xfe, 0, 1, 2}, "Authorization", auth,
                "Content-Type", "application/json"));
        responses.add(http.post("/v1/campaigns/no-such/votes", "{\"candidateId\":\"N0001\"}", "Authorization", auth));
        responses.add(http.post("/v1/campaigns/%20/votes", "{\"candidateId\":\"N0001\"}", "Authorization", auth));
        responses.add(http.get("/v1/campaigns/no-such/votes/mine", "Authorization", auth));
        for (Http.Response response : responses) {
            assertTrue(response.status() < 500, response.status() + " " + response.body());
            if (response.status() >= 400) {
                assertTrue(response.contentType().startsWith("application/problem+json"), response.body());
                assertFalse(response.json().path("type").asText().isBlank());
            }
        }
    }

    @Test
    void aCorsPreflightIsAnsweredAndResponsesAllowAnyOrigin() {
        Http.Response preflight = http.send("OPTIONS", VOTES, null, "Origin", "https://vote.example.cn",
                "Access-Control-Request-Method", "POST", "Access-Control-Request-Headers", "authorization,content-type");
        assertEquals(204, preflight.status());
        assertEquals("*", preflight.header("access-control-allow-origin"));
        assertTrue(preflight.header("access-control-allow-methods").contains("POST"));
        assertTrue(preflight.header("access-control-allow-headers").contains("authorization"));
        Http.Response campaigns = http.get("/v1/campaigns", "Origin", "https://news.example.com");
        assertEquals("*", campaigns.header("access-control-allow-origin"));
    }

    @Test
    void aClerksPageMayAmendWithdrawAndRetryWithAnIdempotencyKeyFromAnotherOrigin() {
        for (String method : List.of("PUT", "DELETE", "POST")) {
            Http.Response preflight = http.send("OPTIONS", "/v1/campaigns/" + DemoCampaign.CAMPAIGN_ID + "/nominations/N0001", null,
                    "Origin", "https://hr.example.cn", "Access-Control-Request-Method", method,
                    "Access-Control-Request-Headers", "authorization,content-type,idempotency-key");
            assertEquals(204, preflight.status());
            assertTrue(preflight.header("access-control-allow-methods").contains(method), preflight.header("access-control-allow-methods"));
            assertTrue(preflight.header("access-control-allow-headers").contains("idempotency-key"));
        }
    }

    @Test
    void everyPublicGetSaysAnyOriginMayReadItEvenWithoutAnOriginHeaderAndSoDoItsRefusals() {
        String campaign = "/v1/campaigns/" + DemoCampaign.CAMPAIGN_ID;
        for (String path : List.of("/v1/campaigns", campaign, campaign + "/candidates", campaign + "/notices", campaign + "/stats",
                "/v1/openapi.json", "/v1/campaigns/no-such-campaign/candidates", campaign + "/stats/votes?industry=banking")) {
            Http.Response response = http.get(path);
            assertEquals("*", response.header("access-control-allow-origin"), path + " answered " + response.status());
        }
    }

    @Test
    void theTokenRouteRefusesBadRequests() {
        for (String body : List.of("", "[]", "{}", "{\"sub\":\"\"}", "{\"sub\":1}", "{\"sub\":\"a\",\"groups\":\"admin\"}",
                "{\"sub\":\"a\",\"groups\":[1]}", "{\"sub\":\"a\",\"expiresIn\":1.5}", "{\"sub\":\"a\",\"role\":\"admin\"}")) {
            assertProblem(http.post("/local/tokens", body), 400, "invalid-request");
        }
        JsonNode token = http.post("/local/tokens", "{\"sub\":\"clerk-1\",\"groups\":[\"enterprise\"],\"expiresIn\":60}").json();
        assertEquals("Bearer", token.path("tokenType").asText());
        assertEquals(3, token.path("token").asText().split("\\.").length);
    }

    @Test
    void theLoadToolCastsVotesAndFindsTheCountsExact() throws Exception {
        LoadTool.Options options = new LoadTool.Options(stack.url(), CAMPAIGN, 400, 50, 8, 0.1, Duration.ofSeconds(60), 7);
        LoadTool.Result result = new LoadTool(options).run();
        assertEquals(400, result.accepted(), result.report());
        assertEquals(40, result.duplicatesRefused(), result.report());
        assertEquals(0, result.serverErrors());
        assertTrue(result.exact(), result.report());
        assertTrue(result.writeUnitsPerVote() >= 1.0, result.report());
        assertTrue(result.report().contains("per accepted vote"));
        Set<String> metrics = stack.streams().stream().map(s -> String.valueOf(s.stats().get("function"))).collect(Collectors.toSet());
        assertEquals(Set.of("AggregateVotesFunction", "AggregateNominationsFunction", "WatchVotesFunction", "ExpireAttachmentsFunction"),
                metrics);
    }
}
