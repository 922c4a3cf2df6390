package org.gongjiang.campaign.model;

import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import org.gongjiang.platform.model.LocalizedText;
import org.gongjiang.platform.model.TimeWindow;

/** Example campaigns for unit tests: valid rules with the parts a test cares about chosen. */
public final class CampaignExamples {

    private CampaignExamples() {
    }

    public static Campaign campaign(String campaignId, TimeWindow voting, int perVoterPerDay, int retentionDays) {
        TimeWindow nominations = new TimeWindow(voting.opensAt().minus(Duration.ofDays(40)), voting.opensAt().minus(Duration.ofDays(30)));
        return new Campaign(campaignId, LocalizedText.of("测试", "Test"), ZoneId.of("Asia/Shanghai"), nominations,
                Duration.ofDays(7), voting, new VoteRules(perVoterPerDay, 1),
                List.of(new Category("craftsman", LocalizedText.of("工匠", "Craftsman"), Category.Eligibility.ANYONE)),
                List.of(Label.of("equipment", "装备制造", "Equipment")),
                List.of(Label.of("gold", "金", "Gold")),
                Criterion.STANDARDS, new RankingWeights(0.7, 0.3), 3, 5, retentionDays, 1);
    }
}
