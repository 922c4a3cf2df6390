package org.gongjiang.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gongjiang.acceptance.support.Http;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * The staff workspaces are desktop first, yet a clerk or a reviewer on a phone still gets pages that fit
 * the screen; and with the English switch every word the pages draw is English (a campaign with English
 * names, nothing nominated: no Chinese data on the page to tell apart from the pages' own words).
 */
class StaffPagesInEnglishOnAPhoneIT {

    /** Each workspace with the element that says it has drawn itself. */
    private static final List<String[]> WORKSPACES = List.of(
            new String[] {"index", "#workspaces"},
            new String[] {"enterprise", "#nomination-form"},
            new String[] {"review", "#queues"},
            new String[] {"expert", "#assigned"},
            new String[] {"auditor", "#alerts"},
            new String[] {"admin", "#campaign-form"});
    private static final Pattern CHINESE = Pattern.compile("[\\u3400-\\u9fff\\uff00-\\uffef\\u3000-\\u303f]+");
    private static String campaign;

    @BeforeAll
    static void openNominations() {
        campaign = PageCampaigns.openForNominations(new Http(PublicPages.baseUrl()), "staff-en");
    }

    private static String page(String name) {
        return PublicPages.baseUrl() + "/staff/" + name + ".html?campaign=" + campaign;
    }

    @Test
    void everyWorkspaceFitsAPhoneAndSpeaksEnglishAfterTheSwitch() {
        try (Browser browser = Browser.phone()) {
            browser.open(page("index"));
            browser.awaitVisible(By.id("language-switch")).click();
            PublicPages.logInWithCreditCode(browser, "staff-en-" + UUID.randomUUID().toString().substring(0, 8),
                    PageCampaigns.CREDIT_CODE, "enterprise", "reviewer", "expert", "auditor", "admin");
            for (String[] workspace : WORKSPACES) {
                browser.open(page(workspace[0]));
                browser.awaitVisible(By.cssSelector(workspace[1]));
                assertEquals("en", browser.driver().findElement(By.tagName("html")).getDomAttribute("lang"), workspace[0]);
                String text = browser.driver().findElement(By.tagName("body")).getText();
                Matcher chinese = CHINESE.matcher(text.replace("中文", ""));
                assertTrue(!chinese.find(), workspace[0] + " in English has Chinese words: '" + (chinese.hitEnd() ? "" : chinese.group())
                        + "' in " + text);
                Number overflow = (Number) browser.script(
                        "return document.documentElement.scrollWidth - document.documentElement.clientWidth");
                assertTrue(overflow.intValue() <= 0, workspace[0] + ": no sideways scrolling on a phone, " + overflow + " px too wide");
                assertEquals(List.of(), browser.seriousAccessibilityViolations(), workspace[0] + ": axe");
                assertEquals(List.of(), browser.consoleErrors(), workspace[0] + ": console");
                browser.fullPageScreenshot("staff-" + workspace[0] + "-phone-en");
            }
        }
    }
}
