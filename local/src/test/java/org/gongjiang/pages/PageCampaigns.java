package org.gongjiang.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.gongjiang.acceptance.support.Http;

/**
 * Campaigns of a page test's own, made through the API as the staff would: nominations open for two
 * days from an hour ago, a five-day notice, voting from day 10 to day 20; and the one nominee they share.
 */
final class PageCampaigns {

    static final String CREDIT_CODE = "91370211MA3C123AB5";

    private PageCampaigns() {
    }

    /** Creates the campaign {@code prefix-<random>} and answers its id. */
    static String openForNominations(Http http, String prefix) {
        String campaign = prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        expect(201, http.post("/v1/admin/campaigns", """
                {"campaignId":"%s","name":{"zh":"首届“琅琊工匠”评选（页面测试）","en":"1st Langya Craftsmen selection (page test)"},
                 "timeZone":"Asia/Shanghai",
                 "nominationWindow":{"opensAt":"%s","closesAt":"%s"},"publicNotice":"P5D",
                 "votingWindow":{"opensAt":"%s","closesAt":"%s"},
                 "voteRules":{"perVoterPerDay":5,"perCandidatePerDay":1},
                 "categories":[{"code":"craftsman","name":{"zh":"琅琊工匠","en":"Langya craftsman"},
                                "eligibility":{"minYearsInTrade":10,"minAge":25,"maxAge":70}}],
                 "industries":[{"code":"shipbuilding","name":{"zh":"船舶制造","en":"Shipbuilding"}}],
                 "tiers":[{"code":"gold","name":{"zh":"金牌","en":"Gold"}},{"code":"silver","name":{"zh":"银牌","en":"Silver"}}],
                 "criteria":[{"code":"craftExpertise","weight":0.3},{"code":"superbSkill","weight":0.3},
                             {"code":"leadingRole","weight":0.2},{"code":"outstandingContribution","weight":0.2}],
                 "ranking":{"expertWeight":0.6,"voteWeight":0.4},
                 "enterpriseQuota":3,"disclosureThreshold":5,"retentionDays":365}
                """.formatted(campaign, now.minus(1, ChronoUnit.HOURS), now.plus(2, ChronoUnit.DAYS),
                now.plus(10, ChronoUnit.DAYS), now.plus(20, ChronoUnit.DAYS)),
                "Authorization", "Bearer " + http.token("admin-" + prefix, "admin")));
        return campaign;
    }

    /** The bearer token of a clerk of the nominating enterprise (its credit code asserted by the login). */
    static String clerkToken(Http http, String subject) {
        Http.Response response = http.post("/local/tokens",
                "{\"sub\":\"" + subject + "\",\"groups\":[\"enterprise\"],\"creditCode\":\"" + CREDIT_CODE + "\"}");
        expect(200, response);
        return "Bearer " + response.json().path("token").asText();
    }

    /** The shipwright 孙海生 nominated by 青岛北海造船有限公司: N0001 of a new campaign. */
    static void nominate(Http http, String campaign, String clerkBearer) {
        expect(201, http.post("/v1/campaigns/" + campaign + "/nominations", """
                {"category":"craftsman",
                 "nominee":{"name":"孙海生","sex":"M","idNumber":"370211198503151231","birthDate":"1985-03-15",
                            "trade":"船体装配工","industry":"shipbuilding","region":"370211","yearsInTrade":21,
                            "frontLine":true,"patents":4,"awards":["全国技术能手"],
                            "citation":"扎根船坞二十一年，主持攻克大型集装箱船分段精度控制难题。","mobile":"13912345678"},
                 "enterprise":{"name":"青岛北海造船有限公司","creditCode":"91370211MA3C123AB5",
                               "contactName":"王丽","contactMobile":"13687654321"},
                 "consent":{"publishProfile":true}}
                """, "Authorization", clerkBearer));
    }

    static void expect(int status, Http.Response response) {
        assertEquals(status, response.status(), response.body());
    }
}
