package org.gongjiang.pages;

import static org.gongjiang.pages.ClerkForm.document;
import static org.gongjiang.pages.ClerkForm.field;
import static org.gongjiang.pages.ClerkForm.fillValidForm;
import static org.gongjiang.pages.ClerkForm.identityNumber;
import static org.gongjiang.pages.ClerkForm.photo;
import static org.gongjiang.pages.ClerkForm.type;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.gongjiang.acceptance.support.Http;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The enterprise clerk's workspace on a desk: the nomination form with the API's checks made as the clerk
 * types, a draft that survives a reload, the API's field errors at their fields, the enterprise's
 * nominations with the quota, the photo and a document uploaded, a withdrawal; and a voter kept out.
 */
class EnterprisePagesIT {

    private static final String CREDIT_CODE = PageCampaigns.CREDIT_CODE;
    private static String campaign;

    /** A campaign of its own, nominations open now, made through the API as the administrator would. */
    @BeforeAll
    static void openNominations() {
        campaign = PageCampaigns.openForNominations(new Http(PublicPages.baseUrl()), "clerk");
    }

    private static String page() {
        return PublicPages.baseUrl() + "/staff/enterprise.html?campaign=" + campaign;
    }

    private static String wrongCheckCharacter(String number) {
        char right = number.charAt(17);
        return number.substring(0, 17) + (right == '0' ? '1' : '0');
    }

    private static Browser clerk(String subject) {
        return clerk(subject, CREDIT_CODE);
    }

    private static Browser clerk(String subject, String creditCode) {
        Browser browser = Browser.desktop();
        browser.open(page());
        PublicPages.logInWithCreditCode(browser, subject + "-" + UUID.randomUUID().toString().substring(0, 6), creditCode, "enterprise");
        browser.awaitVisible(By.id("nomination-form"));
        return browser;
    }

    private static void assertMarked(Browser browser, String name, String words) {
        WebElement message = browser.awaitText(By.id("f-" + name + "-error"), words);
        assertEquals("true", field(browser, name).getAttribute("aria-invalid"), name);
        assertEquals(message.getAttribute("id"), field(browser, name).getAttribute("aria-describedby"), name);
    }

