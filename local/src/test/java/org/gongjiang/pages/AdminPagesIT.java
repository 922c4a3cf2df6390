package org.gongjiang.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.gongjiang.acceptance.support.Http;
import org.gongjiang.local.demo.DemoCampaign;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;

/**
 * The campaign administrator's workspace at a desk: a campaign created through the form, an invalid
 * configuration with each of the API's problems at its own field and nothing saved, the rules a
 * campaign's progress binds shown locked with the API's reason (in Chinese, and in English by the
 * switch), and a login without the admin role told so in words.
 */
class AdminPagesIT {

    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss");
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    private static String page(String query) {
        return PublicPages.baseUrl() + "/staff/admin.html?" + query;
    }

    private static String suffix() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    private static Browser admin(Browser browser, String query) {
        browser.open(page(query));
        PublicPages.logIn(browser, "admin-" + suffix(), "admin");
        browser.awaitVisible(By.id("campaign-form"));
        return browser;
    }

    private static WebElement field(Browser browser, String pointer) {
        return browser.driver().findElement(By.id("f" + pointer.replaceAll("[^A-Za-z0-9]+", "-")));
    }

    private static void type(Browser browser, String pointer, String text) {
        WebElement control = field(browser, pointer);
        control.clear();
        control.sendKeys(text);
    }

    /** A date-time field's keys depend on the browser's locale: the value is set as the page would read it. */
    private static void setTime(Browser browser, String pointer, Instant instant) {
        browser.script("arguments[0].value = arguments[1]; arguments[0].dispatchEvent(new Event('input', {bubbles: true}));",
                field(browser, pointer), LOCAL.format(instant.atZone(SHANGHAI)));
    }

    /** The field shows the message next to it, is marked invalid, and names the message as its description. */
    private static void assertMarked(Browser browser, String pointer, String messageId, String message) {
        WebElement shown = browser.awaitVisible(By.id(messageId));
        assertEquals(message, shown.getText(), pointer);
        WebElement control = field(browser, pointer);
        assertEquals("true", control.getDomAttribute("aria-invalid"), pointer);
        assertTrue(Arrays.asList(control.getDomAttribute("aria-describedby").split(" ")).contains(messageId),
                pointer + " is described by " + control.getDomAttribute("aria-describedby"));
    }

    private static void assertMarked(Browser browser, String pointer, String message) {
        assertMarked(browser, pointer, field(browser, pointer).getDomAttribute("id") + "-error", message);
    }

    private static void save(Browser browser) {
        browser.driver().findElement(By.id("save")).click();
    }

    private static List<String> consoleErrorsBut(Browser browser, String provokedStatus) {
        return browser.consoleErrors().stream()
                .filter(error -> !(error.contains("Failed to load resource") && error.contains(provokedStatus)))
                .toList();
    }

    private static boolean overflowsSideways(Browser browser) {
        return (Boolean) browser.script("return document.documentElement.scrollWidth > document.documentElement.clientWidth;");
    }

