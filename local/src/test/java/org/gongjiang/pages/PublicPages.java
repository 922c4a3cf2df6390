package org.gongjiang.pages;

import org.gongjiang.acceptance.support.SharedDeployment;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * Where the pages under test are served: the shared local stack, or a stack already running when the
 * system property {@code pages.baseUrl} names it (to iterate on pages without starting one per run).
 */
final class PublicPages {

    private PublicPages() {
    }

    static String baseUrl() {
        String external = System.getProperty("pages.baseUrl");
        return external != null && !external.isBlank() ? external : SharedDeployment.get().url();
    }

    /** Logs in through the local login provider's form, as a person would, and waits to be back. */
    static void logIn(Browser browser, String subject, String... groups) {
        logInWithCreditCode(browser, subject, "", groups);
    }

    /** The same, for an enterprise clerk: the login carries the enterprise's credit code (claim creditCode). */
    static void logInWithCreditCode(Browser browser, String subject, String creditCode, String... groups) {
        browser.awaitVisible(By.id("login")).click();
        WebElement name = browser.awaitVisible(By.id("subject"));
        name.sendKeys(subject);
        if (!creditCode.isEmpty()) {
            browser.driver().findElement(By.id("creditCode")).sendKeys(creditCode);
        }
        for (String group : groups) {
            browser.driver().findElement(By.name("group-" + group)).click();
        }
        browser.driver().findElement(By.cssSelector("form button[type=submit]")).click();
        browser.awaitVisible(By.id("logout"));
    }
}
