package org.gongjiang.acceptance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gongjiang.acceptance.support.Http;
import org.gongjiang.acceptance.support.SharedDeployment;
import org.gongjiang.local.LocalDeployment;
import org.gongjiang.nomination.model.IdentityNumber;
import org.gongjiang.testing.Events;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The open statistics from outside, over HTTP, on a campaign of fifteen nominees whose counts
 * sit at k-1, k and k+1 (k = 5): by industry 4, 5 and 6; by sex 10 men and 5 women; 9 front-line
 * workers and 6 not. The last test closes the vote and checks the snapshot.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class OpenStatisticsIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String[] INDUSTRIES = {"shipbuilding", "home-appliances", "petrochemicals"};

    private static LocalDeployment stack;
    private static Http http;
    private static String campaignId;
    private static String stats;
    private static String clerk;

    @BeforeAll
    static void campaignOfFifteenNominees() throws InterruptedException {
        stack = SharedDeployment.get();
        http = new Http(stack.url());
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        campaignId = "stats-" + Long.toString(System.nanoTime(), 36);
        stats = "/v1/campaigns/" + campaignId + "/stats";
        String admin = "Bearer " + http.token("admin-1", "admin");
        ObjectNode configuration = (ObjectNode) Events.requestBody("CreateCampaignFunction/create.201.json");
        configuration.put("campaignId", campaignId).put("publicNotice", "P1D").put("enterpriseQuota", 50);
        configuration.putObject("nominationWindow").put("opensAt", now.minus(Duration.ofDays(1)).toString())
                .put("closesAt", now.plus(Duration.ofDays(1)).toString());
        configuration.putObject("votingWindow").put("opensAt", now.plus(Duration.ofDays(3)).toString())
                .put("closesAt", now.plus(Duration.ofDays(4)).toString());
        assertEquals(201, http.post("/v1/admin/campaigns", configuration.toString(), "Authorization", admin).status());
        clerk = "Bearer " + http.token("clerk-stats", "enterprise");
        for (int i = 0; i < 15; i++) {
            submit(i);
        }
        assertTrue(stack.awaitStreamsIdle(Duration.ofSeconds(30)));
    }

    /** Nominee i: industry 4/5/6, women the last five of the fifteen, front line all but six. */
    private static void submit(int i) {
        String industry = i < 4 ? INDUSTRIES[0] : i < 9 ? INDUSTRIES[1] : INDUSTRIES[2];
        boolean woman = i >= 10 && i < 15;
        String birth = "198%d-0%d-1%d".formatted(i % 10, 1 + i % 9, i % 10);
        String first17 = "370211" + birth.replace("-", "") + "%02d".formatted(i) + (woman ? 2 : 1);
        ObjectNode body = (ObjectNode) Events.requestBody("SubmitNominationFunction/1-submit.201.json");
        ((ObjectNode) body.path("nominee")).put("name", "统计测试" + i).put("idNumber", first17 + IdentityNumber.checkCharacter(first17))
                .put("birthDate", birth).put("sex", woman ? "F" : "M").put("industry", industry)
                .put("frontLine", !(i % 3 == 0 || i == 14));
        Http.Response response = http.post("/v1/campaigns/" + campaignId + "/nominations", body.toString(),
                "Authorization", clerk, "Content-Type", "application/json");
        assertEquals(201, response.status(), response.body());
    }

    @AfterAll
    static void clockBackToNow() {
        assertEquals(200, http.post("/local/clock", "{\"offset\":\"PT0S\"}").status());
    }

    private static JsonNode json(String path, String... headers) {
        Http.Response response = http.get(path, headers);
        assertEquals(200, response.status(), path + ": " + response.body());
        assertTrue(response.contentType().startsWith("application/json"), response.contentType());
        return response.json();
    }

    private static Map<String, JsonNode> rowsBy(JsonNode table, String field) {
        Map<String, JsonNode> rows = new LinkedHashMap<>();
        table.path("rows").forEach(row -> rows.put(row.path(field).asText(), row));
        return rows;
    }

    @Test
    @Order(1)
    void aCountUnderKIsSuppressedACountOfKOrMoreIsPublishedAndALoneSuppressedCountTakesAnotherWithIt() {
        JsonNode byIndustry = json(stats + "/nominations?by=industry");
        Map<String, JsonNode> rows = rowsBy(byIndustry, "industry");
        assertTrue(rows.get("shipbuilding").path("suppressed").asBoolean(), "4 = k-1");
        assertTrue(rows.get("shipbuilding").path("count").isNull(), "null, never 0 or the true number");
        assertTrue(rows.get("home-appliances").path("suppressed").asBoolean(),
                "5 = k, withheld with it: the total minus the others would give the 4 away");
        assertEquals(6, rows.get("petrochemicals").path("count").asInt(), "6 = k+1");
        assertEquals(15, rows.get("total").path("count").asInt());
        assertTrue(byIndustry.path("disclosure").path("secondarySuppression").asBoolean());
        assertEquals(5, byIndustry.path("disclosure").path("k").asInt());
        assertFalse(byIndustry.path("disclosure").path("rule").asText().isBlank());

        Map<String, JsonNode> bySex = rowsBy(json(stats + "/nominations?by=sex"), "sex");
        assertEquals(5, bySex.get("F").path("count").asInt(), "k itself is published");
        assertEquals(10, bySex.get("M").path("count").asInt());
        Map<String, JsonNode> byFrontLine = rowsBy(json(stats + "/nominations?by=frontLine"), "frontLine");
        assertEquals(6, byFrontLine.get("no").path("count").asInt());
        assertEquals(9, byFrontLine.get("yes").path("count").asInt());
        assertEquals("否", byFrontLine.get("no").path("frontLineName").asText());
        assertEquals("No", rowsBy(json(stats + "/nominations?by=frontLine", "Accept-Language", "en"), "frontLine")
                .get("no").path("frontLineName").asText());
    }

    @Test
    @Order(2)
    void aTwoWayTableWithholdsEnoughThatNoLineHasALoneSuppressedCount() {
        JsonNode table = json(stats + "/nominations?by=industry&by=sex");
        assertEquals(12, table.path("rows").size(), "3 industries and the total, by 2 sexes and the total");
        Map<String, Integer> suppressedPerLine = new LinkedHashMap<>();
        table.path("rows").forEach(row -> {
            if (row.path("suppressed").asBoolean()) {
                suppressedPerLine.merge("industry=" + row.path("industry").asText(), 1, Integer::sum);
                suppressedPerLine.merge("sex=" + row.path("sex").asText(), 1, Integer::sum);
            }
        });
        suppressedPerLine.forEach((line, suppressed) -> assertNotEquals(1, suppressed, line + " " + table));
        JsonNode reversed = json(stats + "/nominations?by=sex&by=industry");
        assertEquals(table.path("rows").size(), reversed.path("rows").size());
        table.path("rows").forEach(row -> {
            boolean found = false;
            for (JsonNode other : reversed.path("rows")) {
                if (other.path("industry").equals(row.path("industry")) && other.path("sex").equals(row.path("sex"))) {
                    assertEquals(row.path("count"), other.path("count"), "the same table whichever order it is asked in");
                    found = true;
                }
            }
            assertTrue(found);
        });
    }

    @Test
    @Order(3)
    void everyResourceOfTheDataPackageReadsTheSameAsCsvAsItDoesAsJson() {
        JsonNode dataPackage = json(stats + "/datapackage.json");
        assertEquals("CC-BY-4.0", dataPackage.path("licenses").get(0).path("name").asText());
        assertEquals(50, dataPackage.path("resources").size(), "summary, 9 + 36 nomination tables, votes, two timelines, integrity");
        for (JsonNode resource : dataPackage.path("resources")) {
            String csvPath = resource.path("path").asText().substring(stack.url().length());
            Http.Response csv = http.get(csvPath);
            assertEquals(200, csv.status(), csvPath + ": " + csv.body());
            assertTrue(csv.contentType().startsWith("text/csv"), csv.contentType());
            assertEquals("*", csv.header("access-control-allow-origin"));
            assertTrue(csv.body().startsWith("\uFEFF"), "a byte order mark for Excel");
            List<Map<String, String>> parsed = Csv.parse(csv.body().substring(1));
            JsonNode asJson = json(csvPath.replace(".csv", ""));
            JsonNode rows = asJson.has("rows") ? asJson.path("rows") : asJson.path("candidates");
            List<String> fields = new ArrayList<>();
            resource.path("schema").path("fields").forEach(field -> fields.add(field.path("name").asText()));
            List<String> jsonFields = new ArrayList<>();
            asJson.path("schema").path("fields").forEach(field -> jsonFields.add(field.path("name").asText()));
            assertEquals(fields, jsonFields, "the data package's schema is the resource's own: " + csvPath);
            assertEquals(rows.size(), parsed.size(), csvPath);
            for (int i = 0; i < rows.size(); i++) {
                for (String field : fields) {
                    JsonNode value = rows.get(i).path(field);
                    String cell = parsed.get(i).get(field);
                    assertEquals(value.isNull() ? "" : value.asText(), cell, csvPath + " row " + i + " " + field);
                }
            }
        }
    }

    @Test
    @Order(4)
    void theSummaryCountsNominationsByStatusAndSaysWhatItWithheld() {
        JsonNode summary = json(stats);
        assertEquals(campaignId + "/summary", summary.path("dataset").asText());
        assertEquals("CC-BY-4.0", summary.path("license").path("name").asText());
        assertFalse(summary.path("schema").path("fields").isEmpty());
        Map<String, JsonNode> nominations = new LinkedHashMap<>();
        summary.path("rows").forEach(row -> {
            if (row.path("measure").asText().equals("nominations")) {
                nominations.put(row.path("key").asText(), row);
            }
        });
        assertEquals(15, nominations.get("total").path("value").asInt());
        assertEquals(15, nominations.get("SUBMITTED").path("value").asInt());
        assertEquals(0, nominations.get("FINALIST").path("value").asInt());
        JsonNode share = null;
        for (JsonNode row : summary.path("rows")) {
            if (row.path("measure").asText().equals("frontLineShare") && row.path("key").asText().equals("nominees")) {
                share = row;
            }
        }
        assertEquals(0.6, share.path("value").asDouble(), 1e-9);
    }

    @Test
    @Order(5)
    void aStrongEtagAnswers304UntilTheFiguresChange() throws InterruptedException {
        Http.Response first = http.get(stats + "/nominations?by=sex");
        String etag = first.header("etag");
        assertTrue(etag != null && etag.startsWith("\"") && !etag.startsWith("W/"), "a strong ETag: " + etag);
        assertTrue(first.header("cache-control").contains("public"));
        Http.Response again = http.get(stats + "/nominations?by=sex", "If-None-Match", etag);
        assertEquals(304, again.status());
        assertEquals("", again.body());
        assertEquals(etag, again.header("etag"));
        assertEquals(200, http.get(stats + "/nominations.csv?by=sex", "If-None-Match", etag).status(), "CSV is another representation");

        submit(15);
        assertTrue(stack.awaitStreamsIdle(Duration.ofSeconds(30)));
        Http.Response changed = http.get(stats + "/nominations?by=sex", "If-None-Match", etag);
        assertEquals(200, changed.status(), "the figures changed");
        assertNotEquals(etag, changed.header("etag"));
        assertEquals(11, rowsBy(changed.json(), "sex").get("M").path("count").asInt());
    }

    @Test
    @Order(6)
    void badQueriesAreRefusedWithEveryProblemListed() {
        Http.Response refused = http.get(stats + "/nominations?by=religion&by=sex&by=tier", "Accept-Language", "en");
        assertEquals(400, refused.status());
        assertEquals("urn:gongjiang:problem:invalid-request", refused.json().path("type").asText());
        assertEquals(2, refused.json().path("errors").size(), refused.body());
        assertEquals(400, http.get(stats + "/votes/timeline?interval=minute").status());
        assertEquals(400, http.get(stats + "/votes/timeline?from=yesterday").status());
        assertEquals(400, http.get(stats + "/votes?industry=banking").status());
        assertEquals(400, http.get(stats + "?page=2").status());
        assertEquals(404, http.get("/v1/campaigns/no-such-campaign/stats").status());
        assertEquals(404, http.get(stats + "/snapshots/2020-01-01").status());
    }

    @Test
    @Order(7)
    void whenTheVoteClosesASnapshotIsFrozenAndServedAsImmutable() throws InterruptedException {
        assertEquals(0, json(stats + "/datapackage.json").path("snapshots").size());
        assertEquals(200, http.post("/local/clock", "{\"advance\":\"P4DT20M\"}").status());
        JsonNode ran = http.post("/local/schedules/run", "").json();
        assertTrue(ran.toString().contains(campaignId), ran.toString());
        JsonNode dataPackage = json(stats + "/datapackage.json");
        assertEquals(1, dataPackage.path("snapshots").size());
        String date = dataPackage.path("snapshots").get(0).path("date").asText();
        assertEquals(100, dataPackage.path("resources").size(), "every resource, live and frozen");

        String frozen = stats + "/snapshots/" + date;
        Http.Response snapshot = http.get(frozen + "/nominations?by=sex");
        assertEquals(200, snapshot.status(), snapshot.body());
        assertTrue(snapshot.header("cache-control").contains("immutable"), snapshot.header("cache-control"));
        assertEquals(date, snapshot.json().path("snapshot").asText());
        assertEquals(campaignId + "/snapshots/" + date + "/nominations-by-sex", snapshot.json().path("dataset").asText());
        assertEquals(json(stats + "/nominations?by=sex").path("rows"), snapshot.json().path("rows"), "frozen as the figures stood");
        assertEquals(200, http.get(frozen + ".csv").status());
        assertEquals(200, http.get(frozen + "/votes/timeline.csv?interval=day").status());

        // the figures move on after the close (the review office qualifies someone); the snapshot does not
        String reviewer = "Bearer " + http.token("reviewer-9", "reviewer");
        assertEquals(200, http.send("POST", "/v1/campaigns/" + campaignId + "/nominations/N0001/qualify", "{\"reason\":\"ok\"}",
                "Authorization", reviewer, "Content-Type", "application/json").status());
        assertTrue(stack.awaitStreamsIdle(Duration.ofSeconds(30)));
        JsonNode live = json(stats + "/nominations?by=status");
        assertTrue(rowsBy(live, "status").get("QUALIFIED").path("suppressed").asBoolean(), "one qualified: under k");
        http.post("/local/schedules/run", "");
        Http.Response still = http.get(frozen + "/nominations?by=status");
        assertEquals(0, rowsBy(still.json(), "status").get("QUALIFIED").path("count").asInt(), "the snapshot never changes");
        assertEquals(snapshot.header("etag"), http.get(frozen + "/nominations?by=sex").header("etag"));
    }

    /** RFC 4180 CSV as Excel and the statistics write it: a header row, quoted cells where needed. */
    static final class Csv {

        static List<Map<String, String>> parse(String text) {
            List<List<String>> lines = new ArrayList<>();
            List<String> line = new ArrayList<>();
            StringBuilder cell = new StringBuilder();
            boolean quoted = false;
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (quoted) {
                    if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                        cell.append('"');
                        i++;
                    } else if (c == '"') {
                        quoted = false;
                    } else {
                        cell.append(c);
                    }
                } else if (c == '"') {
                    quoted = true;
                } else if (c == ',') {
                    line.add(cell.toString());
                    cell.setLength(0);
                } else if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    line.add(cell.toString());
                    cell.setLength(0);
                    lines.add(line);
                    line = new ArrayList<>();
                    i++;
                } else {
                    cell.append(c);
                }
            }
            List<String> header = lines.getFirst();
            List<Map<String, String>> rows = new ArrayList<>();
            for (List<String> values : lines.subList(1, lines.size())) {
                assertEquals(header.size(), values.size(), "every row has every column");
                Map<String, String> row = new LinkedHashMap<>();
                for (int i = 0; i < header.size(); i++) {
                    row.put(header.get(i), values.get(i));
                }
                rows.add(row);
            }
            return rows;
        }
    }
}