    @Test
    void anAdminCreatesACampaignThroughTheFormWhereEachProblemOfTheApiIsShownAtItsFieldAndNothingIsSavedUntilFixed() {
        Http http = new Http(PublicPages.baseUrl());
        String bearer = "Bearer " + http.token("admin-reader", "admin");
        String campaign = "admin-page-" + suffix();
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        try (Browser browser = admin(Browser.desktop(), "new=1")) {
            assertEquals("新建评选活动", browser.driver().findElement(By.id("form-title")).getText());
            type(browser, "/campaignId", campaign);
            type(browser, "/name/zh", "第二届“琅琊工匠”评选（页面测试）");
            type(browser, "/name/en", "2nd Langya Craftsmen selection (page test)");
            setTime(browser, "/nominationWindow/opensAt", now.plus(2, ChronoUnit.DAYS));
            setTime(browser, "/nominationWindow/closesAt", now.plus(1, ChronoUnit.DAYS));
            setTime(browser, "/votingWindow/opensAt", now.plus(40, ChronoUnit.DAYS));
            setTime(browser, "/votingWindow/closesAt", now.plus(50, ChronoUnit.DAYS));
            type(browser, "/categories/0/code", "craftsman");
            type(browser, "/categories/0/name/zh", "琅琊工匠");
            type(browser, "/categories/0/name/en", "Langya craftsman");
            type(browser, "/categories/0/eligibility/minAge", "40");
            type(browser, "/categories/0/eligibility/maxAge", "30");
            type(browser, "/industries/0/code", "shipbuilding");
            type(browser, "/industries/0/name/zh", "船舶制造");
            type(browser, "/industries/0/name/en", "Shipbuilding");
            type(browser, "/tiers/0/code", "gold");
            type(browser, "/tiers/0/name/en", "Gold");
            type(browser, "/criteria/0/weight", "0.5");
            type(browser, "/ranking/expertWeight", "0.5");
            type(browser, "/ranking/voteWeight", "0.4");
            type(browser, "/enterpriseQuota", "-1");
            assertEquals("合计：1.25（须为 1）", browser.driver().findElement(By.id("criteria-sum")).getText());
            save(browser);

            browser.awaitVisible(By.id("problem"));
            assertEquals("请求中有 6 处错误，请逐项修改后重试。", browser.driver().findElement(By.id("problem-sentence")).getText());
            assertMarked(browser, "/nominationWindow/closesAt", "结束时间必须晚于开始时间。");
            assertMarked(browser, "/categories/0/eligibility/maxAge", "最大年龄不能小于最小年龄。");
            assertMarked(browser, "/tiers/0/name/zh", "缺少字段“/tiers/0/name/zh”。");
            assertMarked(browser, "/enterpriseQuota", "字段“/enterpriseQuota”必须在 1 到 1000 之间。");
            for (String weight : List.of("/criteria/0/weight", "/criteria/1/weight", "/criteria/2/weight", "/criteria/3/weight")) {
                assertMarked(browser, weight, "f-criteria-error", "评审标准的权重之和必须为 1（现为 1.25）。");
            }
            assertMarked(browser, "/ranking/expertWeight", "f-ranking-error", "专家评分与公众投票的权重之和必须为 1（现为 0.9）。");
            assertMarked(browser, "/ranking/voteWeight", "f-ranking-error", "专家评分与公众投票的权重之和必须为 1（现为 0.9）。");
            assertNull(field(browser, "/name/zh").getDomAttribute("aria-invalid"), "a field without a problem is not marked");
            assertEquals(6, browser.driver().findElements(By.cssSelector("#problem-list li")).size(), "the summary lists every problem");
            assertEquals(404, http.get("/v1/admin/campaigns/" + campaign, "Authorization", bearer).status(), "nothing saved");
            assertEquals(List.of(), browser.seriousAccessibilityViolations(), "axe, with the problems shown");
            assertEquals(List.of(), consoleErrorsBut(browser, "400"), "nothing but the refusal provoked");
            // the configuration form with its problems for docs/admin.png: a taller window, from the top, at 1x
            browser.driver().manage().window().setSize(new Dimension(1280, 1900));
            browser.script("window.scrollTo(0, 0)");
            browser.screenshot("admin-desktop");
            browser.driver().manage().window().setSize(new Dimension(1280, 900));

            setTime(browser, "/nominationWindow/closesAt", now.plus(20, ChronoUnit.DAYS));
            type(browser, "/categories/0/eligibility/maxAge", "70");
            type(browser, "/tiers/0/name/zh", "金牌");
            type(browser, "/criteria/0/weight", "0.25");
            type(browser, "/ranking/expertWeight", "0.6");
            type(browser, "/enterpriseQuota", "3");
            browser.driver().findElement(By.cssSelector("[data-add='/tiers']")).click();
            type(browser, "/tiers/1/code", "silver");
            type(browser, "/tiers/1/name/zh", "银牌");
            type(browser, "/tiers/1/name/en", "Silver");
            save(browser);
            assertEquals("活动“" + campaign + "”已创建（第 1 版）。", browser.awaitVisible(By.id("saved")).getText());
            assertTrue(browser.driver().getCurrentUrl().endsWith("campaign=" + campaign), browser.driver().getCurrentUrl());

            Http.Response read = http.get("/v1/admin/campaigns/" + campaign, "Authorization", bearer);
            assertEquals(200, read.status(), read.body());
            JsonNode saved = read.json();
            assertEquals(1, saved.path("version").asInt());
            assertEquals(now.plus(20, ChronoUnit.DAYS).toString(), saved.path("nominationWindow").path("closesAt").asText());
            assertEquals("Asia/Shanghai", saved.path("timeZone").asText());
            assertEquals(70, saved.path("categories").get(0).path("eligibility").path("maxAge").asInt());
            assertEquals(List.of("gold", "silver"), codes(saved.path("tiers")));
            assertEquals("金牌", saved.path("tiers").get(0).path("name").path("zh").asText());
            assertEquals(0.6, saved.path("ranking").path("expertWeight").asDouble());
            assertEquals(3, saved.path("enterpriseQuota").asInt());
            assertEquals("P7D", saved.path("publicNotice").asText());

            browser.driver().findElement(By.cssSelector("[data-remove='/tiers/1']")).click();
            type(browser, "/publicNotice", "10");
            save(browser);
            assertEquals("已保存，现为第 2 版。", browser.awaitText(By.id("saved"), "第 2 版").getText());
            JsonNode changed = http.get("/v1/admin/campaigns/" + campaign, "Authorization", bearer).json();
            assertEquals(List.of("gold"), codes(changed.path("tiers")));
            assertEquals("P10D", changed.path("publicNotice").asText());
            assertEquals(saved.path("nominationWindow"), changed.path("nominationWindow"), "the times come back as they went");
            assertEquals(List.of(), consoleErrorsBut(browser, "400"));
        }
    }

