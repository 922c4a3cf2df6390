package org.gongjiang.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.gongjiang.local.demo.DemoCampaign;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/** What every public page owes a person on a phone: small, accessible, keyboard usable, no script refused. */
class PageQualityIT {

    private static final String CAMPAIGN = DemoCampaign.CAMPAIGN_ID;
    private static final long BALLOT_BUDGET_BYTES = 150 * 1024;

    @Test
    void theBallotsFirstLoadTransfersAtMost150KbCompressedAndSaysWhenItIsUsable() throws IOException {
        try (Browser browser = Browser.phone()) {
            browser.open(PublicPages.baseUrl() + "/ballot.html?campaign=" + CAMPAIGN);
            browser.await(d -> d.findElements(By.cssSelector("#candidates > li[data-candidate]")).size() == 32 ? true : null);
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> entries = (List<Map<String, Object>>) browser.script("""
                    return performance.getEntriesByType('navigation').concat(performance.getEntriesByType('resource'))
                      .map(e => ({name: e.name.replace(location.origin, ''), type: e.initiatorType || 'navigation',
                                  transfer: e.transferSize, encoded: e.encodedBodySize, decoded: e.decodedBodySize}));""");
            Number usable = (Number) browser.script(
                    "const m = performance.getEntriesByName('ballot-usable'); return m.length ? m[0].startTime : -1;");
            long transferred = 0;
            long decoded = 0;
            List<String> lines = new ArrayList<>();
            for (Map<String, Object> entry : entries) {
                long transfer = ((Number) entry.get("transfer")).longValue();
                transferred += transfer;
                decoded += ((Number) entry.get("decoded")).longValue();
                lines.add("%-70s %-10s %8d %8d".formatted(entry.get("name"), entry.get("type"), transfer,
                        ((Number) entry.get("decoded")).longValue()));
            }
            String report = "ballot page, first load in a fresh profile (bytes: transferred, decoded)\n"
                    + String.join("\n", lines)
                    + "\n%-70s %-10s %8d %8d\nusable after %.0f ms (performance mark 'ballot-usable' from navigation start)\n"
                    .formatted("total (" + entries.size() + " requests)", "", transferred, decoded, usable.doubleValue());
            System.out.println(report);
            Files.createDirectories(Path.of("target"));
            Files.writeString(Path.of("target", "ballot-budget.txt"), report);
            assertTrue(entries.size() > 5, "the entries include the page's scripts and API calls: " + lines);
            assertTrue(transferred > 0, "transfer sizes are measured: " + lines);
            assertTrue(transferred <= BALLOT_BUDGET_BYTES, "the ballot's first load is within 150 KB:\n" + report);
            assertTrue(entries.stream().noneMatch(e -> String.valueOf(e.get("name")).contains("echarts")),
                    "ECharts loads only on the dashboard");
            assertTrue(usable.doubleValue() > 0, "the ballot marks when it is usable");
        }
    }

    @Test
    void thePublicPagesHaveNoSeriousAccessibilityViolationAndNoRefusedScript() {
        List<String> pages = List.of("/", "/ballot.html?campaign=" + CAMPAIGN,
                "/candidate.html?campaign=" + CAMPAIGN + "&candidate=N0004", "/mine.html?campaign=" + CAMPAIGN,
                "/receipt.html?campaign=" + CAMPAIGN, "/integrity.html?campaign=" + CAMPAIGN,
                "/notice.html?campaign=" + CAMPAIGN);
        List<String> problems = new ArrayList<>();
        try (Browser browser = Browser.phone()) {
            for (String page : pages) {
                browser.open(PublicPages.baseUrl() + page);
                awaitLoaded(browser);
                browser.seriousAccessibilityViolations().forEach(v -> problems.add(page + ": " + v));
                browser.consoleErrors().forEach(e -> problems.add(page + ": console: " + e));
            }
            PublicPages.logIn(browser, "a11y-voter");
            for (String page : List.of("/ballot.html?campaign=" + CAMPAIGN, "/mine.html?campaign=" + CAMPAIGN)) {
                browser.open(PublicPages.baseUrl() + page);
                awaitLoaded(browser);
                browser.seriousAccessibilityViolations().forEach(v -> problems.add(page + " (logged in): " + v));
                browser.consoleErrors().forEach(e -> problems.add(page + " (logged in): console: " + e));
            }
        }
        assertEquals(List.of(), problems);
    }

    private static void awaitLoaded(Browser browser) {
        browser.await(d -> Boolean.TRUE.equals(browser.script(
                "const m = document.getElementById('main'); return !!m && !m.innerText.includes('加载中') && document.readyState === 'complete';"))
                ? true : null);
    }

    @Test
    void theAccessibilityCheckFindsAnUnlabelledButtonAndAnImageWithoutText() {
        try (Browser browser = Browser.phone()) {
            browser.open("data:text/html;charset=utf-8,<html><title>x</title><body><main><button></button>"
                    + "<img src='data:image/gif;base64,R0lGODlhAQABAAAAACw='></main></body></html>");
            List<String> violations = browser.seriousAccessibilityViolations();
            assertTrue(violations.stream().anyMatch(v -> v.startsWith("button-name")), violations.toString());
            assertTrue(violations.stream().anyMatch(v -> v.startsWith("image-alt")), violations.toString());
        }
    }

    @Test
    void aVoterCanVoteWithTheKeyboardAlone() {
        try (Browser browser = Browser.phone()) {
            browser.open(PublicPages.baseUrl() + "/ballot.html?campaign=" + CAMPAIGN);
            browser.awaitVisible(By.cssSelector("li[data-candidate='N0032']"));
            PublicPages.logIn(browser, "keyboard-voter-" + System.nanoTime());
            browser.awaitVisible(By.cssSelector("button[data-action=vote]"));
            WebElement active = null;
            for (int i = 0; i < 60; i++) {
                browser.driver().switchTo().activeElement().sendKeys(Keys.TAB);
                active = browser.driver().switchTo().activeElement();
                if ("vote".equals(active.getAttribute("data-action"))) {
                    break;
                }
            }
            assertEquals("vote", active.getAttribute("data-action"), "a vote button is reached with Tab");
            String candidate = active.getAttribute("data-candidate");
            active.sendKeys(Keys.ENTER);
            browser.awaitText(By.cssSelector("li[data-candidate='" + candidate + "'] button"), "今日已投");
        }
    }

    @Test
    void theApiReferenceShowsTheOpenApiDocumentFromTheSameOrigin() {
        try (Browser browser = Browser.desktop()) {
            browser.open(PublicPages.baseUrl() + "/docs/");
            String title = browser.awaitVisible(By.cssSelector(".swagger-ui .info .title")).getText();
            assertTrue(title.contains("gongjiang") || title.contains("工匠"), title);
            assertTrue(browser.driver().findElements(By.cssSelector(".opblock")).size() > 40, "every route is listed");
            browser.screenshot("api-reference");
        }
    }
}
