package org.gongjiang.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.gongjiang.acceptance.support.Http;
import org.gongjiang.integrity.model.Windows;
import org.gongjiang.local.demo.DemoCampaign;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;

/**
 * The auditors' workspace at a desk: a click farm (two dozen phones on one network) votes for one
 * finalist, the watch raises its alert, one auditor reads the evidence drawn on the alert's page and asks
 * for the void with a reason, a second auditor confirms it from the confirmations waiting (the first is
 * never offered to), and the public dashboard then shows the valid totals without the farm's votes.
 */
class AuditorPagesIT {

    /** Phones of the farm, each voting once for the farmed finalist within five minutes, from one network. */
    private static final int FARM = 24;
    /** Voters a window earlier, each voting for every finalist: their votes stay valid. */
    private static final int HONEST = 3;
    private static final int FOUR_EYES_ABOVE = 10;
    private static final String REASON = "同一网络 5 分钟内集中投票，经核查为刷票。";

    private static Http http;
    private static String suffix;
    private static String campaign;
    private static List<String> finalists;
    private static String farmed;
    private static String alertId;

    private static String page(String parameters) {
        return PublicPages.baseUrl() + "/staff/auditor.html?campaign=" + campaign + parameters;
    }

    private static String auditor(String who) {
        return "auditor-" + who + "-" + suffix;
    }

    /**
     * A campaign of its own walked through the API to its vote (the functions' clock moved past the notice
     * and into the voting window), honest votes in one window, the farm's in the next; then the watch runs.
     */
    @BeforeAll
    static void aClickFarmVotesAndTheWatchRaisesAnAlert() throws InterruptedException {
        http = new Http(PublicPages.baseUrl());
        setClock(Instant.now());
        suffix = UUID.randomUUID().toString().substring(0, 8);
        campaign = "auditor-" + suffix;
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        // aligned to the watch's windows, so that the farm's votes fall in one window of their own
        Instant votingOpens = Windows.startOf(now.plus(Duration.ofMinutes(85)));
        ObjectNode configuration = DemoCampaign.configuration(votingOpens).put("campaignId", campaign);
        configuration.putObject("name").put("zh", "“琅琊工匠”评选（审计页面测试）").put("en", "Langya Craftsmen (audit page test)");
        configuration.putObject("nominationWindow").put("opensAt", now.minus(Duration.ofHours(1)).toString())
                .put("closesAt", now.plus(Duration.ofMinutes(10)).toString());
        configuration.put("publicNotice", "PT1H");
        configuration.putObject("votingWindow").put("opensAt", votingOpens.toString())
                .put("closesAt", votingOpens.plus(Duration.ofDays(10)).toString());
        configuration.putObject("integrity").put("fourEyesAbove", FOUR_EYES_ABOVE);
        expect(201, http.post("/v1/admin/campaigns", configuration.toString(), auth(http.token("admin-" + suffix, "admin"))));

        String base = "/v1/campaigns/" + campaign;
        String reviewer = http.token("reviewer-" + suffix, "reviewer");
        finalists = new ArrayList<>();
        for (int nominee = 0; nominee < 3; nominee++) {
            ObjectNode nomination = DemoCampaign.nomination(nominee, votingOpens);
            String creditCode = nomination.path("enterprise").path("creditCode").asText();
            Http.Response clerk = http.post("/local/tokens", "{\"sub\":\"clerk-" + suffix + "-" + nominee
                    + "\",\"groups\":[\"enterprise\"],\"creditCode\":\"" + creditCode + "\"}");
            expect(200, clerk);
            String id = expect(201, http.post(base + "/nominations", nomination.toString(),
                    "Authorization", "Bearer " + clerk.json().path("token").asText())).path("nominationId").asText();
            String path = base + "/nominations/" + id;
            expect(200, http.post(path + "/qualify", "{\"reason\":\"材料齐全。\"}", auth(reviewer)));
            List<String> experts = List.of("expert-1-" + suffix, "expert-2-" + suffix);
            expect(200, http.send("PUT", path + "/experts", "{\"experts\":[\"" + String.join("\",\"", experts) + "\"]}", auth(reviewer)));
            for (String expert : experts) {
                expect(200, http.send("PUT", path + "/scores", "{\"scores\":{\"craftExpertise\":90,\"superbSkill\":88,"
                        + "\"leadingRole\":85,\"outstandingContribution\":80}}", auth(http.token(expert, "expert"))));
            }
            expect(200, http.post(path + "/shortlist", "{\"tier\":\"gold\",\"reason\":\"联席会议通过。\"}", auth(reviewer)));
            expect(200, http.post(path + "/open-notice", "", auth(reviewer)));
            finalists.add(id);
        }
        farmed = finalists.getFirst();

        setClock(votingOpens.minus(Duration.ofMinutes(5))); // the notice has run its hour; the ballot is not yet fixed
        for (String id : finalists) {
            expect(200, http.post(base + "/nominations/" + id + "/finalize", "", auth(reviewer)));
        }
        setClock(votingOpens.plus(Duration.ofMinutes(1)));
        for (int voter = 0; voter < HONEST; voter++) {
            String token = http.token("honest-" + voter + "-" + suffix);
            finalists.forEach(candidate -> vote(base, token, candidate));
        }
        // the farm's phones one after the other, a vote every five seconds (of the functions' clock) for two minutes
        Instant farmStarts = votingOpens.plus(Windows.LENGTH).plus(Duration.ofSeconds(20));
        for (int phone = 0; phone < FARM; phone++) {
            setClock(farmStarts.plus(Duration.ofSeconds(5L * phone)));
            vote(base, http.token("farm-phone-" + phone + "-" + suffix), farmed);
        }
        awaitVotes(candidate -> candidate.path("votes").asInt() == HONEST + (candidate.path("candidateId").asText().equals(farmed) ? FARM : 0));

        // past the farm's window and the watch's settle time: the detection runs (again, should the watch's log lag)
        setClock(votingOpens.plus(Windows.LENGTH.multipliedBy(2)).plus(Duration.ofMinutes(3)));
        String reader = http.token(auditor("reader"), "auditor");
        long deadline = System.currentTimeMillis() + 60_000;
        while (alertId == null) {
            assertTrue(System.currentTimeMillis() < deadline, "no network alert for the farm within 60 s");
            expect(200, http.post("/local/schedules/run", ""));
            for (JsonNode alert : expect(200, http.get(base + "/integrity/alerts", auth(reader))).path("alerts")) {
                if (alert.path("rule").asText().equals("network") && alert.path("candidateId").asText().equals(farmed)) {
                    assertEquals(FARM, alert.path("implicatedVotes").asInt(), alert.toString());
                    alertId = alert.path("alertId").asText();
                }
            }
            if (alertId == null) {
                Thread.sleep(1000);
            }
        }
    }

