package org.gongjiang.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.gongjiang.acceptance.support.Http;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** The closed earlier edition: found among the campaigns, its winners by tier, valid and voided totals. */
class ResultsPageIT {

    private static final String EARLIER_EDITION = "sichuan-2025";

    @Test
    void aReaderFindsTheClosedEditionAndReadsItsWinnersByTierAndItsValidAndVoidedVotes() {
        JsonNode winners = new Http(PublicPages.baseUrl()).get("/v1/campaigns/" + EARLIER_EDITION + "/winners").json();
        try (Browser browser = Browser.phone()) {
            browser.open(PublicPages.baseUrl() + "/");
            WebElement closed = browser.awaitVisible(By.cssSelector("#group-closed + ul li[data-campaign='" + EARLIER_EDITION + "']"));
            closed.findElement(By.cssSelector("h3 a")).click();
            browser.awaitVisible(By.id("ranking"));
            assertTrue(browser.driver().getCurrentUrl().contains("/results.html?campaign=" + EARLIER_EDITION));

            List<WebElement> tiers = browser.driver().findElements(By.cssSelector("section.tier"));
            List<String> namedTiers = new ArrayList<>();
            winners.path("tiers").forEach(tier -> {
                if (!tier.path("winners").isEmpty()) {
                    namedTiers.add(tier.path("tier").asText());
                }
            });
            assertTrue(namedTiers.size() >= 2, "the demo names winners in several tiers: " + winners.path("tiers"));
            assertEquals(namedTiers, tiers.stream().map(t -> t.getAttribute("data-tier")).toList());
            for (JsonNode tier : winners.path("tiers")) {
                for (JsonNode winner : tier.path("winners")) {
                    WebElement card = browser.driver().findElement(
                            By.cssSelector("section.tier[data-tier='" + tier.path("tier").asText() + "'] li[data-candidate='"
                                    + winner.path("candidateId").asText() + "']"));
                    assertTrue(card.getText().contains(winner.path("name").asText())
                            && card.getText().contains(winner.path("enterprise").asText()), card.getText());
                }
            }

            List<WebElement> rows = browser.driver().findElements(By.cssSelector("#ranking tbody tr"));
            assertEquals(winners.path("ranking").size(), rows.size());
            long voided = 0;
            for (int i = 0; i < rows.size(); i++) {
                JsonNode line = winners.path("ranking").get(i);
                WebElement row = rows.get(i);
                assertEquals(line.path("candidateId").asText(), row.getAttribute("data-candidate"));
                assertEquals(line.path("votes").asLong(), number(row, "votes"), "valid votes of " + line);
                assertEquals(line.path("voided").asLong(), number(row, "voided"), "voided votes of " + line);
                voided += line.path("voided").asLong();
            }
            assertTrue(voided > 0, "the earlier edition had votes voided, shown as such");
            assertTrue(browser.driver().findElements(By.cssSelector("a[href$='/winners.csv']")).size() == 1);
            assertEquals(List.of(), browser.seriousAccessibilityViolations());
            browser.fullPageScreenshot("results-phone");
        }
    }

    private static long number(WebElement row, String field) {
        return Long.parseLong(row.findElement(By.cssSelector("td[data-field='" + field + "']")).getText().replaceAll("[^0-9]", ""));
    }
}
