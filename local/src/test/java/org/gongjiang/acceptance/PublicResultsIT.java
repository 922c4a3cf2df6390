package org.gongjiang.acceptance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.gongjiang.acceptance.support.Http;
import org.gongjiang.acceptance.support.SharedDeployment;
import org.gongjiang.local.demo.DemoCampaign;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The public pages' routes over HTTP on the demo: a finalist's profile ({@code /candidates/{candidateId}})
 * and the result ({@code /winners[.csv]}) of the closed edition, whose winners are named, and of the open
 * one, whose are not yet. Only the ballot's consented public fields ever show, and the vote figures are
 * those of {@code /stats/votes}.
 */
class PublicResultsIT {

    private static final String CURRENT = "/v1/campaigns/" + DemoCampaign.CAMPAIGN_ID;
    private static final String CLOSED = "/v1/campaigns/" + DemoCampaign.CLOSED_CAMPAIGN_ID;
    private static final List<String> PROFILE_FIELDS = List.of("candidateId", "name", "enterprise", "trade", "industry",
            "industryName", "region", "regionName", "category", "categoryName", "citation");

    private static Http http;

    @BeforeAll
    static void start() {
        http = new Http(SharedDeployment.get().url());
    }

    private static JsonNode ok(Http.Response response) {
        assertEquals(200, response.status(), response.body());
        return response.json();
    }

    private static void assertNotFound(String path, String type) {
        Http.Response zh = http.get(path);
        assertEquals(404, zh.status(), path + ": " + zh.body());
        assertEquals("urn:gongjiang:problem:" + type, zh.json().path("type").asText(), zh.body());
        assertTrue(zh.header("content-language").startsWith("zh"), zh.header("content-language"));
        Http.Response en = http.get(path, "Accept-Language", "en");
        assertEquals("urn:gongjiang:problem:" + type, en.json().path("type").asText());
        assertTrue(en.header("content-language").startsWith("en"), en.header("content-language"));
        assertFalse(en.json().path("detail").asText().equals(zh.json().path("detail").asText()), "a detail in each language");
    }

    /** What the nominations of both editions hold that the public must never see: identity numbers, birth dates, mobiles, contacts. */
    private static Set<String> personalData() {
        Instant votingOpens = Instant.parse(http.get(CURRENT).json().path("votingWindow").path("opensAt").asText());
        List<ObjectNode> nominations = new ArrayList<>();
        for (int i = 0; i < DemoCampaign.NOMINATIONS; i++) {
            nominations.add(DemoCampaign.nomination(i, votingOpens));
        }
        Instant closedOpens = Instant.parse(http.get(CLOSED).json().path("votingWindow").path("opensAt").asText());
        for (int i = 0; i < 12; i++) {
            nominations.add(DemoCampaign.nomination(i, closedOpens));
        }
        Set<String> forbidden = new LinkedHashSet<>();
        for (ObjectNode nomination : nominations) {
            String idNumber = nomination.path("nominee").path("idNumber").asText();
            forbidden.add(idNumber);
            forbidden.add(idNumber.substring(0, 6) + "********" + idNumber.substring(14));
            forbidden.add(nomination.path("nominee").path("birthDate").asText());
            forbidden.add(nomination.path("nominee").path("mobile").asText());
            forbidden.add(nomination.path("enterprise").path("creditCode").asText());
            forbidden.add(nomination.path("enterprise").path("contactName").asText());
            forbidden.add(nomination.path("enterprise").path("contactMobile").asText());
        }
        return forbidden;
    }

    private static void assertNoPersonalData(String path, String body) {
        for (String value : personalData()) {
            assertFalse(body.contains(value), path + " shows " + value);
        }
        for (String member : List.of("idNumber", "idNumberMasked", "mobile", "birthDate", "birthYear", "contactName", "expertScore",
                "scores", "combined")) {
            assertFalse(body.contains("\"" + member + "\""), path + " has " + member);
        }
    }

