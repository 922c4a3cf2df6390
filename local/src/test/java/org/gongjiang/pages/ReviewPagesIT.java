package org.gongjiang.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gongjiang.acceptance.support.Http;
import org.gongjiang.nomination.model.NominationStatus;
import org.gongjiang.nomination.model.NominationWorkflow;
import org.gongjiang.platform.model.Role;
import org.gongjiang.testing.TestFiles;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The review office's and the experts' workspaces at a desk: a submitted nomination taken through the
 * pages alone from the queue to the public notice, each status offering exactly the reviewer's steps of
 * the workflow's table, each expert seeing their own scores only.
 */
class ReviewPagesIT {

    private static final String NOMINATION = "N0001";
    private static final String DOCUMENT = "推荐表.pdf";
    private static final String[] CRITERIA = {"craftExpertise", "superbSkill", "leadingRole", "outstandingContribution"};
    private static String campaign;
    private static String suffix;

    /** A campaign of its own with one nomination submitted, made through the API as an enterprise would. */
    @BeforeAll
    static void submitANomination() {
        Http http = new Http(PublicPages.baseUrl());
        suffix = UUID.randomUUID().toString().substring(0, 8);
        campaign = PageCampaigns.openForNominations(http, "review-" + suffix);
        String clerk = PageCampaigns.clerkToken(http, "clerk-review");
        PageCampaigns.nominate(http, campaign, clerk);
        attachTheNominationForm(http, clerk);
    }

