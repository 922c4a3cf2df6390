package org.gongjiang.campaign.handler;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.gongjiang.campaign.model.Campaign;
import org.gongjiang.campaign.model.CampaignProgress;
import org.gongjiang.campaign.model.RuleLock;
import org.gongjiang.platform.handler.JsonViews;

/**
 * The administrator's view of a campaign: its full configuration, its version, its progress and the
 * rules that progress already locks (with the reason in words), so that a form can show them locked.
 */
final class AdminViews {

    private AdminViews() {
    }

    static Map<String, Object> campaign(Campaign campaign, CampaignProgress progress, List<RuleLock> locks) {
        Map<String, Object> view = CampaignViews.campaignDetail(campaign);
        view.put("version", campaign.version());
        Map<String, Object> counts = new LinkedHashMap<>();
        counts.put("nominationsSubmitted", progress.nominationsSubmitted());
        counts.put("scoresSubmitted", progress.scoresSubmitted());
        counts.put("winnersNamed", progress.winnersNamed());
        view.put("progress", counts);
        view.put("locked", locks.stream().map(lock -> {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("field", lock.field());
            entry.put("cause", code(lock.cause()));
            entry.put("refuses", code(lock.refuses()));
            entry.put("reason", JsonViews.text(lock.reason(campaign, progress)));
            return entry;
        }).toList());
        return view;
    }

    /** NOMINATIONS_SUBMITTED as nominations-submitted, the way problem types and codes are written. */
    private static String code(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