    /** A file named .pdf that is not one: the API's check reads the content. */
    private static Path notAPdf() {
        try {
            Path file = Files.createTempFile("not-a-pdf", ".pdf");
            Files.writeString(file, "this is plain text, not a PDF document", StandardCharsets.US_ASCII);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void aClerkIsToldOfAWrongCheckCharacterAsSheTypesSubmitsUploadsThePhotoAndAFormAndWithdraws() {
        try (Browser browser = clerk("clerk-walk")) {
            String number = identityNumber("19850315", "123");
            fillValidForm(browser, "孙海生", wrongCheckCharacter(number), "1985-03-15");
            assertMarked(browser, "idNumber", "身份证件号码校验码不正确，请核对。");
            assertTrue(browser.driver().findElements(By.id("submitted")).isEmpty(), "nothing sent yet");

            type(browser, "idNumber", number);
            browser.await(d -> field(browser, "idNumber").getAttribute("aria-invalid") == null ? true : null);
            browser.driver().findElement(By.id("submit")).click();
            String submitted = browser.awaitText(By.id("submitted"), "已提交推荐").getText();
            String nominationId = submitted.replaceAll(".*(N[0-9]{4,}).*", "$1");
            WebElement card = browser.awaitVisible(By.cssSelector("li[data-nomination='" + nominationId + "']"));
            assertEquals("SUBMITTED", card.getAttribute("data-status"));
            assertTrue(card.getText().contains("孙海生") && card.getText().contains("已提交"), card.getText());
            assertEquals("本单位已推荐 1 人，名额 3 人。", browser.driver().findElement(By.id("quota")).getText());

            browser.driver().findElement(By.id("photo-" + nominationId)).sendKeys(photo().toString());
            browser.awaitVisible(By.cssSelector("[data-files='" + nominationId + "'] li[data-kind=photo][data-status=stored]"));
            browser.driver().findElement(By.id("document-" + nominationId)).sendKeys(document().toString());
            WebElement files = browser.awaitVisible(By.cssSelector("[data-files='" + nominationId + "'] li[data-kind=document][data-status=stored]"))
                    .findElement(By.xpath(".."));
            assertEquals(2, files.findElements(By.cssSelector("li[data-status=stored]")).size(), files.getText());
            assertTrue(files.getText().contains("已检查"), files.getText());

            List<String> violations = browser.seriousAccessibilityViolations();
            assertTrue(violations.isEmpty(), String.valueOf(violations));
            assertEquals(List.of(), browser.consoleErrors());
            // the whole workspace at once for docs/enterprise.png: a taller window, from the top, at 1x
            browser.driver().manage().window().setSize(new Dimension(1280, 1700));
            browser.script("window.scrollTo(0, 0)");
            browser.screenshot("enterprise-desktop");

            browser.driver().manage().window().setSize(new Dimension(1280, 900));
            browser.driver().findElement(By.id("document-" + nominationId)).sendKeys(notAPdf().toString());
            String refused = browser.awaitVisible(By.cssSelector("li[data-nomination='" + nominationId + "'] .attachments .outcome p.problem")).getText();
            assertTrue(!refused.contains("422") && refused.matches(".*[\\u4e00-\\u9fff].*"), "the API's sentence, in Chinese: " + refused);
            assertEquals(2, browser.driver().findElements(By.cssSelector("[data-files='" + nominationId + "'] li[data-status=stored]")).size(),
                    "the refused file is not listed");

            WebElement withdraw = browser.driver().findElement(By.cssSelector("li[data-nomination='" + nominationId + "'] [data-action=withdraw]"));
            withdraw.click();
            browser.driver().findElement(By.cssSelector("li[data-nomination='" + nominationId + "'] [data-action=confirm-withdraw]")).click();
            // read in the page: the list is drawn again once the withdrawal lands, which would stale a held element
            browser.await(d -> "WITHDRAWN".equals(browser.script(
                    "const li = document.querySelector(\"li[data-nomination='\" + arguments[0] + \"']\"); return li && li.dataset.status;",
                    nominationId)) ? true : null);
            assertEquals("本单位已推荐 0 人，名额 3 人。", browser.driver().findElement(By.id("quota")).getText());
            assertEquals(List.of(), browser.consoleErrors().stream().filter(e -> !e.contains("422")).toList(),
                    "nothing but the refused file's answer");
        }
    }

    @Test
    void aSubmittedNominationIsAmendedWithTheFieldsTheApiDoesNotShowBackEnteredAgain() {
        String otherEnterprise = "91370211MA3C456CDB";
        try (Browser browser = clerk("clerk-amend", otherEnterprise)) {
            String number = identityNumber("19800808", "315");
            fillValidForm(browser, "赵立新", number, "1980-08-08", otherEnterprise);
            browser.driver().findElement(By.id("submit")).click();
            String nominationId = browser.awaitText(By.id("submitted"), "已提交推荐").getText().replaceAll(".*(N[0-9]{4,}).*", "$1");
            browser.awaitVisible(By.cssSelector("li[data-nomination='" + nominationId + "'] [data-action=amend]")).click();
            assertTrue(browser.awaitVisible(By.id("amending")).getText().contains(nominationId));
            assertEquals("赵立新", field(browser, "name").getAttribute("value"));
            assertEquals("", field(browser, "idNumber").getAttribute("value"), "the identity number is never shown back");
            type(browser, "idNumber", number);
            browser.script("arguments[0].value = arguments[1]; arguments[0].dispatchEvent(new Event('input', {bubbles: true}));",
                    field(browser, "birthDate"), "1980-08-08");
            type(browser, "mobile", "13912345678");
            type(browser, "contactName", "王丽");
            type(browser, "contactMobile", "13687654321");
            type(browser, "trade", "船舶电焊工");
            browser.driver().findElement(By.id("submit")).click();
            browser.awaitText(By.id("form-outcome"), "提名 " + nominationId + " 已修改");
            browser.awaitText(By.cssSelector("li[data-nomination='" + nominationId + "']"), "船舶电焊工");
            assertEquals(List.of(), browser.consoleErrors());
        }
    }

    @Test
    void aDraftIsKeptInTheBrowserUntilSubmittedAndComesBackAfterAReload() {
        try (Browser browser = clerk("clerk-draft")) {
            type(browser, "name", "李春燕");
            type(browser, "trade", "数控车工");
            type(browser, "idNumber", "37021119900101");
            assertMarked(browser, "idNumber", "身份证件号码应为 18 位，当前为 14 位。");
            browser.driver().navigate().refresh();
            browser.awaitVisible(By.id("draft-restored"));
            assertEquals("李春燕", field(browser, "name").getAttribute("value"));
            assertEquals("数控车工", field(browser, "trade").getAttribute("value"));
            assertMarked(browser, "idNumber", "当前为 14 位");
        }
    }

    @Test
    void aFieldTheApiRefusesIsMarkedAtItsFieldWithTheApisWords() {
        try (Browser browser = clerk("clerk-refused")) {
            fillValidForm(browser, "周建国", identityNumber("19780620", "211"), "1978-06-20");
            type(browser, "region", "990101");
            browser.driver().findElement(By.id("submit")).click();
            assertMarked(browser, "region", "“990101”不是有效的行政区划代码");
            assertTrue(browser.driver().findElement(By.id("form-outcome")).getText().contains("未通过检查"));
            assertTrue(browser.driver().findElements(By.id("submitted")).isEmpty());
            assertEquals(List.of(), browser.consoleErrors().stream().filter(e -> !e.contains("400")).toList());
        }
    }

    @Test
    void theAgeOfTheCategoryIsCheckedAsTheClerkTypesWithTheApisWords() {
        try (Browser browser = clerk("clerk-age")) {
            new Select(field(browser, "category")).selectByValue("craftsman");
            type(browser, "idNumber", identityNumber("20050101", "111"));
            assertMarked(browser, "birthDate", "要求提名开始日");
            type(browser, "yearsInTrade", "3");
            assertMarked(browser, "yearsInTrade", "类别“craftsman”要求从业至少 10 年。");
            type(browser, "creditCode", "91370211MA3C123AB6");
            assertMarked(browser, "creditCode", "统一社会信用代码校验码不正确，请核对。");
            type(browser, "mobile", "12912345678");
            assertMarked(browser, "mobile", "不是中国大陆手机号码");
        }
    }

    @Test
    void inEnglishTheChecksSayWhatTheApiSaysInEnglish() {
        try (Browser browser = clerk("clerk-english")) {
            browser.driver().findElement(By.id("language-switch")).click();
            browser.awaitText(By.cssSelector("label[for=f-idNumber]"), "Identity number");
            type(browser, "idNumber", wrongCheckCharacter(identityNumber("19850315", "123")));
            assertMarked(browser, "idNumber", "The identity number's check character is wrong; please check the number.");
            type(browser, "contactMobile", "1391234567");
            assertMarked(browser, "contactMobile", "Not a mainland China mobile number (11 digits starting with 1, +86 allowed).");
        }
    }

    @Test
    void aVoterOpeningTheWorkspaceIsToldInWordsThatItIsNotTheirs() {
        try (Browser browser = Browser.desktop()) {
            browser.open(page());
            PublicPages.logIn(browser, "voter-" + UUID.randomUUID().toString().substring(0, 6));
            String said = browser.awaitVisible(By.id("not-allowed")).getText();
            assertTrue(said.contains("没有“企业推荐”的权限"), said);
            assertTrue(browser.driver().findElements(By.id("nomination-form")).isEmpty());
        }
    }
}
