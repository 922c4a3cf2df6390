package org.gongjiang.campaign.handler;

import static org.gongjiang.testing.ProblemAssertions.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.gongjiang.campaign.application.CampaignAdministration;
import org.gongjiang.campaign.application.CampaignDirectory;
import org.gongjiang.campaign.dynamodb.DynamoCampaignStore;
import org.gongjiang.campaign.model.CampaignProgress;
import org.gongjiang.testing.Events;
import org.gongjiang.testing.MutableClock;
import org.gongjiang.testing.TestDynamo;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Campaign administration through the real handlers on DynamoDB Local: every configuration problem listed at once,
 * rules locked once nominations, scores, votes or winners depend on them, versions that catch a concurrent edit.
 */
class CampaignAdminIT {

    private static final ObjectMapper JSON = new ObjectMapper();

    private MutableClock clock;
    private DynamoCampaignStore store;
    private CreateCampaignHandler create;
    private UpdateCampaignHandler update;
    private GetCampaignConfigHandler get;
    private String campaignId;

    @BeforeEach
    void handlers() {
        clock = new MutableClock(Instant.parse("2026-11-21T00:00:00Z"));
        store = new DynamoCampaignStore(TestDynamo.client(), TestDynamo.CAMPAIGNS);
        CampaignAdministration administration = new CampaignAdministration(store, clock);
        create = new CreateCampaignHandler(administration, clock);
        update = new UpdateCampaignHandler(administration, clock);
        get = new GetCampaignConfigHandler(administration, clock);
        campaignId = TestDynamo.campaignId("admin");
    }

    private APIGatewayV2HTTPResponse post(ObjectNode body, String... groups) {
        APIGatewayV2HTTPEvent event = Events.http("CreateCampaignFunction/create.201.json");
        event.setBody(body.toString());
        return create.handleRequest(Events.asStaff(event, "admin-1", groups), null);
    }

    private APIGatewayV2HTTPResponse put(String id, ObjectNode body, String... groups) {
        APIGatewayV2HTTPEvent event = Events.http("UpdateCampaignFunction/update.200.json");
        event.setBody(body.toString());
        event.setPathParameters(new HashMap<>(Map.of("campaignId", id)));
        event.setRawPath("/v1/admin/campaigns/" + id);
        return update.handleRequest(Events.asStaff(event, "admin-1", groups), null);
    }

    private ObjectNode withId(ObjectNode body) {
        return body.deepCopy().put("campaignId", campaignId);
    }

    private static Set<String> pointers(APIGatewayV2HTTPResponse response) {
        assertEquals(400, response.getStatusCode(), response.getBody());
        JsonNode errors = Events.body(response).path("errors");
        Set<String> pointers = new java.util.TreeSet<>();
        errors.forEach(e -> pointers.add(e.path("pointer").asText()));
        return pointers;
    }

    @Test
    void anAdminCreatesACampaignThatThePublicReadRouteShows() {
        APIGatewayV2HTTPResponse created = post(withId(Events.sampleConfiguration()), "admin");
        assertEquals(201, created.getStatusCode(), created.getBody());
        assertEquals("/v1/admin/campaigns/" + campaignId, created.getHeaders().get("Location"));
        JsonNode body = Events.body(created);
        assertEquals(1, body.path("version").asInt());
        assertEquals(0, body.path("progress").path("nominationsSubmitted").asInt());
        assertEquals("P7D", body.path("publicNotice").asText());
        assertEquals("2025-12-31T16:00:00Z", body.path("nominationWindow").path("opensAt").asText());

        GetCampaignHandler publicRead = new GetCampaignHandler(
                new CampaignDirectory(store, clock, java.time.Duration.ZERO), clock);
        JsonNode shown = Events.body(publicRead.handleRequest(Events.forCampaign(
                Events.http("GetCampaignFunction/demo-campaign.200.json"), campaignId, ""), null));
        assertEquals(3, shown.path("categories").size());
        assertTrue(shown.path("categories").get(1).path("eligibility").path("foreignPermanentResident").asBoolean());
        assertEquals(5, shown.path("voteRules").path("perVoterPerDay").asInt());
        assertEquals(0.6, shown.path("ranking").path("expertWeight").asDouble());
        assertFalse(shown.has("progress"), "progress is for admins");
    }

