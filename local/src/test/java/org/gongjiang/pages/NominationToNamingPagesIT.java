package org.gongjiang.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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
 * One nominee through every page that touches them, and through pages alone: the clerk's form with a
 * phone photo (GPS in its EXIF) and the nomination form (PDF), the review office's queue, qualification,
 * three experts' scores (each seeing their own only), the joint meeting's shortlist, the public notice
 * with an objection filed there and dismissed, finalization, a vote on the ballot showing the photo
 * (without its metadata), and naming. Each status offers exactly the reviewer's steps of the workflow's
 * table; the documents are for the review office and the assigned experts only, through links that expire.
 */
class NominationToNamingPagesIT {

    private static final String NOMINATION = "N0001";
    private static final String DOCUMENT = "推荐表.pdf";
    private static final String[] CRITERIA = {"craftExpertise", "superbSkill", "leadingRole", "outstandingContribution"};
    private static String campaign;
    private static String suffix;

    /** A campaign of its own, nominations open now, made through the API as the administrator would. */
    @BeforeAll
    static void openNominations() {
        suffix = UUID.randomUUID().toString().substring(0, 8);
        campaign = PageCampaigns.openForNominations(new Http(PublicPages.baseUrl()), "walk-" + suffix);
    }

    /** The clerk fills the form, submits, and uploads the phone photo and the signed nomination form. */
    private static void aClerkNominatesWithAPhotoAndTheNominationForm() throws IOException {
        try (Browser clerk = Browser.desktop()) {
            clerk.open(page("enterprise"));
            PublicPages.logInWithCreditCode(clerk, "clerk-" + suffix, ClerkForm.CREDIT_CODE, "enterprise");
            clerk.awaitVisible(By.id("nomination-form"));
            ClerkForm.fillValidForm(clerk, "孙海生", ClerkForm.identityNumber("19850315", "123"), "1985-03-15");
            clerk.driver().findElement(By.id("submit")).click();
            assertTrue(clerk.awaitText(By.id("submitted"), "已提交推荐").getText().contains(NOMINATION));

            Path photo = ClerkForm.photoWithGpsPosition();
            assertTrue(TestFiles.contains(Files.readAllBytes(photo), "GPS"), "the phone's photo carries its GPS position");
            clerk.awaitVisible(By.id("photo-" + NOMINATION)).sendKeys(photo.toString());
            clerk.awaitVisible(By.cssSelector("[data-files='" + NOMINATION + "'] li[data-kind=photo][data-status=stored]"));
            Path form = Files.createTempDirectory("walk").resolve(DOCUMENT);
            Files.copy(ClerkForm.document(), form);
            clerk.driver().findElement(By.id("document-" + NOMINATION)).sendKeys(form.toString());
            clerk.awaitVisible(By.cssSelector("[data-files='" + NOMINATION + "'] li[data-kind=document][data-status=stored]"));
            assertCleanPage(clerk, "the clerk's nomination with its files");
        }
    }

    /** The nomination form is listed with a download link (answered: the link). */
    private static String assertTheDocumentCanBeDownloaded(Browser browser) {
        WebElement link = browser.awaitText(By.cssSelector("#attachments a[download]"), DOCUMENT);
        String href = link.getDomAttribute("href");
        assertTrue(href.startsWith("http"), href);
        return href;
    }

