package org.gongjiang.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.UUID;
import org.gongjiang.acceptance.support.Http;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** The public notice (媒体公示) on a phone: the profile on notice, its window, the rules, an objection. */
class NoticePageIT {

    private static final String NOMINATION = "N0001";
    private static String campaign;

    /** A campaign of its own with one nominee on notice, made through the API as the staff would. */
    @BeforeAll
    static void putANomineeOnNotice() {
        Http http = new Http(PublicPages.baseUrl());
        campaign = PageCampaigns.openForNominations(http, "notice");
        String[] reviewer = {"Authorization", "Bearer " + http.token("reviewer-notice", "reviewer")};
        PageCampaigns.nominate(http, campaign, PageCampaigns.clerkToken(http, "clerk-notice"));
        String nomination = "/v1/campaigns/" + campaign + "/nominations/" + NOMINATION;
        expect(200, http.post(nomination + "/qualify", "{\"reason\":\"材料齐全，符合条件。\"}", reviewer));
        expect(200, http.send("PUT", nomination + "/experts", "{\"experts\":[\"expert-n1\",\"expert-n2\",\"expert-n3\"]}", reviewer));
        for (int expert = 1; expert <= 3; expert++) {
            expect(200, http.send("PUT", nomination + "/scores",
                    "{\"scores\":{\"craftExpertise\":90,\"superbSkill\":88,\"leadingRole\":85,\"outstandingContribution\":80}}",
                    "Authorization", "Bearer " + http.token("expert-n" + expert, "expert")));
        }
        expect(200, http.post(nomination + "/shortlist", "{\"tier\":\"gold\",\"reason\":\"联席会议审议通过。\"}", reviewer));
        expect(200, http.post(nomination + "/open-notice", "", reviewer));
    }

    private static void expect(int status, Http.Response response) {
        PageCampaigns.expect(status, response);
    }

    private static String noticePage() {
        return PublicPages.baseUrl() + "/notice.html?campaign=" + campaign;
    }

    @Test
    void aVisitorReadsTheNoticeWithItsWindowAndRulesAndIsAskedToLogInToObject() {
        try (Browser browser = Browser.phone()) {
            browser.open(noticePage());
            WebElement notice = browser.awaitVisible(By.cssSelector("#notices li[data-nomination='" + NOMINATION + "']"));
            String text = notice.getText();
            assertTrue(text.contains("孙海生") && text.contains("青岛北海造船有限公司") && text.contains("船体装配工")
                    && text.contains("公示期"), text);
            assertTrue(!text.contains("370211198503151231") && !text.contains("13912345678"), "no personal data: " + text);
            assertTrue(browser.driver().findElement(By.cssSelector(".rules")).getText().contains("异议"));
            assertEquals("登录后提出异议", notice.findElement(By.cssSelector("button")).getText());
        }
    }

    @Test
    void aLoggedInReaderFilesAnObjectionAndASecondOneIsRefusedInWords() {
        try (Browser browser = Browser.phone()) {
            browser.open(noticePage());
            browser.awaitVisible(By.cssSelector("#notices li[data-nomination='" + NOMINATION + "']"));
            PublicPages.logIn(browser, "objector-" + UUID.randomUUID().toString().substring(0, 8));
            WebElement notice = browser.awaitVisible(By.cssSelector("#notices li[data-nomination='" + NOMINATION + "']"));
            notice.findElement(By.tagName("summary")).click();
            WebElement text = notice.findElement(By.tagName("textarea"));
            text.sendKeys("获奖年份与材料不一致？");
            notice.findElement(By.cssSelector("button[type=submit]")).click();
            String filed = browser.awaitText(By.cssSelector(".outcome p"), "").getText();
            assertTrue(filed.contains("异议已提交"), filed);
            browser.screenshot("notice-objection-filed");

            text.sendKeys("再次提出同一异议。");
            notice.findElement(By.cssSelector("button[type=submit]")).click();
            String refused = browser.awaitText(By.cssSelector(".outcome p.problem"), "").getText();
            assertTrue(!refused.isBlank() && !refused.contains("409") && refused.matches(".*[\\u4e00-\\u9fff].*"),
                    "one open objection per person, said in Chinese: " + refused);
        }
    }
}