    @Test
    void anInvalidConfigurationIsRefusedWithEveryProblemListedAndNothingWritten() {
        ObjectNode body = withId(Events.sampleConfiguration());
        body.put("timeZone", "Asia/Langya");
        body.put("enterpriseQuota", 0);
        body.put("surprise", true);
        ((ObjectNode) body.path("ranking")).put("voteWeight", 0.6);
        ((ObjectNode) body.path("nominationWindow")).put("closesAt", "2025-12-01T00:00:00+08:00");
        ((ObjectNode) body.path("criteria").get(0)).put("weight", 0.5);
        ((ObjectNode) body.path("categories").get(2)).put("code", "craftsman");
        ((ObjectNode) body.path("votingWindow")).put("opensAt", "next june");

        APIGatewayV2HTTPResponse refused = post(body, "admin");

        assertEquals(400, refused.getStatusCode(), refused.getBody());
        assertEquals(Set.of("/timeZone", "/enterpriseQuota", "/surprise", "/ranking", "/nominationWindow/closesAt",
                "/criteria", "/categories/2/code", "/votingWindow/opensAt"), pointers(refused));
        assertTrue(store.find(campaignId).isEmpty());
    }

    @Test
    void theIntegrityRulesTakeTheirDefaultsMemberByMemberArePublishedAndRefusedOutOfRange() {
        ObjectNode body = withId(Events.sampleConfiguration());
        ObjectNode integrity = body.putObject("integrity");
        integrity.put("accountClaim", "account_created_at").put("fourEyesAbove", 50);
        integrity.putObject("burst").put("minVotes", 40);
        integrity.putObject("lockstep").put("enabled", false);
        assertEquals(201, post(body, "admin").getStatusCode());
        GetCampaignHandler publicRead = new GetCampaignHandler(new CampaignDirectory(store, clock, java.time.Duration.ZERO), clock);
        JsonNode shown = Events.body(publicRead.handleRequest(Events.forCampaign(
                Events.http("GetCampaignFunction/demo-campaign.200.json"), campaignId, ""), null)).path("integrity");
        assertEquals("account_created_at", shown.path("accountClaim").asText());
        assertEquals(50, shown.path("fourEyesAbove").asInt());
        assertEquals(40, shown.path("burst").path("minVotes").asInt());
        assertEquals(4.0, shown.path("burst").path("factor").asDouble(), "the member left out takes its default");
        assertFalse(shown.path("lockstep").path("enabled").asBoolean());
        assertTrue(shown.path("networkConcentration").path("enabled").asBoolean());
        assertFalse(shown.path("escalation").path("zh").asText().isBlank(), "the default penalties are announced");

        ObjectNode bad = withId(Events.sampleConfiguration()).put("campaignId", campaignId + "-bad");
        ObjectNode wrong = bad.putObject("integrity");
        wrong.put("accountClaim", "not a claim!").put("fourEyesAbove", -1).put("surprise", 1);
        wrong.putObject("freshAccounts").put("share", 2.0);
        wrong.putObject("lockstep").put("sequence", 1);
        APIGatewayV2HTTPResponse refused = post(bad, "admin");
        assertEquals(Set.of("/integrity/accountClaim", "/integrity/fourEyesAbove", "/integrity/surprise",
                "/integrity/freshAccounts/share", "/integrity/lockstep/sequence"), pointers(refused));
        assertTrue(store.find(campaignId + "-bad").isEmpty());
    }

    @Test
    void windowsOutOfOrderAndAVoteBeforeTheNoticeEndsAreRefused() {
        ObjectNode body = withId(Events.sampleConfiguration());
        ((ObjectNode) body.path("votingWindow")).put("opensAt", "2030-07-05T09:00:00+08:00");
        assertEquals(Set.of("/votingWindow/opensAt"), pointers(post(body, "admin")), "nominations close on 30 June, notice lasts 7 days");
        ObjectNode reversed = withId(Events.sampleConfiguration());
        ((ObjectNode) reversed.path("votingWindow")).put("closesAt", "2030-07-01T09:00:00+08:00");
        assertEquals(Set.of("/votingWindow/closesAt"), pointers(post(reversed, "admin")));
    }

    @Test
    void onlyAdminsConfigureCampaigns() {
        APIGatewayV2HTTPResponse reviewer = post(withId(Events.sampleConfiguration()), "reviewer", "expert");
        assertEquals(403, reviewer.getStatusCode());
        assertEquals("urn:gongjiang:problem:role-required", Events.body(reviewer).path("type").asText());
        APIGatewayV2HTTPEvent anonymous = Events.http("CreateCampaignFunction/create.201.json");
        anonymous.getRequestContext().setAuthorizer(null);
        assertEquals(401, create.handleRequest(anonymous, null).getStatusCode());
        assertTrue(store.find(campaignId).isEmpty());
    }

