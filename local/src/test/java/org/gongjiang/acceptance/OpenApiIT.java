package org.gongjiang.acceptance;

import static org.gongjiang.acceptance.support.ApiSession.expect;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.gongjiang.acceptance.support.ApiSession;
import org.gongjiang.acceptance.support.Http;
import org.gongjiang.acceptance.support.OpenApiContract;
import org.gongjiang.acceptance.support.SharedDeployment;
import org.gongjiang.local.LocalDeployment;
import org.gongjiang.local.demo.DemoCampaign;
import org.gongjiang.testing.TestFiles;
import org.gongjiang.local.template.SamTemplate;
import org.gongjiang.testing.TestDynamo;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * GET /v1/openapi.json describes every route of the template and nothing else, is a valid OpenAPI 3.1
 * document, and the product answers as it says: a walk through a whole campaign calls every operation
 * until each success it documents has really been answered, and every answer (this walk's and every
 * other HTTP test's, through {@link Http}) is validated against the document's schemas.
 */
class OpenApiIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final OpenApiContract CONTRACT = OpenApiContract.get();

    private static LocalDeployment stack;
    private static Http http;
    private static ApiSession session;

    @BeforeAll
    static void start() {
        stack = SharedDeployment.get();
        http = new Http(stack.url());
        session = new ApiSession(http);
    }

    @AfterEach
    void clockBackToNow() {
        session.clockBackToNow();
    }

    @Test
    void theDocumentIsServedPubliclyAsPackagedWithAStrongEtag() throws Exception {
        Http.Response served = http.get("/v1/openapi.json");
        assertEquals(200, served.status());
        assertTrue(served.contentType().startsWith("application/json"), served.contentType());
        assertEquals(JSON.readTree(CONTRACT.text()), served.json(), "the document in the jar is the one served");
        assertEquals("*", served.header("access-control-allow-origin"));
        assertTrue(served.header("cache-control").startsWith("public"), served.header("cache-control"));
        String etag = served.header("etag");
        assertTrue(etag != null && etag.startsWith("\"") && etag.endsWith("\""), "strong: " + etag);
        Http.Response unchanged = http.get("/v1/openapi.json", "If-None-Match", etag);
        assertEquals(304, unchanged.status());
        assertEquals("", unchanged.body());
    }

    @Test
    void everyRouteOfTheTemplateIsDocumentedWithItsFunctionAndItsAuthorizerAndNothingElseIs() {
        Map<String, String> documented = new TreeMap<>();
        for (OpenApiContract.Operation operation : CONTRACT.operations()) {
            documented.put(operation.method() + " " + operation.template(), operation.node().path("x-sam-function").asText());
            JsonNode security = operation.node().path("security");
            assertTrue(security.isArray(), operation.operationId() + " states its security");
            String route = operation.method() + " " + operation.template().replace("{resource}", "{resource+}");
            SamTemplate.HttpRoute templateRoute = TestDynamo.template().routes().stream()
                    .filter(r -> r.routeKey().equals(route)).findFirst().orElse(null);
            assertNotNull(templateRoute, route + " is documented but not in template.yaml");
            boolean isPublic = templateRoute.authorizer().isEmpty() || templateRoute.authorizer().get().equals("NONE");
            assertEquals(isPublic, security.isEmpty(), route + ": public exactly when the template says so");
            if (!isPublic) {
                assertTrue(security.toString().contains("bearerAuth"), route + " names the bearer scheme");
                assertTrue(operation.node().path("responses").has("401"), route + " documents 401");
            }
            assertTrue(operation.node().path("responses").has("500"), route + " documents 500");
        }
        Map<String, String> inTemplate = new TreeMap<>();
        for (SamTemplate.HttpRoute route : TestDynamo.template().routes()) {
            inTemplate.put(route.method() + " " + route.path().replace("{resource+}", "{resource}"), route.functionId());
        }
        assertEquals(inTemplate, documented, "the same routes, each served by the function the document names");
    }

    @Test
    void theDocumentIsOpenApi31WithUniqueOperationsResolvableReferencesAndValidSchemas() {
        JsonNode document = CONTRACT.document();
        assertTrue(document.path("openapi").asText().startsWith("3.1."), document.path("openapi").asText());
        assertTrue(document.path("info").has("title") && document.path("info").has("version"));
        Set<String> operationIds = new HashSet<>();
        for (OpenApiContract.Operation operation : CONTRACT.operations()) {
            assertTrue(operationIds.add(operation.operationId()), "unique and present: " + operation.operationId());
            assertTrue(operation.node().path("responses").size() > 0, operation.operationId());
        }
        List<String> unresolved = new ArrayList<>();
        references(document, unresolved);
        assertEquals(List.of(), unresolved, "every $ref is local and resolves");

        JsonSchema metaSchema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                .getSchema(SchemaLocation.of("https://json-schema.org/draft/2020-12/schema"));
        List<String> invalid = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> schemas = document.path("components").path("schemas").fields(); schemas.hasNext(); ) {
            Map.Entry<String, JsonNode> schema = schemas.next();
            metaSchema.validate(schema.getValue()).forEach(message -> invalid.add(schema.getKey() + ": " + message.getMessage()));
        }
        assertTrue(document.path("components").path("schemas").size() > 10, "named schemas");
        assertEquals(List.of(), invalid, "every component is a valid JSON Schema 2020-12");
    }

    private static void references(JsonNode node, List<String> unresolved) {
        if (node.isObject()) {
            JsonNode ref = node.get("$ref");
            if (ref != null && (!ref.asText().startsWith("#/") || CONTRACT.document().at(ref.asText().substring(1)).isMissingNode())) {
                unresolved.add(ref.asText());
            }
            node.elements().forEachRemaining(child -> references(child, unresolved));
        } else if (node.isArray()) {
            node.elements().forEachRemaining(child -> references(child, unresolved));
        }
    }

    /**
     * A campaign from creation to a named winner and its frozen statistics, calling every operation:
     * each success status the document promises must have been answered, and each answer conformed.
     */
    @Test
    void everySuccessTheDocumentPromisesIsReallyAnsweredAndConformsToItsSchema() throws Exception {
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        String campaignId = "oas-" + Long.toString(System.nanoTime(), 36);
        String campaign = "/v1/campaigns/" + campaignId;
        String admin = session.token("admin-1", "admin");
        String reviewer = session.token("reviewer-1", "reviewer");
        String voter = session.token("wx-voter-oas", "");
        Instant votingOpens = now.plus(Duration.ofDays(10));

        // the campaign: created, read back and saved again as read
        ObjectNode configuration = DemoCampaign.configuration(votingOpens);
        configuration.put("campaignId", campaignId);
        configuration.putObject("nominationWindow").put("opensAt", now.minus(Duration.ofDays(1)).toString())
                .put("closesAt", now.plus(Duration.ofDays(2)).toString());
        configuration.put("publicNotice", "P3D");
        configuration.putObject("votingWindow").put("opensAt", votingOpens.toString())
                .put("closesAt", votingOpens.plus(Duration.ofDays(10)).toString());
        // a watch so tight that the walk's one vote raises an alert, and every void waits for a second auditor
        ObjectNode integrity = configuration.putObject("integrity");
        integrity.put("fourEyesAbove", 0);
        integrity.putObject("networkConcentration").put("minVotes", 1);
        expect(201, session.send("POST", "/v1/admin/campaigns", configuration.toString(), admin));
        JsonNode saved = expect(200, session.send("GET", "/v1/admin/campaigns/" + campaignId, null, admin));
        expect(200, session.send("PUT", "/v1/admin/campaigns/" + campaignId, saved.toString(), admin));
        expect(200, http.get("/v1/campaigns"));
        expect(200, http.get(campaign));

        // four nominations: one to be named, one amended and withdrawn, one disqualified, one rejected
        String winner = submit(campaign, 0, votingOpens);
        String withdrawn = submit(campaign, 12, votingOpens);
        String disqualified = submit(campaign, 24, votingOpens);
        String rejected = submit(campaign, 1, votingOpens);
        String clerk = clerkOf(0, votingOpens);
        // the winner's photo: asked for, PUT straight to the store, checked; the review office lists and reads it
        String attachments = campaign + "/nominations/" + winner + "/attachments";
        byte[] photo = TestFiles.jpegWithGps();
        JsonNode asked = expect(201, session.send("POST", attachments, "{\"kind\":\"photo\",\"contentType\":\"image/jpeg\",\"size\":"
                + photo.length + ",\"fileName\":\"photo.jpg\"}", clerk));
        putUpload(asked.path("upload"), photo);
        String attachment = attachments + "/" + asked.path("attachmentId").asText();
        expect(200, session.send("POST", attachment + "/complete", null, clerk));
        expect(200, session.send("GET", attachments, null, reviewer));
        expect(200, session.send("GET", attachment, null, reviewer));
        expect(200, session.send("GET", campaign + "/nominations", null, clerk));
        expect(200, session.send("GET", campaign + "/nominations/" + withdrawn, null, reviewer));
        expect(200, session.send("PUT", campaign + "/nominations/" + withdrawn,
                DemoCampaign.nomination(12, votingOpens).toString(), clerk));
        expect(200, session.send("DELETE", campaign + "/nominations/" + withdrawn, null, clerk));
        expect(200, session.send("POST", campaign + "/nominations/" + disqualified + "/disqualify",
                "{\"reason\":\"材料不全。\"}", reviewer));

        for (String id : List.of(winner, rejected)) {
            String nomination = campaign + "/nominations/" + id;
            expect(200, session.send("POST", nomination + "/qualify", "{\"reason\":\"材料齐全。\"}", reviewer));
            expect(200, session.send("PUT", nomination + "/experts", "{\"experts\":[\"expert-1\",\"expert-2\"]}", reviewer));
            for (String expert : List.of("expert-1", "expert-2")) {
                expect(200, session.send("PUT", nomination + "/scores", "{\"scores\":{\"craftExpertise\":90,\"superbSkill\":88,"
                        + "\"leadingRole\":85,\"outstandingContribution\":80}}", session.token(expert, "expert")));
            }
        }
        expect(200, session.send("POST", campaign + "/nominations/" + rejected + "/reject", "{\"reason\":\"名额有限。\"}", reviewer));
        String nomination = campaign + "/nominations/" + winner;
        expect(200, session.send("POST", nomination + "/shortlist", "{\"tier\":\"gold\",\"reason\":\"联席会议通过。\"}", reviewer));

        // the notice, an objection and its resolution
        expect(200, session.send("POST", nomination + "/open-notice", null, reviewer));
        expect(200, http.get(campaign + "/notices"));
        expect200(http.get(campaign + "/notices/" + winner + "/photo"));
        JsonNode objection = expect(201, session.send("POST", campaign + "/notices/" + winner + "/objections",
                "{\"text\":\"获奖年份与材料不一致？\"}", voter));
        expect(200, session.send("GET", nomination + "/objections", null, reviewer));
        expect(200, session.send("POST", nomination + "/objections/" + objection.path("objectionId").asText() + "/resolution",
                "{\"decision\":\"dismiss\",\"reason\":\"经核实无误。\"}", reviewer));

        // the ballot and the vote
        session.advance("P4D");
        expect(200, session.send("POST", nomination + "/finalize", null, reviewer));
        session.advance("P7D");
        expect(200, http.get(campaign + "/candidates"));
        expect(200, http.get(campaign + "/candidates/" + winner));
        expect200(http.get(campaign + "/candidates/" + winner + "/photo"));
        JsonNode vote = expect(201, session.send("POST", campaign + "/votes", "{\"candidateId\":\"" + winner + "\"}", voter));
        expect(200, session.send("GET", campaign + "/votes/mine", null, voter));
        expect(200, http.get(campaign + "/receipts/" + vote.path("receipt").asText()));
        assertTrue(stack.awaitStreamsIdle(Duration.ofSeconds(30)));
        expect(200, session.send("GET", campaign + "/ranking", null, reviewer));

        // the watch: the alert, a void asked for, confirmed by a second auditor, restored; a suspension and its lifting
        session.advance("PT15M");
        // the watch catches up a day of windows per run: the vote came on the second day
        expect(200, http.post("/local/schedules/run", ""));
        expect(200, http.post("/local/schedules/run", ""));
        String auditor = session.token("auditor-1", "auditor");
        String secondAuditor = session.token("auditor-2", "auditor");
        String integrityBase = campaign + "/integrity";
        JsonNode alerts = expect(200, session.send("GET", integrityBase + "/alerts", null, auditor)).path("alerts");
        assertEquals(1, alerts.size(), alerts.toString());
        String alertId = alerts.get(0).path("alertId").asText();
        JsonNode alert = expect(200, session.send("GET", integrityBase + "/alerts/" + alertId, null, auditor));
        String voterId = alert.path("implicated").get(0).path("voterId").asText();
        JsonNode requested = expect(201, session.send("POST", integrityBase + "/voids", "{\"candidateId\":\"" + winner
                + "\",\"alertId\":\"" + alertId + "\",\"reason\":\"同一网络集中投票。\"}", auditor));
        assertEquals("pending-confirmation", requested.path("status").asText());
        String voidPath = integrityBase + "/voids/" + requested.path("voidId").asText();
        expect(200, session.send("GET", integrityBase + "/voids", null, auditor));
        expect(200, session.send("GET", voidPath, null, auditor));
        expect(200, session.send("POST", voidPath + "/confirmation", null, secondAuditor));
        assertTrue(stack.awaitStreamsIdle(Duration.ofSeconds(30)));
        getEveryStatistic(campaign + "/stats");
        expect(200, session.send("POST", voidPath + "/restoration", "{\"reason\":\"经核实为本单位职工正常投票。\"}", secondAuditor));
        expect(201, session.send("POST", integrityBase + "/suspensions", "{\"voterId\":\"" + voterId
                + "\",\"reason\":\"核查期间暂停。\"}", auditor));
        expect(200, session.send("GET", integrityBase + "/suspensions", null, auditor));
        expect(200, session.send("DELETE", integrityBase + "/suspensions/" + voterId, null, auditor));
        expect(200, session.send("GET", integrityBase + "/audit", null, auditor));

        // the close: the winner named, the statistics frozen
        session.advance("P10D");
        expect(200, http.get(campaign + "/winners"));
        expect(200, session.send("POST", nomination + "/name", "{\"tier\":\"gold\"}", reviewer));
        session.advance("PT1M"); // past the ballot's cache, which the winners are read from
        assertEquals(1, expect(200, http.get(campaign + "/winners")).path("winnersNamed").asInt());
        Http.Response winners = expect200(http.get(campaign + "/winners"));
        Http.Response winnersCsv = expect200(http.get(campaign + "/winners.csv"));
        expect200(http.get(campaign + "/winners", "Accept", "text/csv"));
        assertEquals(304, http.get(campaign + "/winners", "If-None-Match", winners.header("etag")).status());
        assertEquals(304, http.get(campaign + "/winners.csv", "If-None-Match", winnersCsv.header("etag")).status());
        expect(200, session.send("GET", nomination + "/audit", null, admin));
        assertTrue(stack.awaitStreamsIdle(Duration.ofSeconds(30)));
        expect(200, http.post("/local/schedules/run", ""));
        JsonNode snapshots = expect(200, http.get(campaign + "/stats/datapackage.json")).path("snapshots");
        assertEquals(1, snapshots.size(), snapshots.toString());
        String frozen = campaign + "/stats/snapshots/" + snapshots.get(0).path("date").asText();
        getEveryStatistic(frozen);
        expect(200, http.get("/v1/openapi.json"));
        assertEquals(304, http.get("/v1/openapi.json", "If-None-Match", "*").status());

        Set<String> promised = new TreeSet<>();
        for (OpenApiContract.Operation operation : CONTRACT.operations()) {
            operation.node().path("responses").fieldNames().forEachRemaining(status -> {
                if (status.startsWith("2") || status.equals("304")) {
                    promised.add(operation.operationId() + " " + status);
                }
            });
        }
        Set<String> unanswered = new TreeSet<>(promised);
        unanswered.removeAll(CONTRACT.seen());
        assertEquals(Set.of(), unanswered, "documented successes never answered in the walk");
    }

    /** Every statistics resource under {@code stats}, as JSON, as CSV by suffix and by Accept, and again unchanged. */
    private static void getEveryStatistic(String stats) {
        boolean frozen = stats.contains("/snapshots/");
        for (String resource : List.of("", "/nominations?by=industry", "/nominations?by=sex&by=ageBand", "/votes",
                "/votes?category=craftsman", "/votes/timeline?interval=day", "/votes/timeline?interval=hour", "/integrity")) {
            String[] pathAndQuery = resource.split("\\?", 2);
            String query = pathAndQuery.length > 1 ? "?" + pathAndQuery[1] : "";
            Http.Response json = expect200(http.get(stats + pathAndQuery[0] + query));
            Http.Response csv = expect200(http.get(stats + pathAndQuery[0] + ".csv" + query));
            expect200(http.get(stats + pathAndQuery[0] + query, "Accept", "text/csv"));
            assertEquals(304, http.get(stats + pathAndQuery[0] + query, "If-None-Match", json.header("etag")).status());
            assertEquals(304, http.get(stats + pathAndQuery[0] + ".csv" + query, "If-None-Match", csv.header("etag")).status());
        }
        if (!frozen) {
            Http.Response dataPackage = expect200(http.get(stats + "/datapackage.json"));
            assertEquals(304, http.get(stats + "/datapackage.json", "If-None-Match", dataPackage.header("etag")).status());
        }
    }

    private static Http.Response expect200(Http.Response response) {
        assertEquals(200, response.status(), response.body());
        return response;
    }

    /** The PUT a browser makes to a pre-signed upload URL, with the headers the API said to send. */
    private static void putUpload(JsonNode upload, byte[] body) {
        try {
            java.net.http.HttpRequest.Builder request = java.net.http.HttpRequest.newBuilder(java.net.URI.create(upload.path("url").asText()))
                    .PUT(java.net.http.HttpRequest.BodyPublishers.ofByteArray(body));
            upload.path("headers").fields().forEachRemaining(header -> {
                if (!header.getKey().equalsIgnoreCase("Content-Length")) {
                    request.header(header.getKey(), header.getValue().asText());
                }
            });
            assertEquals(200, java.net.http.HttpClient.newHttpClient().send(request.build(),
                    java.net.http.HttpResponse.BodyHandlers.discarding()).statusCode());
        } catch (java.io.IOException | InterruptedException e) {
            throw new AssertionError(e);
        }
    }

    private static String submit(String campaign, int nominee, Instant votingOpens) {
        return expect(201, session.send("POST", campaign + "/nominations", DemoCampaign.nomination(nominee, votingOpens).toString(),
                clerkOf(nominee, votingOpens))).path("nominationId").asText();
    }

    private static String clerkOf(int nominee, Instant votingOpens) {
        String creditCode = DemoCampaign.nomination(nominee, votingOpens).path("enterprise").path("creditCode").asText();
        return session.token("clerk-" + creditCode, "enterprise", "creditCode", creditCode);
    }
}