    @Test
    void aFinalistsProfileIsWhatItsPublicNoticeShowedAndNothingPersonal() {
        Instant votingOpens = Instant.parse(http.get(CURRENT).json().path("votingWindow").path("opensAt").asText());
        ObjectNode nomination = DemoCampaign.nomination(3, votingOpens);
        Http.Response response = http.get(CURRENT + "/candidates/N0004");
        JsonNode profile = ok(response);

        assertEquals("public, max-age=60", response.header("cache-control"));
        assertEquals(DemoCampaign.CAMPAIGN_ID, profile.path("campaignId").asText());
        for (String field : PROFILE_FIELDS) {
            assertTrue(profile.hasNonNull(field), field + " in " + profile);
        }
        assertEquals(nomination.path("nominee").path("name").asText(), profile.path("name").asText());
        assertEquals(nomination.path("enterprise").path("name").asText(), profile.path("enterprise").asText());
        assertEquals(nomination.path("nominee").path("trade").asText(), profile.path("trade").asText());
        assertEquals(nomination.path("nominee").path("citation").asText(), profile.path("citation").asText());
        assertEquals(nomination.path("nominee").path("region").asText(), profile.path("region").asText());
        assertEquals("装备制造", profile.path("industryName").path("zh").asText());
        assertEquals("Young craftsman", profile.path("categoryName").path("en").asText());
        assertFalse(profile.has("tier"), "not named: the vote is open");
        JsonNode listed = null;
        for (JsonNode candidate : ok(http.get(CURRENT + "/candidates")).path("candidates")) {
            if (candidate.path("candidateId").asText().equals("N0004")) {
                listed = candidate;
            }
        }
        JsonNode fromList = listed;
        listed.fieldNames().forEachRemaining(field -> assertEquals(fromList.path(field), profile.path(field), field));
        assertNoPersonalData("/candidates/N0004", response.body());
    }

    @Test
    void anyoneNotOnTheBallotIsNotFoundWhateverTheIdLooksLike() {
        assertNotFound("/v1/campaigns/no-such-campaign/candidates/N0001", "campaign-not-found");
        assertNotFound(CURRENT + "/candidates/N9999", "candidate-not-found");
        assertNotFound(CURRENT + "/candidates/" + "N".repeat(80), "candidate-not-found");
        assertNotFound(CURRENT + "/candidates/N0001%20OR%201", "candidate-not-found");
        // the demo's disqualified and rejected nominees: N0033 and N0034 at 资格初审, N0035 without consent, N0036 not shortlisted
        for (String id : List.of("N0033", "N0035", "N0036")) {
            assertNotFound(CURRENT + "/candidates/" + id, "candidate-not-found");
        }
        // the closed edition's: N0011 disqualified, N0012 not shortlisted
        assertNotFound(CLOSED + "/candidates/N0011", "candidate-not-found");
        assertNotFound(CLOSED + "/candidates/N0012", "candidate-not-found");
        assertNotFound("/v1/campaigns/no-such-campaign/winners", "campaign-not-found");
        assertNotFound("/v1/campaigns/no-such-campaign/winners.csv", "campaign-not-found");
    }

    @Test
    void theClosedEditionsWinnersAreNamedInTheCampaignsTierOrderEachWithItsPublicProfile() {
        Http.Response response = http.get(CLOSED + "/winners");
        JsonNode winners = ok(response);

        assertEquals("public, max-age=30", response.header("cache-control"));
        assertTrue(response.header("etag").startsWith("\""), "a strong ETag");
        assertEquals(304, http.get(CLOSED + "/winners", "If-None-Match", response.header("etag")).status());
        assertEquals(DemoCampaign.CLOSED_CAMPAIGN_ID + "/winners", winners.path("dataset").asText());
        assertEquals("CC-BY-4.0", winners.path("license").path("name").asText());
        assertTrue(winners.path("votingClosed").asBoolean());
        assertEquals(8, winners.path("winnersNamed").asInt());
        List<String> tiers = new ArrayList<>();
        Map<String, String> tierOf = new HashMap<>();
        for (JsonNode tier : winners.path("tiers")) {
            tiers.add(tier.path("tier").asText() + ":" + tier.path("winners").size());
            assertFalse(tier.path("name").path("zh").asText().isBlank());
            for (JsonNode winner : tier.path("winners")) {
                tierOf.put(winner.path("candidateId").asText(), tier.path("tier").asText());
                assertEquals(tier.path("tier").asText(), winner.path("tier").asText());
                ObjectNode profile = (ObjectNode) ok(http.get(CLOSED + "/candidates/" + winner.path("candidateId").asText()));
                profile.remove("campaignId");
                assertEquals(profile, winner, "the winner's profile is the candidate route's");
                for (String field : PROFILE_FIELDS) {
                    assertTrue(winner.hasNonNull(field), field + " in " + winner);
                }
            }
        }
        assertEquals(List.of("gold:2", "silver:3", "bronze:3"), tiers, "the campaign's tiers, in its order");

        JsonNode ranking = winners.path("ranking");
        assertEquals(10, ranking.size(), "every finalist, and only them");
        long previous = Long.MAX_VALUE;
        for (JsonNode line : ranking) {
            assertTrue(line.path("votes").asLong() <= previous, "most valid votes first");
            previous = line.path("votes").asLong();
            String tier = tierOf.get(line.path("candidateId").asText());
            assertEquals(tier == null ? "null" : tier, line.path("tier").asText(), line.toString());
        }
        assertNoPersonalData(CLOSED + "/winners", response.body());
    }

