package org.gongjiang.local.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.gongjiang.acceptance.support.Http;
import org.gongjiang.acceptance.support.SharedDeployment;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The demo's closed edition on the running stack: listed beside the open one with its past voting window,
 * its vote counted with the farm's votes voided, its statistics frozen after the close, and its winners
 * named in the three tiers.
 */
class DemoClosedEditionIT {

    private static final String CLOSED = "/v1/campaigns/" + DemoClosedEdition.CAMPAIGN_ID;

    private static Http http;

    @BeforeAll
    static void start() {
        http = new Http(SharedDeployment.get().url());
    }

    private static JsonNode ok(String path) {
        Http.Response response = http.get(path);
        assertEquals(200, response.status(), path + ": " + response.body());
        return response.json();
    }

    @Test
    void theCampaignsListShowsTheClosedEditionWithItsPastVotingWindowBesideTheOpenOne() {
        JsonNode closed = null;
        JsonNode open = null;
        for (JsonNode campaign : ok("/v1/campaigns").path("campaigns")) {
            if (campaign.path("campaignId").asText().equals(DemoClosedEdition.CAMPAIGN_ID)) {
                closed = campaign;
            } else if (campaign.path("campaignId").asText().equals(DemoCampaign.CAMPAIGN_ID)) {
                open = campaign;
            }
        }
        assertNotNull(closed);
        assertNotNull(open);
        assertEquals("第四届“四川工匠”评选（演示）", closed.path("name").path("zh").asText());
        assertEquals("4th Sichuan Craftsmen selection (demo)", closed.path("name").path("en").asText());
        assertEquals("2025-10-31T16:00:00Z", closed.path("votingWindow").path("opensAt").asText());
        assertEquals("2025-11-30T16:00:00Z", closed.path("votingWindow").path("closesAt").asText());
        assertTrue(Instant.parse(closed.path("votingWindow").path("closesAt").asText()).isBefore(Instant.now()));
        assertTrue(Instant.parse(open.path("votingWindow").path("closesAt").asText()).isAfter(Instant.now()));
    }

    @Test
    void itsHundredsOfVotesWereCountedWithTheFarmsVotesVoidedByAnAuditor() {
        JsonNode votes = ok(CLOSED + "/stats/votes");
        assertEquals(DemoClosedEdition.FARM, votes.path("totalVoided").asLong());
        long cast = votes.path("total").asLong() + votes.path("totalVoided").asLong();
        assertTrue(cast >= 200, "some hundreds of votes cast: " + cast);
        JsonNode voids = ok(CLOSED + "/stats/integrity").path("voids");
        assertEquals(1, voids.size(), voids.toString());
        assertEquals(DemoClosedEdition.FARM, voids.get(0).path("votesVoided").asInt());
        assertEquals("manual", voids.get(0).path("rule").asText());
        long voters = 0;
        for (JsonNode day : ok(CLOSED + "/stats/votes/timeline?interval=day").path("rows")) {
            voters += day.path("voters").asLong();
        }
        assertTrue(voters >= 100, "many voter tokens: " + voters);
    }

    @Test
    void itsStatisticsWereFrozenOnceTheVoteClosed() {
        JsonNode snapshots = ok(CLOSED + "/stats/datapackage.json").path("snapshots");
        List<String> dates = new ArrayList<>();
        snapshots.forEach(snapshot -> dates.add(snapshot.path("date").asText()));
        assertEquals(List.of("2025-11-30"), dates);
        JsonNode frozen = ok(CLOSED + "/stats/snapshots/2025-11-30/votes");
        JsonNode live = ok(CLOSED + "/stats/votes");
        assertEquals(live.path("total"), frozen.path("total"), "the close's figures: nothing counted after it");
        assertEquals(live.path("totalVoided"), frozen.path("totalVoided"));
        assertTrue(Instant.parse(snapshots.get(0).path("takenAt").asText()).isAfter(Instant.parse("2025-11-30T16:15:00Z")),
                "after the close and its settle time, as the schedule takes it");
    }

    @Test
    void theReviewOfficeNamedEightWinnersInTheThreeTiers() {
        JsonNode winners = ok(CLOSED + "/winners");
        assertEquals(8, winners.path("winnersNamed").asInt());
        List<Integer> sizes = new ArrayList<>();
        winners.path("tiers").forEach(tier -> sizes.add(tier.path("winners").size()));
        assertEquals(List.of(2, 3, 3), sizes);
        JsonNode nominations = http.get(CLOSED + "/nominations", "Authorization", "Bearer " + http.token("reviewer-1", "reviewer"))
                .json().path("nominations");
        List<String> statuses = new ArrayList<>();
        nominations.forEach(n -> statuses.add(n.path("status").asText()));
        assertEquals(DemoClosedEdition.NOMINATIONS, statuses.size());
        assertEquals(8, statuses.stream().filter("NAMED"::equals).count());
        assertEquals(2, statuses.stream().filter("FINALIST"::equals).count());
        assertEquals(List.of("DISQUALIFIED", "REJECTED"), statuses.subList(10, 12));
    }
}