    @AfterAll
    static void clockBackToNow() {
        if (http != null) {
            expect(200, http.post("/local/clock", "{\"offset\":\"PT0S\"}"));
        }
    }

    private static void setClock(Instant at) {
        expect(200, http.post("/local/clock", "{\"offset\":\"" + Duration.between(Instant.now(), at) + "\"}"));
    }

    private static String[] auth(String token) {
        return new String[] {"Authorization", "Bearer " + token, "Content-Type", "application/json"};
    }

    private static void vote(String base, String token, String candidate) {
        expect(201, http.post(base + "/votes", "{\"candidateId\":\"" + candidate + "\"}", auth(token)));
    }

    private static JsonNode statsVotes() {
        return expect(200, http.get("/v1/campaigns/" + campaign + "/stats/votes"));
    }

    /** Waits (30 s at most) until every finalist's row of stats/votes is as {@code expected} says. */
    private static void awaitVotes(java.util.function.Predicate<JsonNode> expected) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 30_000;
        while (true) {
            JsonNode rows = statsVotes().path("candidates");
            boolean all = rows.size() == finalists.size();
            for (JsonNode row : rows) {
                all &= expected.test(row);
            }
            if (all) {
                return;
            }
            assertTrue(System.currentTimeMillis() < deadline, "the statistics did not come to the expected votes: " + rows);
            Thread.sleep(250);
        }
    }

    private static JsonNode expect(int status, Http.Response response) {
        assertEquals(status, response.status(), response.body());
        return response.body().isEmpty() ? null : response.json();
    }

    /** No serious axe violation, and no console error but the answers to {@code provokedRefusals} (paths). */
    private static void assertCleanPage(Browser browser, String what, String... provokedRefusals) {
        assertEquals(List.of(), browser.seriousAccessibilityViolations(), what + ": axe");
        assertEquals(List.of(), browser.consoleErrors().stream().filter(error -> !(error.contains("Failed to load resource")
                && java.util.Arrays.stream(provokedRefusals).anyMatch(error::contains))).toList(), what + ": console");
    }

    private static void awaitReady(Browser browser) {
        browser.await(d -> "true".equals(browser.script("return document.getElementById('main').dataset.ready || ''")) ? true : null);
    }

    @SuppressWarnings("unchecked")
    private static List<Long> chartData(Browser browser, String id) {
        List<Object> data = (List<Object>) browser.script("const chart = echarts.getInstanceByDom(document.getElementById(arguments[0]));"
                + " return chart ? chart.getOption().series[0].data : null;", id);
        assertTrue(data != null, "the chart " + id + " is drawn");
        return data.stream().map(value -> ((Number) value).longValue()).toList();
    }

    /** The numbers of a data table's column {@code column} (0 = the first value column), from data-value. */
    @SuppressWarnings("unchecked")
    private static List<Long> tableColumn(Browser browser, String id, int column) {
        List<Object> values = (List<Object>) browser.script("return [...document.querySelectorAll('#' + arguments[0] + ' tbody tr')]"
                + ".map(tr => Number(tr.querySelectorAll('td.num')[arguments[1]].dataset.value));", id, column);
        return values.stream().map(value -> ((Number) value).longValue()).toList();
    }

    private static long sum(List<Long> values) {
        return values.stream().mapToLong(Long::longValue).sum();
    }

    private static Number sidewaysOverflow(Browser browser) {
        return (Number) browser.script("return document.documentElement.scrollWidth - document.documentElement.clientWidth");
    }

    @Test
    void oneAuditorAsksToVoidTheFarmsVotesFromTheAlertASecondConfirmsAndTheDashboardShowsTheValidTotals() throws Exception {
        String voidId;
        try (Browser first = Browser.desktop()) {
            first.open(page(""));
            PublicPages.logIn(first, auditor("a"), "auditor");
            WebElement row = first.awaitVisible(By.cssSelector("#alerts tr[data-alert='" + alertId + "']"));
            assertEquals("open", row.getDomAttribute("data-state"));
            assertTrue(row.getText().contains("同一网络集中") && row.getText().contains("须人工核实") && row.getText().contains("待处理")
                    && row.getText().contains(String.valueOf(FARM)), "kind, severity, status and votes: " + row.getText());
            assertCleanPage(first, "the alerts");
            first.screenshot("auditor-alerts");

            row.findElement(By.cssSelector("a")).click();
            awaitReady(first);
            // the burst: the farm's votes over the window, in the chart and in its table, said in a sentence
            assertEquals(FARM, sum(chartData(first, "chart-timeline")));
            assertEquals(FARM, sum(tableColumn(first, "table-timeline", 0)));
            String timeline = first.driver().findElement(By.id("chart-timeline")).getDomAttribute("aria-label");
            assertTrue(timeline.contains("涉及的 " + FARM + " 票"), timeline);
            // the networks: one network gave all of them, from as many voters
            assertEquals(List.of((long) FARM), chartData(first, "chart-networks"));
            assertEquals(List.of((long) FARM), tableColumn(first, "table-networks", 0));
            assertEquals(List.of((long) FARM), tableColumn(first, "table-networks", 1));
            String networks = first.driver().findElement(By.id("chart-networks")).getDomAttribute("aria-label");
            assertTrue(networks.contains("来自 1 个网络") && networks.contains("100%"), networks);
            assertEquals(FARM, first.driver().findElements(By.cssSelector("#table-implicated tbody tr")).size());
            String fourEyes = first.driver().findElement(By.id("four-eyes")).getText();
            assertTrue(fourEyes.contains("须由另一名审计人员确认"), fourEyes);
            assertCleanPage(first, "the alert's page");
            first.driver().manage().window().setSize(new Dimension(1280, 1500));
            first.script("window.scrollTo(0, 0)");
            first.screenshot("auditor-desktop");
            first.driver().manage().window().setSize(new Dimension(1280, 900));

            first.driver().findElement(By.id("void-reason")).sendKeys(REASON);
            first.driver().findElement(By.cssSelector("#void-form button[type=submit]")).click();
            WebElement pending = first.awaitVisible(By.cssSelector("#actions .void[data-status='pending-confirmation']"));
            voidId = pending.getDomAttribute("data-void");
            assertTrue(pending.getText().contains(REASON), pending.getText());
            assertTrue(pending.findElement(By.className("own-pending")).getText().contains("不能确认自己提出的作废"));
            assertTrue(pending.findElements(By.cssSelector("form[data-action=confirm]")).isEmpty(), "the one who asked is not offered to confirm");
            assertEquals("pending", first.driver().findElement(By.id("alert-title")).getDomAttribute("data-state"));
            assertEquals(HONEST + FARM, votesOf(statsVotes(), farmed).path("votes").asInt(), "nothing moves before the second auditor");

            first.open(page("&view=confirmations"));
            first.awaitVisible(By.cssSelector("#mine .void[data-void='" + voidId + "']"));
            assertTrue(first.driver().findElements(By.cssSelector("#waiting [data-void='" + voidId + "']")).isEmpty(),
                    "the void waits for another auditor, not for the one who asked");
            assertTrue(first.driver().findElements(By.cssSelector("form[data-action=confirm]")).isEmpty());
            assertCleanPage(first, "the confirmations, as the one who asked");
        }

        try (Browser second = Browser.desktop()) {
            second.open(page("&view=confirmations"));
            PublicPages.logIn(second, auditor("b"), "auditor");
            WebElement waiting = second.awaitVisible(By.cssSelector("#waiting .void[data-void='" + voidId + "']"));
            assertTrue(waiting.getText().contains(REASON) && waiting.getText().contains(auditor("a")), waiting.getText());
            assertEquals("1", second.driver().findElement(By.cssSelector("#views li[data-view=confirmations]")).getDomAttribute("data-count"));
            assertCleanPage(second, "the confirmations waiting");
            second.screenshot("auditor-confirmations");
            waiting.findElement(By.cssSelector("form[data-action=confirm] button[type=submit]")).click();
            second.awaitText(By.cssSelector("#toast p"), "已确认作废 " + voidId);
            second.await(d -> Boolean.TRUE.equals(second.script("return !document.querySelector(\"#waiting [data-void='\" + arguments[0] + \"']\")"
                    + " && document.querySelector('#views li[data-view=confirmations]').dataset.count === '0'", voidId)));

            second.open(page("&void=" + voidId));
            assertTrue(second.awaitVisible(By.id("void-status")).getText().contains("已生效"));
            assertTrue(second.driver().findElement(By.id("main")).getText().contains(auditor("b")), "the confirming auditor is named");
            assertTrue(second.driver().findElement(By.cssSelector("#actions form[data-action=restore]")).isDisplayed(),
                    "an applied void can be restored, with a reason");
            assertCleanPage(second, "the void applied");
            second.screenshot("auditor-void");

            // the public log as the public reads it: the void, its votes and its reason, nothing about voters
            WebElement published = awaitOnReload(second, page("&view=public"), By.cssSelector("#public-voids tr[data-void='" + voidId + "']"));
            assertTrue(published.getText().contains(REASON) && published.getText().contains(String.valueOf(FARM))
                    && published.getText().contains("已作废"), published.getText());
            assertFalse(second.driver().findElement(By.id("main")).getText().contains("farm-phone"), "no login shown");
            assertTrue(second.driver().findElement(By.id("public-page")).getDomAttribute("href").contains("/integrity.html?campaign=" + campaign));
            assertCleanPage(second, "the public log");
            second.screenshot("auditor-public");

            awaitVotes(candidate -> candidate.path("votes").asInt() == HONEST
                    && candidate.path("voided").asInt() == (candidate.path("candidateId").asText().equals(farmed) ? FARM : 0));
            try (Browser reader = Browser.desktop()) {
                reader.open(PublicPages.baseUrl() + "/dashboard.html?campaign=" + campaign);
                awaitReady(reader);
                Map<String, List<String>> expected = new LinkedHashMap<>();
                statsVotes().path("candidates").forEach(c -> expected.put(c.path("candidateId").asText(),
                        List.of(c.path("votes").asText(), c.path("voided").asText())));
                assertEquals(List.of(String.valueOf(HONEST), String.valueOf(FARM)), expected.get(farmed));
                assertEquals(expected, dashboardVotes(reader), "the dashboard shows the valid totals of stats/votes");
            }

            suspendAndLiftOneOfTheFarmsPhones(second);
            restoreTheVotesOnSecondThoughts(second, voidId);
        }
    }

    /** From the alert's evidence to the suspensions: one phone suspended with a reason, then lifted; the trail has it all. */
    private static void suspendAndLiftOneOfTheFarmsPhones(Browser auditor) {
        auditor.open(page("&alert=" + alertId));
        awaitReady(auditor);
        assertEquals("voided", auditor.driver().findElement(By.id("alert-title")).getDomAttribute("data-state"));
        assertTrue(auditor.driver().findElements(By.id("void-form")).isEmpty(), "voided already: not offered again");
        auditor.driver().findElement(By.cssSelector("#implicated summary")).click();
        WebElement phone = auditor.awaitVisible(By.cssSelector("#table-implicated tbody tr"));
        String voterId = phone.getDomAttribute("data-voter");
        phone.findElement(By.cssSelector("a")).click();
        WebElement form = auditor.awaitVisible(By.cssSelector("form[data-action=suspend]"));
        WebElement voter = form.findElement(By.name("voterId"));
        assertEquals(voterId, voter.getDomProperty("value"), "the voter comes from the evidence");
        form.findElement(By.name("reason")).sendKeys("核查期间暂停投票。");
        // a mistyped id first: the API's refusal is said at the field, in its words
        voter.clear();
        voter.sendKeys("not-a-voter");
        form.findElement(By.cssSelector("button[type=submit]")).click();
        String refused = auditor.awaitVisible(By.cssSelector("form[data-action=suspend] .field-error")).getText();
        assertTrue(refused.contains("not-a-voter") && refused.matches(".*[\\u4e00-\\u9fff].*"), "the API's sentence at the field: " + refused);
        assertEquals("true", voter.getDomAttribute("aria-invalid"));
        voter.clear();
        voter.sendKeys(voterId);
        form.findElement(By.cssSelector("button[type=submit]")).click();
        auditor.awaitVisible(By.cssSelector("#suspended li[data-voter='" + voterId + "']"));
        assertEquals("1", auditor.driver().findElement(By.cssSelector("#views li[data-view=suspensions]")).getDomAttribute("data-count"));
        assertCleanPage(auditor, "a voter suspended", "/integrity/suspensions");
        auditor.screenshot("auditor-suspensions");
        auditor.driver().findElement(By.cssSelector("#suspended li[data-voter='" + voterId + "'] form[data-action=lift] button")).click();
        auditor.await(d -> Boolean.TRUE.equals(auditor.script("const s = document.getElementById('suspended');"
                + " return !!s && s.classList.contains('empty');")));

        auditor.open(page("&view=audit"));
        WebElement trail = auditor.awaitVisible(By.id("audit-trail"));
        @SuppressWarnings("unchecked")
        List<String> actions = (List<String>) auditor.script(
                "return [...document.querySelectorAll('#audit-trail tbody tr')].map(tr => tr.dataset.action)");
        assertEquals(List.of("request-void", "confirm-void", "suspend-voter", "lift-suspension"), actions);
        assertTrue(trail.getText().contains(REASON) && trail.getText().contains("核查期间暂停投票。") && trail.getText().contains(auditor("a"))
                && trail.getText().contains(auditor("b")), trail.getText());
        assertCleanPage(auditor, "the audit trail");
        auditor.screenshot("auditor-audit-trail");
    }

    /** The void found mistaken: restored with a reason, every vote counts again, and the alert may be voided anew. */
    private static void restoreTheVotesOnSecondThoughts(Browser auditor, String voidId) throws InterruptedException {
        auditor.open(page("&void=" + voidId));
        WebElement restore = auditor.awaitVisible(By.cssSelector("#actions form[data-action=restore]"));
        restore.findElement(By.name("reason")).sendKeys("复核后确认为本单位职工正常投票。");
        restore.findElement(By.cssSelector("button[type=submit]")).click();
        assertTrue(auditor.awaitText(By.id("void-status"), "已恢复").isDisplayed());
        assertTrue(auditor.driver().findElement(By.id("main")).getText().contains("复核后确认为本单位职工正常投票。"));
        assertTrue(auditor.driver().findElements(By.cssSelector("#actions form")).isEmpty(), "a restored void offers nothing more");
        awaitVotes(candidate -> candidate.path("voided").asInt() == 0
                && candidate.path("votes").asInt() == HONEST + (candidate.path("candidateId").asText().equals(farmed) ? FARM : 0));
        auditor.open(page("&alert=" + alertId));
        awaitReady(auditor);
        assertEquals("restored", auditor.driver().findElement(By.id("alert-title")).getDomAttribute("data-state"));
        assertTrue(auditor.driver().findElement(By.id("void-form")).isDisplayed(), "restored votes may be voided again");
        assertCleanPage(auditor, "the alert after the restoration");
    }

    /** Opens {@code url} until {@code locator} shows (the public figures may be up to 30 s old by their Cache-Control). */
    private static WebElement awaitOnReload(Browser browser, String url, By locator) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 45_000;
        while (true) {
            browser.open(url);
            awaitReady(browser);
            List<WebElement> found = browser.driver().findElements(locator);
            if (!found.isEmpty()) {
                return found.getFirst();
            }
            assertTrue(System.currentTimeMillis() < deadline, "not shown within 45 s: " + locator);
            Thread.sleep(3000);
        }
    }

    private static JsonNode votesOf(JsonNode stats, String candidate) {
        for (JsonNode row : stats.path("candidates")) {
            if (row.path("candidateId").asText().equals(candidate)) {
                return row;
            }
        }
        throw new AssertionError("no row for " + candidate + " in " + stats);
    }

    /** The dashboard's votes table: finalist -> [valid, voided], as its cells' values. */
    @SuppressWarnings("unchecked")
    private static Map<String, List<String>> dashboardVotes(Browser browser) {
        List<List<Object>> rows = (List<List<Object>>) browser.script("return [...document.querySelectorAll('#table-votes tbody tr')]"
                + ".map(tr => [tr.dataset.key, ...[...tr.querySelectorAll('td')].map(td => td.dataset.value)])");
        Map<String, List<String>> shown = new LinkedHashMap<>();
        rows.forEach(row -> shown.put(String.valueOf(row.getFirst()), row.subList(1, row.size()).stream().map(String::valueOf).toList()));
        return shown;
    }

    @Test
    void onAPhoneTheAlertsAndTheEvidenceFitTheScreenAndReadInEnglishByTheSwitch() {
        try (Browser phone = Browser.phone()) {
            phone.open(page(""));
            PublicPages.logIn(phone, auditor("phone"), "auditor");
            phone.awaitVisible(By.cssSelector("#alerts tr[data-alert='" + alertId + "']"));
            assertTrue(sidewaysOverflow(phone).intValue() <= 0, "the alerts: no sideways scrolling on a phone: " + sidewaysOverflow(phone));
            phone.open(page("&alert=" + alertId));
            awaitReady(phone);
            assertEquals(FARM, sum(chartData(phone, "chart-timeline")));
            assertTrue(sidewaysOverflow(phone).intValue() <= 0, "the alert: no sideways scrolling on a phone: " + sidewaysOverflow(phone));
            phone.screenshot("auditor-phone");
            assertCleanPage(phone, "the alert's page on a phone");

            phone.driver().findElement(By.id("language-switch")).click();
            phone.awaitText(By.id("alert-title"), "Network concentration");
            awaitReady(phone);
            String page = phone.driver().findElement(By.id("main")).getText();
            assertTrue(page.contains("Vote audit") && page.contains("The networks the implicated votes came from"), page);
            String networks = phone.driver().findElement(By.id("chart-networks")).getDomAttribute("aria-label");
            assertTrue(networks.contains("came from 1 network(s)"), networks);
            assertTrue(sidewaysOverflow(phone).intValue() <= 0, "in English too: " + sidewaysOverflow(phone));
            assertCleanPage(phone, "the alert's page in English");
            phone.screenshot("auditor-phone-english");
        }
    }

    @Test
    void aLoginAlsoInTheReviewOfficeReadsTheEvidenceButIsOfferedNothingThatActsOnVotes() {
        try (Browser browser = Browser.desktop()) {
            browser.open(page("&alert=" + alertId));
            PublicPages.logIn(browser, "auditor-reviewer-" + suffix, "auditor", "reviewer");
            awaitReady(browser);
            assertEquals(FARM, sum(chartData(browser, "chart-networks")));
            assertTrue(browser.driver().findElement(By.id("separation")).getText().contains("职责分离"));
            assertTrue(browser.driver().findElements(By.cssSelector("#main form")).isEmpty(), "separation of duties: no void, confirmation or restoration offered");
            assertCleanPage(browser, "the alert, read by a login also in the review office");
        }
    }

    @Test
    void aLoginWithoutTheAuditorRoleIsToldInWordsAndOfferedNoAuditorsWorkspace() {
        try (Browser browser = Browser.desktop()) {
            browser.open(page(""));
            PublicPages.logIn(browser, "reviewer-page-" + suffix, "reviewer");
            String said = browser.awaitVisible(By.id("not-allowed")).getText();
            assertTrue(said.contains("投票审计") && said.contains("auditor"), said);
            assertTrue(browser.driver().findElements(By.cssSelector("nav.staff-nav a[href^='/staff/auditor.html']")).isEmpty(),
                    "the navigation offers only the login's own workspaces");
            assertTrue(browser.driver().findElements(By.id("alerts")).isEmpty(), "no alert shown");
            assertCleanPage(browser, "a reviewer on the auditors' page");
        }
    }
}