    @Test
    void aCampaignIdIsTakenOnlyOnceAndGeneratedWhenNotGiven() {
        assertEquals(201, post(withId(Events.sampleConfiguration()), "admin").getStatusCode());
        APIGatewayV2HTTPResponse again = post(withId(Events.sampleConfiguration()), "admin");
        assertEquals(409, again.getStatusCode());
        assertEquals("urn:gongjiang:problem:campaign-exists", Events.body(again).path("type").asText());
        APIGatewayV2HTTPResponse generated = post(Events.sampleConfiguration(), "admin");
        assertEquals(201, generated.getStatusCode());
        assertTrue(Events.body(generated).path("campaignId").asText().matches("c-[a-z2-9]{8}"));
    }

    @Test
    void anAdminChangesRulesThatBindNothingYet() {
        assertEquals(201, post(withId(Events.sampleConfiguration()), "admin").getStatusCode());
        ObjectNode changed = Events.sampleConfiguration();
        changed.put("enterpriseQuota", 1);
        ((ObjectNode) changed.path("voteRules")).put("perVoterPerDay", 8);
        APIGatewayV2HTTPResponse updated = put(campaignId, changed, "admin");
        assertEquals(200, updated.getStatusCode(), updated.getBody());
        assertEquals(2, Events.body(updated).path("version").asInt());
        assertEquals(8, store.find(campaignId).orElseThrow().voteRules().perVoterPerDay());
    }

    @Test
    void rulesThatBindCastVotesCannotChangeOnceVotingHasOpened() {
        assertEquals(201, post(withId(Events.sampleConfiguration()), "admin").getStatusCode());
        clock.set(Instant.parse("2030-07-16T00:00:00Z"));
        ObjectNode changed = Events.sampleConfiguration();
        ((ObjectNode) changed.path("voteRules")).put("perVoterPerDay", 8);
        changed.put("timeZone", "Asia/Urumqi");
        changed.putObject("integrity").putObject("escalation").put("zh", "不再处罚。").put("en", "No penalties any more.");
        APIGatewayV2HTTPResponse refused = put(campaignId, changed, "admin");
        assertEquals(409, refused.getStatusCode(), refused.getBody());
        assertEquals("urn:gongjiang:problem:rules-locked", Events.body(refused).path("type").asText());
        assertEquals(Set.of("voteRules", "timeZone", "integrity.escalation"), lockedFields(refused));
        assertEquals(5, store.find(campaignId).orElseThrow().voteRules().perVoterPerDay(), "nothing written");

        ObjectNode renamed = Events.sampleConfiguration();
        ((ObjectNode) renamed.path("name")).put("en", "1st Langya Craftsmen (renamed)");
        renamed.putObject("integrity").putObject("burst").put("minVotes", 60);
        assertEquals(200, put(campaignId, renamed, "admin").getStatusCode(), "names and the watch's thresholds bind nothing");
        assertEquals(60, store.find(campaignId).orElseThrow().integrity().burst().minVotes());
    }

    @Test
    void rulesThatBindSubmittedNominationsScoresOrNamedWinnersCannotChange() {
        assertEquals(201, post(withId(Events.sampleConfiguration()), "admin").getStatusCode());
        // a nomination, a score and a naming as the nomination store records them on the campaign
        TestDynamo.client().updateItem(b -> b.tableName(TestDynamo.CAMPAIGNS)
                .key(Map.of("campaignId", AttributeValue.fromS(campaignId)))
                .updateExpression("ADD nominationsSubmitted :one, scoresSubmitted :one, winnersNamed :one")
                .expressionAttributeValues(Map.of(":one", AttributeValue.fromN("1"))));
        ObjectNode changed = Events.sampleConfiguration();
        ((ObjectNode) changed.path("categories").get(0).path("eligibility")).put("minYearsInTrade", 8);
        ((ObjectNode) changed.path("industries").get(0).path("name")).put("zh", "造船");
        changed.put("enterpriseQuota", 2);
        ((ObjectNode) changed.path("criteria").get(2)).put("weight", 0.25);
        ((ObjectNode) changed.path("criteria").get(3)).put("weight", 0.15);
        ((ObjectNode) changed.path("ranking")).put("expertWeight", 0.5).put("voteWeight", 0.5);
        changed.put("retentionDays", 30);
        APIGatewayV2HTTPResponse refused = put(campaignId, changed, "admin");
        assertEquals(409, refused.getStatusCode(), refused.getBody());
        assertEquals(Set.of("categories", "industries", "enterpriseQuota", "criteria", "ranking", "retentionDays"),
                lockedFields(refused));

        ObjectNode raised = Events.sampleConfiguration();
        raised.put("enterpriseQuota", 10);
        assertEquals(200, put(campaignId, raised, "admin").getStatusCode(), "a higher quota binds no one");
    }