    private static List<String> codes(JsonNode list) {
        List<String> codes = new ArrayList<>();
        list.forEach(item -> codes.add(item.path("code").asText()));
        return codes;
    }

    @Test
    void onTheDemoCampaignWhoseVotingIsOpenTheRulesTheApiSaysAreLockedAreShownLockedWithItsReasonAndInEnglish() {
        Http http = new Http(PublicPages.baseUrl());
        JsonNode config = http.get("/v1/admin/campaigns/" + DemoCampaign.CAMPAIGN_ID,
                "Authorization", "Bearer " + http.token("admin-reader", "admin")).json();
        List<String> lockedByTheApi = new ArrayList<>();
        config.path("locked").forEach(lock -> lockedByTheApi.add(lock.path("field").asText()));
        assertTrue(lockedByTheApi.containsAll(List.of("voteRules", "ranking", "votingWindow.opensAt", "categories", "criteria")),
                "voting is open on the demo: " + lockedByTheApi);
        try (Browser browser = admin(Browser.desktop(), "campaign=" + DemoCampaign.CAMPAIGN_ID)) {
            List<String> shown = browser.driver().findElements(By.cssSelector("[data-locked]")).stream()
                    .map(note -> note.getDomAttribute("data-locked")).toList();
            assertEquals(java.util.Set.copyOf(lockedByTheApi), java.util.Set.copyOf(shown), "the page locks exactly what the API says");
            assertEquals(lockedByTheApi.size(), shown.size(), "each once");
            String banner = browser.driver().findElement(By.id("locked-banner")).getText();
            assertTrue(banner.contains("有 " + lockedByTheApi.size() + " 项规则"), banner);
            for (JsonNode lock : config.path("locked")) {
                WebElement note = browser.driver().findElement(By.cssSelector("[data-locked='" + lock.path("field").asText() + "']"));
                assertTrue(note.getText().startsWith("已锁定"), note.getText());
                assertTrue(note.getText().contains(lock.path("reason").path("zh").asText()), note.getText());
            }
            assertTrue(browser.driver().findElement(By.cssSelector("[data-locked=voteRules]")).getText().contains("投票已于"));

            WebElement perVoter = field(browser, "/voteRules/perVoterPerDay");
            assertFalse(perVoter.isEnabled(), "the vote rules are locked");
            assertTrue(perVoter.getDomAttribute("aria-describedby").contains("f-voteRules-locked"), "and say why");
            assertFalse(field(browser, "/votingWindow/opensAt").isEnabled());
            assertFalse(field(browser, "/timeZone").isEnabled());
            assertFalse(field(browser, "/ranking/expertWeight").isEnabled());
            assertFalse(field(browser, "/criteria/0/weight").isEnabled());
            assertFalse(field(browser, "/categories/0/code").isEnabled());
            assertFalse(browser.driver().findElement(By.cssSelector("[data-add='/categories']")).isEnabled(), "no category added");
            assertTrue(field(browser, "/votingWindow/closesAt").isEnabled(), "the vote may still be extended");
            assertTrue(field(browser, "/name/en").isEnabled());
            assertTrue(field(browser, "/integrity/burst/minVotes").isEnabled(), "the watch's thresholds may be tuned");
            assertFalse(field(browser, "/integrity/escalation/zh").isEnabled(), "the announced escalation may not");
            WebElement quota = field(browser, "/enterpriseQuota");
            assertTrue(quota.isEnabled(), "the quota may rise");
            assertEquals(config.path("enterpriseQuota").asText(), quota.getDomAttribute("min"));
            assertTrue(browser.driver().findElement(By.cssSelector("[data-locked=enterpriseQuota]")).getText().contains("只能增加"));
            assertEquals(List.of(), browser.seriousAccessibilityViolations());
            assertEquals(List.of(), browser.consoleErrors());

            browser.driver().findElement(By.id("language-switch")).click();
            browser.awaitText(By.id("form-title"), "Configuration: 5th Sichuan Craftsmen selection (demo)");
            String english = browser.driver().findElement(By.cssSelector("[data-locked=voteRules]")).getText();
            assertTrue(english.startsWith("Locked"), english);
            assertTrue(english.contains(config.path("locked").findValues("reason").stream()
                    .filter(r -> r.path("en").asText().startsWith("Voting opened at")).findFirst().orElseThrow().path("en").asText()), english);
            assertTrue(browser.driver().findElement(By.cssSelector("label[for='f-voteRules-perVoterPerDay']")).getText()
                    .startsWith("Votes per voter per day"));
            assertTrue(browser.driver().findElement(By.id("locked-banner")).getText().contains("cannot change"));
            assertEquals(List.of(), browser.consoleErrors());
        }
    }