    /** The enterprise attaches its nomination form (a PDF), as its page would: pre-signed PUT, then complete. */
    private static void attachTheNominationForm(Http http, String clerk) {
        byte[] pdf = TestFiles.minimalPdf();
        String attachments = "/v1/campaigns/" + campaign + "/nominations/" + NOMINATION + "/attachments";
        Http.Response asked = http.post(attachments, "{\"kind\":\"document\",\"contentType\":\"application/pdf\",\"size\":"
                + pdf.length + ",\"fileName\":\"" + DOCUMENT + "\"}", "Authorization", clerk);
        expect(201, asked);
        JsonNode upload = asked.json().path("upload");
        HttpRequest.Builder put = HttpRequest.newBuilder(URI.create(upload.path("url").asText())).timeout(Duration.ofSeconds(30))
                .PUT(HttpRequest.BodyPublishers.ofByteArray(pdf));
        upload.path("headers").fields().forEachRemaining(header -> {
            if (!header.getKey().equalsIgnoreCase("Content-Length")) {
                put.header(header.getKey(), header.getValue().asText());
            }
        });
        try (HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()) {
            assertEquals(200, client.send(put.build(), HttpResponse.BodyHandlers.discarding()).statusCode());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        expect(200, http.post(attachments + "/" + asked.json().path("attachmentId").asText() + "/complete", "", "Authorization", clerk));
    }

    /** The nomination form is listed with a download link. */
    private static void assertTheDocumentCanBeDownloaded(Browser browser) {
        WebElement link = browser.awaitText(By.cssSelector("#attachments a[download]"), DOCUMENT);
        assertTrue(link.getDomAttribute("href").startsWith("http"), link.getDomAttribute("href"));
    }

    private static void expect(int status, Http.Response response) {
        assertEquals(status, response.status(), response.body());
    }

    private static String page(String name, String... parameters) {
        return PublicPages.baseUrl() + "/staff/" + name + ".html?campaign=" + campaign + String.join("", parameters);
    }

    private static String expert(int n) {
        return "expert-" + n + "-" + suffix;
    }

    /** The reviewer's steps from {@code status}, read from the workflow's own table. */
    private static List<String> reviewerSteps(NominationStatus status) {
        return NominationWorkflow.TRANSITIONS.stream()
                .filter(t -> t.from().equals(Optional.of(status)) && t.role().equals(Optional.of(Role.REVIEWER)))
                .map(NominationWorkflow.Transition::action).distinct().toList();
    }

    private static void awaitStatus(Browser browser, NominationStatus status) {
        browser.awaitVisible(By.cssSelector("#status[data-status='" + status.name() + "']"));
    }

    private static void assertOffersExactlyTheTablesSteps(Browser browser, NominationStatus status) {
        awaitStatus(browser, status);
        List<String> offered = browser.driver().findElements(By.cssSelector("#actions [data-action]")).stream()
                .map(element -> element.getDomAttribute("data-action")).toList();
        assertEquals(reviewerSteps(status), offered, "the steps offered at " + status);
    }

    /**
     * No serious accessibility violation, and nothing in the console but the browser's own line for each
     * refusal the test provoked on purpose ("{path} - Failed to load resource: ... status of {status}").
     */
    private static void assertCleanPage(Browser browser, String what, String... provokedRefusals) {
        assertEquals(List.of(), browser.seriousAccessibilityViolations(), what + ": axe");
        List<String> errors = browser.consoleErrors().stream()
                .filter(error -> Arrays.stream(provokedRefusals).noneMatch(refusal -> error.contains(refusal)
                        && error.contains("Failed to load resource")))
                .toList();
        assertEquals(List.of(), errors, what + ": console");
    }

    private static WebElement action(Browser browser, String action) {
        return browser.awaitVisible(By.cssSelector("#actions form[data-action='" + action + "']"));
    }

    @Test
    void theReviewOfficeAndThreeExpertsTakeASubmittedNominationToThePublicNotice() {
        try (Browser reviewer = Browser.desktop()) {
            reviewer.open(page("review"));
            PublicPages.logIn(reviewer, "reviewer-" + suffix, "reviewer");
            WebElement submitted = reviewer.awaitVisible(By.cssSelector("#queues li[data-status='SUBMITTED']"));
            assertEquals("1", submitted.getDomAttribute("data-count"));
            assertTrue(submitted.getText().contains("已提交（1）"), submitted.getText());
            assertCleanPage(reviewer, "the queue");

            reviewer.awaitVisible(By.cssSelector("#queue tr[data-nomination='" + NOMINATION + "'] a")).click();
            assertOffersExactlyTheTablesSteps(reviewer, NominationStatus.SUBMITTED);
            assertEquals(List.of("qualify", "disqualify"), reviewerSteps(NominationStatus.SUBMITTED));
            String details = reviewer.awaitVisible(By.id("details")).getText();
            assertTrue(details.contains("孙海生") && details.contains("370211********1231"), details);
            assertTrue(reviewer.awaitVisible(By.id("audit-admin-only")).getText().contains("活动管理员"),
                    "the audit trail is the admin's: said so");
            assertTheDocumentCanBeDownloaded(reviewer);
            assertCleanPage(reviewer, "a submitted nomination");

            WebElement qualify = action(reviewer, "qualify");
            qualify.findElement(By.name("reason")).sendKeys("材料齐全，符合条件。");
            qualify.findElement(By.cssSelector("button[type=submit]")).click();
            assertOffersExactlyTheTablesSteps(reviewer, NominationStatus.QUALIFIED);
            assertTrue(reviewer.driver().findElement(By.id("main")).getText().contains("材料齐全，符合条件。"));

            WebElement assign = action(reviewer, "assign-experts");
            assign.findElement(By.name("experts")).sendKeys(expert(1) + ", " + expert(2) + ", " + expert(3));
            assign.findElement(By.cssSelector("button[type=submit]")).click();
            assertOffersExactlyTheTablesSteps(reviewer, NominationStatus.IN_REVIEW);
            assertTrue(reviewer.awaitVisible(By.id("scores-received")).getText().contains("0"));

            for (int n = 1; n <= 3; n++) {
                scoreAsExpert(n);
            }

            reviewer.driver().navigate().refresh();
            assertOffersExactlyTheTablesSteps(reviewer, NominationStatus.SCORED);
            WebElement shortlist = action(reviewer, "shortlist");
            new Select(shortlist.findElement(By.name("tier"))).selectByValue("gold");
            shortlist.findElement(By.name("reason")).sendKeys("联席会议审议通过。");
            shortlist.findElement(By.cssSelector("button[type=submit]")).click();
            assertOffersExactlyTheTablesSteps(reviewer, NominationStatus.SHORTLISTED);
            assertTrue(reviewer.driver().findElement(By.id("main")).getText().contains("拟定等级：金牌"));

            action(reviewer, "open-notice").findElement(By.cssSelector("button[type=submit]")).click();
            assertOffersExactlyTheTablesSteps(reviewer, NominationStatus.ON_NOTICE);
            assertTrue(reviewer.awaitVisible(By.id("objections")).getText().contains("没有异议"));

            objectAndResolve(reviewer);

            action(reviewer, "finalize").findElement(By.cssSelector("button[type=submit]")).click();
            String refused = reviewer.awaitText(By.cssSelector("form[data-action='finalize'] .outcome p.problem"), "").getText();
            assertTrue(!refused.isBlank() && !refused.contains("409") && refused.matches(".*[\\u4e00-\\u9fff].*"),
                    "finalizing while the notice runs is refused in the API's Chinese sentence: " + refused);
            assertOffersExactlyTheTablesSteps(reviewer, NominationStatus.ON_NOTICE);
            assertCleanPage(reviewer, "a nomination on notice",
                    "/nominations/" + NOMINATION + "/finalize - Failed to load resource: the server responded with a status of 409");
            reviewer.script("window.scrollTo(0, 0)");
            reviewer.screenshot("review-desktop");

            finalizeAndNameOnceTheClockHasMoved(reviewer);
        }
        anAdministratorReadsTheAuditTrail();
    }

    /** The audit trail is the admin's: a login in both groups reads every step, with its reasons. */
    private static void anAdministratorReadsTheAuditTrail() {
        try (Browser browser = Browser.desktop()) {
            browser.open(page("review", "&nomination=" + NOMINATION));
            PublicPages.logIn(browser, "admin-reviewer-" + suffix, "reviewer", "admin");
            String trail = browser.awaitText(By.cssSelector("#audit table"), "qualify").getText();
            for (String step : List.of("submit", "qualify", "assign-experts", "score", "shortlist", "open-notice", "finalize", "name",
                    "材料齐全，符合条件。")) {
                assertTrue(trail.contains(step), step + " in " + trail);
            }
            assertTrue(browser.driver().findElements(By.id("audit-admin-only")).isEmpty());
            assertCleanPage(browser, "the audit trail");
        }
    }

    /**
     * Six days on (the functions' clock) the notice has closed: the finalist goes on the ballot; after the
     * vote the ranking shows and the winner is named. The clock is set back whatever happens.
     */
    private static void finalizeAndNameOnceTheClockHasMoved(Browser reviewer) {
        Http http = new Http(PublicPages.baseUrl());
        try {
            expect(200, http.post("/local/clock", "{\"advance\":\"P6D\"}"));
            reviewer.driver().navigate().refresh();
            action(reviewer, "finalize").findElement(By.cssSelector("button[type=submit]")).click();
            assertOffersExactlyTheTablesSteps(reviewer, NominationStatus.FINALIST);
            assertTrue(reviewer.awaitVisible(By.cssSelector("#ranking tr[data-nomination='" + NOMINATION + "']")).isDisplayed());
            assertTrue(reviewer.driver().findElement(By.id("ranking")).getText().contains("投票尚未结束"));

            expect(200, http.post("/local/clock", "{\"advance\":\"P15D\"}"));
            reviewer.driver().navigate().refresh();
            assertTrue(reviewer.awaitText(By.id("ranking"), "投票已结束").getText().contains("金牌"));
            WebElement name = action(reviewer, "name");
            assertEquals("gold", new Select(name.findElement(By.name("tier"))).getFirstSelectedOption().getDomAttribute("value"),
                    "the proposed tier is the one offered first");
            name.findElement(By.cssSelector("button[type=submit]")).click();
            assertOffersExactlyTheTablesSteps(reviewer, NominationStatus.NAMED);
            assertTrue(reviewer.awaitVisible(By.id("actions")).getText().contains("没有可进行的操作"));
            assertCleanPage(reviewer, "a named winner");
        } finally {
            expect(200, http.post("/local/clock", "{\"offset\":\"PT0S\"}"));
        }
    }

    /** A voter objects through the API; the reviewer dismisses it with a reason on the page. */
    private static void objectAndResolve(Browser reviewer) {
        Http http = new Http(PublicPages.baseUrl());
        expect(201, http.post("/v1/campaigns/" + campaign + "/notices/" + NOMINATION + "/objections",
                "{\"text\":\"获奖年份与材料不一致？\"}", "Authorization", "Bearer " + http.token("objector-" + suffix)));
        reviewer.driver().navigate().refresh();
        WebElement objection = reviewer.awaitVisible(By.cssSelector("#objections li[data-objection]"));
        assertTrue(objection.getText().contains("获奖年份与材料不一致？"), objection.getText());
        new Select(objection.findElement(By.name("decision"))).selectByValue("dismiss");
        objection.findElement(By.name("reason")).sendKeys("经核实，获奖证书年份无误。");
        objection.findElement(By.cssSelector("button[type=submit]")).click();
        // read in one script: the page redraws itself after the resolution, and an element found before may be gone
        reviewer.await(driver -> Boolean.TRUE.equals(reviewer.script(
                "const o = document.getElementById('objections'); return !!o && o.textContent.includes('已驳回')"
                        + " && !o.querySelector('form.resolution');")));
        assertTrue(reviewer.driver().findElements(By.cssSelector("#objections form.resolution")).isEmpty(), "resolved: no form left");
    }

    /** Expert n scores (the first one tries 101 first) and sees only their own scores. */
    private static void scoreAsExpert(int n) {
        try (Browser browser = Browser.desktop()) {
            browser.open(page("expert"));
            PublicPages.logIn(browser, expert(n), "expert");
            browser.awaitVisible(By.cssSelector("#assigned tr[data-nomination='" + NOMINATION + "'] a")).click();
            WebElement form = browser.awaitVisible(By.id("scoring"));
            assertTrue(browser.awaitVisible(By.id("my-scores")).getText().contains("还没有"), "nothing scored yet");
            String details = browser.driver().findElement(By.id("details")).getText();
            assertFalse(details.contains("13912345678") || details.contains("370211"), "nothing personal for an expert: " + details);
            assertTheDocumentCanBeDownloaded(browser);
            if (n == 1) {
                fill(form, 101, 81, 71, 61);
                form.findElement(By.cssSelector("button[type=submit]")).click();
                String sentence = browser.awaitText(By.cssSelector("#scoring .outcome p.problem"), "").getText();
                assertTrue(sentence.matches(".*[\\u4e00-\\u9fff].*") && !sentence.contains("400"), sentence);
                WebElement craft = form.findElement(By.name("craftExpertise"));
                assertEquals("true", craft.getDomAttribute("aria-invalid"));
                assertFalse(browser.driver().findElement(By.id("score-craftExpertise-error")).getText().isBlank());
                assertTrue(browser.driver().findElement(By.id("my-scores")).getText().contains("还没有"), "a refused score is not kept");
            }
            int[] mine = scoresOf(n);
            fill(form, mine);
            form.findElement(By.cssSelector("button[type=submit]")).click();
            WebElement table = browser.awaitVisible(By.cssSelector("#my-scores table"));
            for (int i = 0; i < CRITERIA.length; i++) {
                assertEquals(String.valueOf(mine[i]),
                        table.findElement(By.cssSelector("tr[data-criterion='" + CRITERIA[i] + "'] td")).getText());
            }
            String text = browser.driver().findElement(By.id("main")).getText();
            for (int other = 1; other <= 3; other++) {
                if (other == n) {
                    continue;
                }
                assertFalse(text.contains(expert(other)), "no other expert named");
                for (int score : scoresOf(other)) {
                    assertFalse(Pattern.compile("\\b" + score + "\\b").matcher(text).find(),
                            "expert " + other + "'s score " + score + " is not shown to expert " + n + ": " + text);
                }
            }
            assertNoAggregate(text, n);
            assertCleanPage(browser, "expert " + n, "/nominations/" + NOMINATION + "/scores - Failed to load resource: the server responded with a status of 400");
            if (n == 2) {
                browser.script("window.scrollTo(0, 0)");
                browser.screenshot("expert-desktop");
            }
        }
    }

    /** No number on the expert's page but their own scores and the page's fixed figures (weights, years...). */
    private static void assertNoAggregate(String text, int n) {
        List<String> allowed = new ArrayList<>(Arrays.stream(scoresOf(n)).mapToObj(String::valueOf).toList());
        allowed.addAll(List.of("0", "100", "30", "20", "1985", "21", "4", "2027", "0001"));
        Matcher numbers = Pattern.compile("\\d+(\\.\\d+)?").matcher(text.replaceAll("N\\d{4}", "").replaceAll("\\d+ KB", "").replaceAll("\\d{4}/\\d{1,2}/\\d{1,2}", ""));
        while (numbers.find()) {
            assertTrue(allowed.contains(numbers.group()), "an unexpected figure on expert " + n + "'s page: " + numbers.group() + " in " + text);
        }
    }

    private static int[] scoresOf(int n) {
        return new int[] {90 + n, 80 + n, 70 + n, 60 + n};
    }

    private static void fill(WebElement form, int... scores) {
        for (int i = 0; i < CRITERIA.length; i++) {
            WebElement input = form.findElement(By.name(CRITERIA[i]));
            input.clear();
            input.sendKeys(String.valueOf(scores[i]));
        }
    }

    @Test
    void aVoterOnlyLoginIsToldInWordsThatTheWorkspacesAreNotItsOwn() {
        try (Browser browser = Browser.desktop()) {
            browser.open(page("review"));
            PublicPages.logIn(browser, "voter-" + suffix);
            String refused = browser.awaitVisible(By.id("not-allowed")).getText();
            assertTrue(refused.contains("评审办公室") && refused.contains("reviewer"), refused);
            browser.open(page("expert"));
            String expertRefused = browser.awaitVisible(By.id("not-allowed")).getText();
            assertTrue(expertRefused.contains("专家评审") && expertRefused.contains("expert"), expertRefused);
            assertCleanPage(browser, "not allowed");
        }
    }
}
