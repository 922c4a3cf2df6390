package org.gongjiang.acceptance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.gongjiang.acceptance.support.Http;
import org.gongjiang.acceptance.support.SharedDeployment;
import org.gongjiang.local.LocalDeployment;
import org.gongjiang.local.demo.DemoCampaign;
import org.junit.jupiter.api.Test;

/**
 * No leak from the open statistics on the demo campaign, whose 36 nominations carry known names, identity numbers,
 * mobiles and contacts (DemoCampaign makes them), one without consent to publication and three more
 * that never became finalists: every public answer, JSON and CSV, every statistics path and every
 * dimension and pair of the data package, the ballot and the notices, is scanned. No identity number,
 * masked or not, no mobile and no contact appears anywhere, and no name but the consenting finalists'.
 */
class OpenStatisticsLeakIT {

    @Test
    void noPublicAnswerCarriesPersonalDataOrTheNameOfANomineeWhoIsNotAConsentingFinalist() {
        LocalDeployment stack = SharedDeployment.get();
        Http http = new Http(stack.url());
        String campaign = "/v1/campaigns/" + DemoCampaign.CAMPAIGN_ID;
        Instant votingOpens = Instant.parse(http.get(campaign).json().path("votingWindow").path("opensAt").asText());

        Set<String> forbidden = new LinkedHashSet<>();
        Set<String> finalists = new LinkedHashSet<>();
        http.get(campaign + "/candidates").json().path("candidates").forEach(c -> finalists.add(c.path("name").asText()));
        assertEquals(DemoCampaign.FINALISTS, finalists.size());
        int withoutConsent = 0;
        for (int i = 0; i < DemoCampaign.NOMINATIONS; i++) {
            ObjectNode nomination = DemoCampaign.nomination(i, votingOpens);
            String idNumber = nomination.path("nominee").path("idNumber").asText();
            forbidden.add(idNumber);
            forbidden.add(idNumber.substring(0, 6) + "********" + idNumber.substring(14));
            forbidden.add(nomination.path("nominee").path("mobile").asText());
            forbidden.add(nomination.path("enterprise").path("contactName").asText());
            forbidden.add(nomination.path("enterprise").path("contactMobile").asText());
            String name = nomination.path("nominee").path("name").asText();
            if (!nomination.path("consent").path("publishProfile").asBoolean()) {
                withoutConsent++;
                forbidden.add(name);
            } else if (!finalists.contains(name)) {
                forbidden.add(name);
            }
        }
        assertEquals(1, withoutConsent);
        assertTrue(forbidden.size() >= 3 * DemoCampaign.NOMINATIONS + 4, "identity numbers clear and masked, mobiles, contacts, four names");

        List<String> paths = new ArrayList<>(List.of("/v1/campaigns", campaign, campaign + "/candidates", campaign + "/notices",
                campaign + "/stats", campaign + "/stats.csv", campaign + "/stats/votes", campaign + "/stats/votes.csv",
                campaign + "/stats/votes/timeline?interval=hour", campaign + "/stats/datapackage.json", campaign + "/winners",
                campaign + "/winners.csv", campaign + "/candidates/N0001"));
        JsonNode dataPackage = http.get(campaign + "/stats/datapackage.json").json();
        for (JsonNode resource : dataPackage.path("resources")) {
            String csv = resource.path("path").asText().substring(stack.url().length());
            paths.add(csv);
            paths.add(csv.replace(".csv", ""));
        }
        assertTrue(paths.size() > 100, "every dimension and pair, JSON and CSV: " + paths.size());

        List<String> leaks = new ArrayList<>();
        for (String path : paths) {
            for (String language : List.of("zh-CN", "en")) {
                Http.Response response = http.get(path, "Accept-Language", language);
                assertEquals(200, response.status(), path + ": " + response.body());
                for (String value : forbidden) {
                    if (response.body().contains(value)) {
                        leaks.add(path + " (" + language + ") shows " + value);
                    }
                }
            }
        }
        assertEquals(List.of(), leaks);
    }

    /**
     * On the demo campaign, industry by status hides 2 disqualified (materials) and 2 rejected (medicine)
     * next to 4 finalists in each: with row totals of 6 and a finalist column of 32 published, a reader who
     * knows hidden counts are 1 to 4 pins them all, as a black-box review did. The inside is withheld; the
     * one-way tables it shares stay published.
     */
    @Test
    void aTwoWayTableWhoseHiddenCountsTheBoundsWouldPinIsWithheldInside() throws InterruptedException {
        LocalDeployment stack = SharedDeployment.get();
        assertTrue(stack.awaitStreamsIdle(java.time.Duration.ofSeconds(60)), "the demo's nominations are all counted");
        Http http = new Http(stack.url());
        String stats = "/v1/campaigns/" + DemoCampaign.CAMPAIGN_ID + "/stats";
        JsonNode table = http.get(stats + "/nominations?by=industry&by=status").json();
        assertTrue(table.path("disclosure").path("insideWithheld").asBoolean(), table.path("disclosure").toString());
        for (JsonNode row : table.path("rows")) {
            boolean inside = !row.path("industry").asText().equals("total") && !row.path("status").asText().equals("total");
            if (inside && !row.path("count").isNull()) {
                assertEquals(0, row.path("count").asInt(), "only zeros of an empty line show inside: " + row);
            }
        }
        JsonNode byIndustry = http.get(stats + "/nominations?by=industry").json();
        byIndustry.path("rows").forEach(row -> assertEquals(false, row.path("suppressed").asBoolean(), row.toString()));
        JsonNode byStatus = http.get(stats + "/nominations?by=status").json();
        assertFalse(byStatus.path("disclosure").path("secondarySuppression").asBoolean(), "2 and 2 hidden, sum 4: not pinned");
    }
}