    @Test
    void tiersLockOnceExpertsHaveScoredAndRankingWeightsOnceVotingHasOpened() {
        assertEquals(201, post(withId(Events.sampleConfiguration()), "admin").getStatusCode());
        TestDynamo.client().updateItem(b -> b.tableName(TestDynamo.CAMPAIGNS)
                .key(Map.of("campaignId", AttributeValue.fromS(campaignId)))
                .updateExpression("ADD scoresSubmitted :one")
                .expressionAttributeValues(Map.of(":one", AttributeValue.fromN("1"))));
        ObjectNode fewerTiers = Events.sampleConfiguration();
        ((com.fasterxml.jackson.databind.node.ArrayNode) fewerTiers.path("tiers")).remove(1);
        assertEquals(Set.of("tiers"), lockedFields(put(campaignId, fewerTiers, "admin")), "the joint meeting proposes tiers");
        ObjectNode reweighted = Events.sampleConfiguration();
        ((ObjectNode) reweighted.path("ranking")).put("expertWeight", 0.5).put("voteWeight", 0.5);
        assertEquals(200, put(campaignId, reweighted, "admin").getStatusCode(), "before the vote the weights may change");
        clock.set(Instant.parse("2030-07-16T00:00:00Z"));
        ObjectNode again = Events.sampleConfiguration();
        assertEquals(Set.of("ranking"), lockedFields(put(campaignId, again, "admin")), "votes cast bind the weights");
    }

    @Test
    void whatTheAdminReadCanBePutBackAndAStaleEditIsRefused() {
        assertEquals(201, post(withId(Events.sampleConfiguration()), "admin").getStatusCode());
        APIGatewayV2HTTPEvent read = Events.http("GetCampaignConfigFunction/demo.200.json");
        read.setPathParameters(new HashMap<>(Map.of("campaignId", campaignId)));
        read.setRawPath("/v1/admin/campaigns/" + campaignId);
        ObjectNode config = (ObjectNode) Events.body(get.handleRequest(Events.asStaff(read, "admin-1", "admin"), null));
        assertEquals(1, config.path("version").asInt());
        ((ObjectNode) config.path("name")).put("en", "edited");
        APIGatewayV2HTTPResponse saved = put(campaignId, config.deepCopy(), "admin");
        assertEquals(200, saved.getStatusCode(), saved.getBody());
        assertEquals(2, Events.body(saved).path("version").asInt());

        APIGatewayV2HTTPResponse stale = put(campaignId, config.deepCopy(), "admin");
        assertProblem(stale, 409, "concurrent-update");
        assertEquals(2, Events.body(stale).path("version").asInt(), "the answer says which version is current");
        ObjectNode otherId = config.deepCopy().put("version", 2).put("campaignId", "someone-else");
        assertEquals(Set.of("/campaignId"), pointers(put(campaignId, otherId, "admin")));
        ObjectNode staleAndWrong = config.deepCopy().put("campaignId", "someone-else");
        assertEquals(Set.of("/campaignId"), pointers(put(campaignId, staleAndWrong, "admin")),
                "bad input is answered first, with every error, even when the edit is also stale");
        assertEquals(2, store.find(campaignId).orElseThrow().version(), "nothing written by the refused edits");
    }

    private ObjectNode read(String id) {
        APIGatewayV2HTTPEvent read = Events.http("GetCampaignConfigFunction/demo.200.json");
        read.setPathParameters(new HashMap<>(Map.of("campaignId", id)));
        read.setRawPath("/v1/admin/campaigns/" + id);
        APIGatewayV2HTTPResponse response = get.handleRequest(Events.asStaff(read, "admin-1", "admin"), null);
        assertEquals(200, response.getStatusCode(), response.getBody());
        return (ObjectNode) Events.body(response);
    }

