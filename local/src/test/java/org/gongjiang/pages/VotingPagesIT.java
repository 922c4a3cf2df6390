package org.gongjiang.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.gongjiang.local.demo.DemoCampaign;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** A voter on a phone: the ballot, logging in, voting, what the API refuses said as sentences, receipts. */
class VotingPagesIT {

    private static final String CAMPAIGN = DemoCampaign.CAMPAIGN_ID;

    private static String ballot() {
        return PublicPages.baseUrl() + "/ballot.html?campaign=" + CAMPAIGN;
    }

    private static By voteButtonOf(String candidateId) {
        return By.cssSelector("li[data-candidate='" + candidateId + "'] button[data-action=vote]");
    }

    private static String toast(Browser browser) {
        return browser.awaitVisible(By.cssSelector("#toast p")).getText();
    }

    @Test
    void aVoterLogsInVotesIsToldWhatTheApiRefusesAndChecksAReceipt() {
        String voter = "page-voter-" + UUID.randomUUID().toString().substring(0, 8);
        try (Browser browser = Browser.phone(); Browser secondTab = null) {
            browser.open(ballot());
            browser.awaitVisible(By.cssSelector("li[data-candidate='N0001']"));
            PublicPages.logIn(browser, voter);
            assertTrue(browser.driver().getCurrentUrl().contains("/ballot.html?campaign=" + CAMPAIGN),
                    "the login comes back to the ballot: " + browser.driver().getCurrentUrl());
            browser.awaitText(By.id("votes-left"), "今天还可投 10 票");

            // a candidate's page opened before the vote, as in a second tab: it still offers the vote
            String ballotWindow = browser.driver().getWindowHandle();
            browser.driver().switchTo().newWindow(org.openqa.selenium.WindowType.TAB);
            browser.open(PublicPages.baseUrl() + "/candidate.html?campaign=" + CAMPAIGN + "&candidate=N0001");
            WebElement staleButton = browser.awaitVisible(By.cssSelector("button[data-action=vote]"));
            String candidateWindow = browser.driver().getWindowHandle();
            browser.driver().switchTo().window(ballotWindow);

            browser.awaitVisible(voteButtonOf("N0001")).click();
            assertTrue(toast(browser).contains("今天还可投 9 票"), toast(browser));
            browser.awaitText(voteButtonOf("N0001"), "今日已投");
            browser.awaitText(By.id("votes-left"), "今天还可投 9 票");
            browser.script("document.getElementById('votes-left').scrollIntoView()");
            browser.screenshot("ballot-phone");

            browser.driver().switchTo().window(candidateWindow);
            staleButton.click();
            String refusal = browser.awaitText(By.cssSelector("#toast p"), "已").getText();
            assertTrue(refusal.contains("今天已") || refusal.contains("已经"), "already voted, as a sentence: " + refusal);
            assertTrue(!refusal.contains("409") && !refusal.contains("urn:"), "a sentence, not a code: " + refusal);
            browser.driver().close();
            browser.driver().switchTo().window(ballotWindow);

            for (int i = 2; i <= 10; i++) {
                String candidate = "N%04d".formatted(i);
                browser.awaitVisible(voteButtonOf(candidate)).click();
                browser.awaitText(voteButtonOf(candidate), "今日已投");
            }
            browser.awaitText(By.id("votes-left"), "今天还可投 0 票");
            browser.awaitVisible(voteButtonOf("N0011")).click();
            String quota = browser.awaitText(By.cssSelector("#toast p.problem"), "").getText();
            assertTrue(quota.contains("10"), "the quota used up, as a sentence: " + quota);
            browser.screenshot("ballot-quota-used");

            browser.open(PublicPages.baseUrl() + "/mine.html?campaign=" + CAMPAIGN);
            List<WebElement> mine = browser.await(d -> {
                List<WebElement> rows = d.findElements(By.cssSelector("#my-votes > li"));
                return rows.size() == 10 ? rows : null;
            });
            List<String> candidates = new ArrayList<>();
            mine.forEach(row -> candidates.add(row.getAttribute("data-candidate")));
            assertTrue(candidates.containsAll(List.of("N0001", "N0005", "N0010")), candidates.toString());
            browser.screenshot("my-votes");
            mine.getFirst().findElement(By.linkText("查验")).click();
            // the verdict, not the "loading" line drawn while the receipt is checked (it is replaced, so a held one goes stale)
            WebElement verdict = browser.awaitVisible(By.cssSelector("#receipt-result p[data-status]"));
            assertEquals("counted", verdict.getAttribute("data-status"), verdict.getText());
            assertTrue(verdict.getText().contains("已计入"), verdict.getText());

            // a changed character: the API does not know it, and the page says so in words
            WebElement receipt = browser.driver().findElement(By.id("receipt"));
            String original = receipt.getAttribute("value");
            receipt.clear();
            receipt.sendKeys((original.charAt(0) == 'A' ? "B" : "A") + original.substring(1));
            browser.driver().findElement(By.cssSelector("form button[type=submit]")).click();
            String unknown = browser.awaitText(By.cssSelector("#receipt-result p.problem"), "").getText();
            assertTrue(!unknown.isBlank() && !unknown.contains("404"), unknown);
        }
    }