    @Test
    void theWinnersCsvIsTheRankingOfTheJsonAndItsVotesAndVoidedVotesAreThoseOfStatsVotes() {
        JsonNode winners = ok(http.get(CLOSED + "/winners"));
        Http.Response csv = http.get(CLOSED + "/winners.csv");
        assertEquals(200, csv.status(), csv.body());
        assertEquals("text/csv; charset=utf-8; header=present", csv.contentType());
        assertEquals("public, max-age=30", csv.header("cache-control"));
        assertEquals("inline; filename=\"" + DemoCampaign.CLOSED_CAMPAIGN_ID + "-winners.csv\"", csv.header("content-disposition"));
        assertTrue(csv.body().startsWith("\uFEFF"), "a byte order mark, for Excel");
        assertEquals(csv.body(), http.get(CLOSED + "/winners", "Accept", "text/csv").body(), "the same by suffix and by Accept");

        List<String> lines = Arrays.asList(csv.body().substring(1).split("\r\n"));
        assertEquals("candidateId,name,enterprise,industry,category,tier,tierName,votes,voided", lines.getFirst());
        JsonNode ranking = winners.path("ranking");
        assertEquals(ranking.size() + 1, lines.size());
        for (int i = 0; i < ranking.size(); i++) {
            String[] cells = lines.get(i + 1).split(",", -1);
            JsonNode line = ranking.get(i);
            assertEquals(line.path("candidateId").asText(), cells[0]);
            assertEquals(line.path("name").asText(), cells[1]);
            assertEquals(line.path("tier").isNull() ? "" : line.path("tier").asText(), cells[5]);
            assertEquals(line.path("tierName").isNull() ? "" : line.path("tierName").asText(), cells[6]);
            assertEquals(line.path("votes").asText(), cells[7]);
            assertEquals(line.path("voided").asText(), cells[8]);
        }

        JsonNode stats = ok(http.get(CLOSED + "/stats/votes"));
        Map<String, JsonNode> statsById = new HashMap<>();
        stats.path("candidates").forEach(line -> statsById.put(line.path("candidateId").asText(), line));
        assertEquals(statsById.keySet().size(), ranking.size());
        for (JsonNode line : ranking) {
            JsonNode counted = statsById.get(line.path("candidateId").asText());
            assertEquals(counted.path("votes").asLong(), line.path("votes").asLong(), line.toString());
            assertEquals(counted.path("voided").asLong(), line.path("voided").asLong(), line.toString());
        }
        assertEquals(stats.path("total").asLong(), winners.path("total").asLong());
        assertEquals(stats.path("totalVoided").asLong(), winners.path("totalVoided").asLong());
        assertTrue(winners.path("totalVoided").asLong() > 0, "the auditor's void shows: " + winners.path("totalVoided"));
        assertNoPersonalData(CLOSED + "/winners.csv", csv.body());
    }

    @Test
    void beforeNamingTheOpenEditionAnswersItsTiersEmptyAndItsLiveVote() {
        JsonNode winners = ok(http.get(CURRENT + "/winners", "Accept-Language", "en"));

        assertFalse(winners.path("votingClosed").asBoolean());
        assertEquals(0, winners.path("winnersNamed").asInt());
        List<String> tiers = new ArrayList<>();
        winners.path("tiers").forEach(tier -> {
            tiers.add(tier.path("tier").asText());
            assertEquals(0, tier.path("winners").size(), tier.toString());
        });
        assertEquals(List.of("gold", "silver", "bronze"), tiers);
        assertEquals(DemoCampaign.FINALISTS, winners.path("ranking").size());
        winners.path("ranking").forEach(line -> assertTrue(line.path("tier").isNull() && line.path("tierName").isNull(), line.toString()));
        assertEquals("Winners and the public vote", winners.path("title").asText());
    }
}