    @Test
    void aCampaignWhoseVotingHasOpenedSavesWhatItsLockedRulesAllowThroughTheForm() {
        Http http = new Http(PublicPages.baseUrl());
        String bearer = "Bearer " + http.token("admin-setup", "admin");
        String campaign = "admin-open-" + suffix();
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        Http.Response created = http.post("/v1/admin/campaigns", """
                {"campaignId":"%s","name":{"zh":"投票中的评选（页面测试）","en":"A vote under way (page test)"},
                 "timeZone":"Asia/Shanghai",
                 "nominationWindow":{"opensAt":"%s","closesAt":"%s"},"publicNotice":"P5D",
                 "votingWindow":{"opensAt":"%s","closesAt":"%s"},
                 "voteRules":{"perVoterPerDay":5,"perCandidatePerDay":1},
                 "categories":[{"code":"craftsman","name":{"zh":"工匠","en":"Craftsman"}}],
                 "industries":[{"code":"shipbuilding","name":{"zh":"船舶制造","en":"Shipbuilding"}}],
                 "tiers":[{"code":"gold","name":{"zh":"金牌","en":"Gold"}}],
                 "criteria":[{"code":"craftExpertise","weight":0.25},{"code":"superbSkill","weight":0.25},
                             {"code":"leadingRole","weight":0.25},{"code":"outstandingContribution","weight":0.25}],
                 "ranking":{"expertWeight":0.7,"voteWeight":0.3},"enterpriseQuota":3}
                """.formatted(campaign, now.minus(30, ChronoUnit.DAYS), now.minus(20, ChronoUnit.DAYS),
                now.minus(1, ChronoUnit.HOURS), now.plus(10, ChronoUnit.DAYS)), "Authorization", bearer);
        assertEquals(201, created.status(), created.body());
        try (Browser browser = admin(Browser.desktop(), "campaign=" + campaign)) {
            assertFalse(field(browser, "/voteRules/perVoterPerDay").isEnabled());
            type(browser, "/name/en", "A vote under way (renamed)");
            setTime(browser, "/votingWindow/closesAt", now.plus(12, ChronoUnit.DAYS));
            save(browser);
            assertEquals("已保存，现为第 2 版。", browser.awaitVisible(By.id("saved")).getText());
            JsonNode saved = http.get("/v1/admin/campaigns/" + campaign, "Authorization", bearer).json();
            assertEquals("A vote under way (renamed)", saved.path("name").path("en").asText());
            assertEquals(now.plus(12, ChronoUnit.DAYS).toString(), saved.path("votingWindow").path("closesAt").asText());
            assertEquals(now.minus(1, ChronoUnit.HOURS).toString(), saved.path("votingWindow").path("opensAt").asText(),
                    "the locked opening went back as it was");
            assertTrue(browser.driver().findElement(By.cssSelector("[data-locked=voteRules]")).isDisplayed(), "still shown locked");
            assertEquals(List.of(), browser.consoleErrors());
        }
    }

    @Test
    void onAPhoneTheFormAndItsProblemsFitTheScreenWidth() {
        try (Browser browser = admin(Browser.phone(), "campaign=" + DemoCampaign.CAMPAIGN_ID)) {
            assertFalse(overflowsSideways(browser), "the demo's configuration, locks shown");
            browser.open(page("new=1"));
            browser.awaitVisible(By.id("campaign-form"));
            save(browser);
            browser.awaitVisible(By.id("problem"));
            assertEquals("true", field(browser, "/industries/0/code").getDomAttribute("aria-invalid"));
            assertFalse(overflowsSideways(browser), "a new campaign's form with its problems");
            browser.screenshot("admin-phone");
            assertEquals(List.of(), consoleErrorsBut(browser, "400"));
        }
    }

    @Test
    void aLoginWithoutTheAdminRoleIsToldInWordsThatTheWorkspaceIsNotTheirs() {
        try (Browser browser = Browser.desktop()) {
            browser.open(page("campaign=" + DemoCampaign.CAMPAIGN_ID));
            PublicPages.logIn(browser, "reviewer-" + suffix(), "reviewer");
            String said = browser.awaitVisible(By.id("not-allowed")).getText();
            assertEquals("您的账号没有“活动管理”的权限（需要 admin 角色）。如需使用，请联系活动管理员。", said);
            assertTrue(browser.driver().findElements(By.id("campaign-form")).isEmpty());
            assertTrue(browser.driver().findElements(By.cssSelector("nav.staff-nav a[href^='/staff/admin.html']")).isEmpty(),
                    "the admin's workspace is not offered to a reviewer");
        }
    }
}