    @Test
    void theConfigurationSaysWhichRulesAreLockedAndWhyAndPutRefusesExactlyThose() {
        assertEquals(201, post(withId(Events.sampleConfiguration()), "admin").getStatusCode());
        assertEquals(0, read(campaignId).path("locked").size(), "nothing binds a new campaign");
        TestDynamo.client().updateItem(b -> b.tableName(TestDynamo.CAMPAIGNS)
                .key(Map.of("campaignId", AttributeValue.fromS(campaignId)))
                .updateExpression("ADD nominationsSubmitted :two")
                .expressionAttributeValues(Map.of(":two", AttributeValue.fromN("2"))));
        clock.set(Instant.parse("2030-07-16T00:00:00Z"));

        ObjectNode config = read(campaignId);
        Map<String, JsonNode> locked = new java.util.LinkedHashMap<>();
        config.path("locked").forEach(lock -> locked.put(lock.path("field").asText(), lock));
        assertEquals(List.of("categories", "industries", "nominationWindow.opensAt", "retentionDays", "enterpriseQuota", "timeZone",
                "ranking", "voteRules", "votingWindow.opensAt", "integrity.escalation"), List.copyOf(locked.keySet()));
        assertEquals("nominations-submitted", locked.get("categories").path("cause").asText());
        assertEquals("已有 2 份提名按这条规则提交，不能再改。", locked.get("categories").path("reason").path("zh").asText());
        assertEquals("a-lower-value", locked.get("enterpriseQuota").path("refuses").asText());
        assertEquals("voting-opened", locked.get("voteRules").path("cause").asText());
        assertTrue(locked.get("voteRules").path("reason").path("en").asText().startsWith("Voting opened at "),
                locked.get("voteRules").toString());

        ObjectNode changed = config.deepCopy();
        changed.put("timeZone", "Asia/Urumqi").put("retentionDays", 30).put("enterpriseQuota", 1);
        ((ObjectNode) changed.path("voteRules")).put("perVoterPerDay", 8);
        ((ObjectNode) changed.path("ranking")).put("expertWeight", 0.5).put("voteWeight", 0.5);
        ((ObjectNode) changed.path("nominationWindow")).put("opensAt", "2025-12-02T00:00:00+08:00");
        ((ObjectNode) changed.path("categories").get(0).path("name")).put("en", "Renamed");
        ((ObjectNode) changed.path("industries").get(0).path("name")).put("en", "Renamed");
        ((ObjectNode) changed.path("votingWindow")).put("opensAt", "2030-07-15T10:00:00+08:00");
        ((ObjectNode) changed.path("integrity")).putObject("escalation").put("zh", "不再处罚。").put("en", "No penalties any more.");
        assertEquals(locked.keySet(), lockedFields(put(campaignId, changed, "admin")), "what GET says is locked is what PUT refuses");

        ObjectNode renamed = config.deepCopy();
        ((ObjectNode) renamed.path("name")).put("en", "renamed while voting");
        renamed.put("enterpriseQuota", 10);
        assertEquals(200, put(campaignId, renamed, "admin").getStatusCode(), "GET's answer, locks included, can be put back");
    }

    @Test
    void everyProblemOfTheCriteriaIsListedAtOnce() {
        ObjectNode configuration = withId(Events.sampleConfiguration());
        ((ObjectNode) configuration.path("criteria").get(0)).put("code", "beauty").put("weight", 0.9);
        Set<String> codes = new java.util.HashSet<>();
        Events.body(post(configuration, "admin")).path("errors").forEach(e -> codes.add(e.path("code").asText()));
        assertTrue(codes.containsAll(Set.of("criteria", "weights")), codes.toString());

        ObjectNode shapes = withId(Events.sampleConfiguration());
        shapes.putArray("criteria").addNull().add(1).addObject().putObject("x");
        assertEquals(Set.of("/criteria/0", "/criteria/1", "/criteria/2/code", "/criteria/2/weight", "/criteria/2/x"),
                pointers(post(shapes, "admin")));
        assertTrue(store.find(campaignId).isEmpty());
    }

    @Test
    void aChangeBasedOnAnOutdatedCampaignWritesNothing() {
        assertEquals(201, post(withId(Events.sampleConfiguration()), "admin").getStatusCode());
        var stored = store.findStored(campaignId).orElseThrow();
        assertTrue(store.replace(stored.campaign().withVersion(2), 1, stored.progress()));
        assertFalse(store.replace(stored.campaign().withVersion(3), 1, stored.progress()), "version 1 is gone");
        TestDynamo.client().updateItem(b -> b.tableName(TestDynamo.CAMPAIGNS)
                .key(Map.of("campaignId", AttributeValue.fromS(campaignId)))
                .updateExpression("ADD nominationsSubmitted :one")
                .expressionAttributeValues(Map.of(":one", AttributeValue.fromN("1"))));
        assertFalse(store.replace(stored.campaign().withVersion(3), 2, CampaignProgress.NONE),
                "a nomination arrived since the rules were checked");
    }

    private static Set<String> lockedFields(APIGatewayV2HTTPResponse response) {
        List<String> fields = new java.util.ArrayList<>();
        Events.body(response).path("lockedFields").forEach(f -> fields.add(f.asText()));
        return fields.stream().collect(Collectors.toSet());
    }
}