    private static HttpResponse<byte[]> fetch(String url) {
        try (HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()) {
            return client.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30)).GET().build(),
                    HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * The review office's link opens the PDF; the same nomination's files are refused to a voter and to an
     * expert not assigned to it; a link the page gave ten minutes ago (the functions' clock set back) has expired.
     */
    private static void theDocumentsAreForTheirReadersOnly(Browser reviewer, String href) {
        HttpResponse<byte[]> opened = fetch(href);
        assertEquals(200, opened.statusCode());
        assertEquals("%PDF-", new String(opened.body(), 0, 5, StandardCharsets.US_ASCII), "the nomination form itself");
        Http http = new Http(PublicPages.baseUrl());
        String files = "/v1/campaigns/" + campaign + "/nominations/" + NOMINATION + "/attachments";
        for (String[] login : new String[][] {{"voter-" + suffix}, {"expert-other-" + suffix, "expert"}}) {
            Http.Response refused = http.send("GET", files, null, "Authorization",
                    "Bearer " + http.token(login[0], Arrays.copyOfRange(login, 1, login.length)));
            assertTrue(refused.status() == 403 || refused.status() == 404, login[0] + ": " + refused.status());
            assertFalse(refused.body().contains("X-Amz-Signature"), "no link for " + login[0]);
        }
        try {
            expect(200, http.post("/local/clock", "{\"offset\":\"-PT10M\"}"));
            reviewer.driver().navigate().refresh();
            String signedTenMinutesAgo = assertTheDocumentCanBeDownloaded(reviewer);
            expect(200, http.post("/local/clock", "{\"offset\":\"PT0S\"}"));
            assertEquals(403, fetch(signedTenMinutesAgo).statusCode(), "a link of ten minutes ago has expired");
        } finally {
            expect(200, http.post("/local/clock", "{\"offset\":\"PT0S\"}"));
        }
        reviewer.driver().navigate().refresh();
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
    void oneNomineeGoesFromTheClerksFormToANamedWinnerThroughThePagesAlone() throws IOException {
        aClerkNominatesWithAPhotoAndTheNominationForm();
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
            theDocumentsAreForTheirReadersOnly(reviewer, assertTheDocumentCanBeDownloaded(reviewer));
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

    /** Voting has opened (the functions' clock and the phone's moved by {@code now}): a voter finds the finalist with the photo and votes. */
    private static void aVoterVotesOnTheBallotWhereThePhotoShows(Duration now) {
        try (Browser voter = Browser.phone()) {
            voter.shiftClock(now);
            voter.open(PublicPages.baseUrl() + "/ballot.html?campaign=" + campaign);
            voter.awaitVisible(By.cssSelector("li[data-candidate='" + NOMINATION + "']"));
            PublicPages.logIn(voter, "ballot-voter-" + suffix);
            WebElement candidate = voter.awaitVisible(By.cssSelector("li[data-candidate='" + NOMINATION + "']"));
            assertPhotoShown(voter, candidate, "/candidates/" + NOMINATION + "/photo");
            voter.awaitVisible(By.cssSelector("li[data-candidate='" + NOMINATION + "'] button[data-action=vote]")).click();
            voter.awaitText(By.cssSelector("li[data-candidate='" + NOMINATION + "'] button[data-action=vote]"), "今日已投");
            voter.screenshot("ballot-photo-phone");
            assertCleanPage(voter, "the ballot with the photo");
        }
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
     * Six days on (the functions' clock) the notice has closed: the finalist goes on the ballot; eleven days
     * on a voter votes on it; after the vote the ranking shows and the winner is named. The clock is set
     * back whatever happens.
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

            expect(200, http.post("/local/clock", "{\"advance\":\"P5D\"}"));
            aVoterVotesOnTheBallotWhereThePhotoShows(Duration.ofDays(11));

            expect(200, http.post("/local/clock", "{\"advance\":\"P10D\"}"));
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

    /**
     * A reader on a phone finds the nominee on the public notice, with the photo, and objects there; the
     * reviewer dismisses the objection with a reason on the review page.
     */
    private static void objectAndResolve(Browser reviewer) {
        try (Browser reader = Browser.phone()) {
            reader.open(PublicPages.baseUrl() + "/notice.html?campaign=" + campaign);
            reader.awaitVisible(By.cssSelector("#notices li[data-nomination='" + NOMINATION + "']"));
            PublicPages.logIn(reader, "objector-" + suffix);
            WebElement notice = reader.awaitVisible(By.cssSelector("#notices li[data-nomination='" + NOMINATION + "']"));
            assertPhotoShown(reader, notice, "/notices/" + NOMINATION + "/photo");
            notice.findElement(By.tagName("summary")).click();
            notice.findElement(By.tagName("textarea")).sendKeys("获奖年份与材料不一致？");
            notice.findElement(By.cssSelector("button[type=submit]")).click();
            assertTrue(reader.awaitText(By.cssSelector(".outcome p"), "").getText().contains("异议已提交"));
            assertCleanPage(reader, "the notice with the photo");
        }
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

    /**
     * The nominee's photo is on the page, loaded (its pixels arrived), named for the nominee, from the
     * public route; its bytes are a JPEG without EXIF, so without the GPS position it was uploaded with.
     */
    private static void assertPhotoShown(Browser browser, WebElement around, String route) {
        WebElement photo = around.findElement(By.cssSelector("img.photo"));
        browser.await(d -> Boolean.TRUE.equals(browser.script("return arguments[0].complete && arguments[0].naturalWidth > 0;", photo)));
        assertEquals("孙海生的照片", photo.getDomAttribute("alt"));
        String source = photo.getDomProperty("src");
        assertTrue(source.endsWith("/v1/campaigns/" + campaign + route), source);
        HttpResponse<byte[]> bytes = fetch(source);
        assertEquals(200, bytes.statusCode());
        assertEquals("image/jpeg", bytes.headers().firstValue("Content-Type").orElse(""));
        assertFalse(TestFiles.contains(bytes.body(), "Exif"), "no EXIF in the public photo");
        assertFalse(TestFiles.contains(bytes.body(), "GPS"), "no GPS position in the public photo");
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
