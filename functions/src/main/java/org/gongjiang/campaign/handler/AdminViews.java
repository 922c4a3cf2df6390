package org.gongjiang.campaign.handler;

import java.util.LinkedHashMap;
import java.util.Map;
import org.gongjiang.campaign.model.Campaign;
import org.gongjiang.campaign.model.CampaignProgress;

/** The administrator's view of a campaign: its full configuration, its version and its progress. */
final class AdminViews {

    private AdminViews() {
    }

    static Map<String, Object> campaign(Campaign campaign, CampaignProgress progress) {
        Map<String, Object> view = CampaignViews.campaignDetail(campaign);
        view.put("version", campaign.version());
        Map<String, Object> counts = new LinkedHashMap<>();
        counts.put("nominationsSubmitted", progress.nominationsSubmitted());
        counts.put("scoresSubmitted", progress.scoresSubmitted());
        counts.put("winnersNamed", progress.winnersNamed());
        view.put("progress", counts);
        return view;
    }
}