    @Test
    void aVisitorWhoIsNotLoggedInSeesTheBallotAndIsAskedToLogInToVote() {
        try (Browser browser = Browser.phone()) {
            browser.open(ballot());
            List<WebElement> rows = browser.await(d -> {
                List<WebElement> found = d.findElements(By.cssSelector("#candidates > li[data-candidate]"));
                return found.size() == 32 ? found : null;
            });
            assertEquals(32, rows.size());
            WebElement first = rows.getFirst().findElement(By.cssSelector("button"));
            assertEquals("login", first.getAttribute("data-action"));
            assertEquals("登录后投票", first.getText());
            assertTrue(browser.driver().findElement(By.id("rules-title")).isDisplayed());
            String rules = browser.driver().findElement(By.cssSelector(".rules")).getText();
            assertTrue(rules.contains("每人每天可投 10 票") && rules.contains("Asia/Shanghai"), rules);

            new org.openqa.selenium.support.ui.Select(browser.driver().findElement(By.id("industry"))).selectByValue("equipment");
            new org.openqa.selenium.support.ui.Select(browser.driver().findElement(By.id("category"))).selectByValue("young");
            List<WebElement> filtered = browser.driver().findElements(By.cssSelector("#candidates > li[data-candidate]"));
            assertTrue(!filtered.isEmpty() && filtered.size() < 32, "filters narrow the ballot: " + filtered.size());
            filtered.forEach(row -> assertTrue(row.getText().contains("装备制造") && row.getText().contains("青年工匠"), row.getText()));
            WebElement search = browser.driver().findElement(By.id("search"));
            new org.openqa.selenium.support.ui.Select(browser.driver().findElement(By.id("industry"))).selectByValue("");
            new org.openqa.selenium.support.ui.Select(browser.driver().findElement(By.id("category"))).selectByValue("");
            search.sendKeys("刘明亮");
            List<WebElement> found = browser.driver().findElements(By.cssSelector("#candidates > li[data-candidate]"));
            assertEquals(1, found.size());
            found.getFirst().findElement(By.cssSelector(".who a")).click();
            browser.awaitText(By.tagName("h1"), "刘明亮");
            String profile = browser.driver().findElement(By.cssSelector("dl.profile")).getText();
            assertTrue(profile.contains("自贡川南锅炉有限公司"), profile);
            assertEquals("登录后投票", browser.driver().findElement(By.cssSelector("button[data-action=login]")).getText());
        }
    }

    @Test
    void theEnglishSwitchTranslatesThePageAndAsksTheApiInEnglish() {
        String voter = "page-english-" + UUID.randomUUID().toString().substring(0, 8);
        try (Browser browser = Browser.phone()) {
            browser.open(ballot());
            browser.awaitVisible(By.id("language-switch")).click();
            browser.awaitText(By.cssSelector(".rules"), "votes a day");
            assertEquals("en", browser.driver().findElement(By.tagName("html")).getAttribute("lang"));
            PublicPages.logIn(browser, voter);
            browser.awaitVisible(voteButtonOf("N0003")).click();
            browser.awaitText(By.cssSelector("#toast p"), "votes left today");
            // the API's refusal comes back in English too: the vote again, from the candidate's page
            browser.open(PublicPages.baseUrl() + "/receipt.html?campaign=" + CAMPAIGN + "&receipt=NOT-A-RECEIPT");
            String problem = browser.awaitText(By.cssSelector("#receipt-result p.problem"), "").getText();
            assertTrue(problem.matches(".*[A-Za-z]{4,}.*") && !problem.matches(".*[\\u4e00-\\u9fff].*"), "in English: " + problem);
        }
    }
}
