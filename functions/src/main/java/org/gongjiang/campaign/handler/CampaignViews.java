package org.gongjiang.campaign.handler;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gongjiang.campaign.model.Campaign;
import org.gongjiang.campaign.model.Category;
import org.gongjiang.campaign.model.IntegrityRules;
import org.gongjiang.campaign.model.Label;
import org.gongjiang.platform.handler.JsonViews;

/** JSON shapes of campaigns: the public rules and the administrator's configuration. */
public final class CampaignViews {

    private CampaignViews() {
    }

    public static Map<String, Object> campaignSummary(Campaign campaign) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("campaignId", campaign.campaignId());
        view.put("name", JsonViews.text(campaign.name()));
        view.put("timeZone", campaign.timeZone().getId());
        view.put("votingWindow", JsonViews.window(campaign.votingWindow()));
        Map<String, Object> rules = new LinkedHashMap<>();
        rules.put("perVoterPerDay", campaign.voteRules().perVoterPerDay());
        rules.put("perCandidatePerDay", campaign.voteRules().perCandidatePerDay());
        view.put("voteRules", rules);
        return view;
    }

    /** Everything public about a campaign: its rules are public, its progress is not. */
    public static Map<String, Object> campaignDetail(Campaign campaign) {
        Map<String, Object> view = campaignSummary(campaign);
        view.put("nominationWindow", JsonViews.window(campaign.nominationWindow()));
        view.put("publicNotice", JsonViews.isoDuration(campaign.publicNotice()));
        view.put("categories", campaign.categories().stream().map(CampaignViews::category).toList());
        view.put("industries", labels(campaign.industries()));
        view.put("tiers", labels(campaign.tiers()));
        view.put("criteria", campaign.criteria().stream().map(criterion -> {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("code", criterion.code());
            entry.put("name", JsonViews.text(criterion.name()));
            entry.put("weight", criterion.weight());
            return entry;
        }).toList());
        Map<String, Object> ranking = new LinkedHashMap<>();
        ranking.put("expertWeight", campaign.ranking().expertWeight());
        ranking.put("voteWeight", campaign.ranking().voteWeight());
        view.put("ranking", ranking);
        view.put("enterpriseQuota", campaign.enterpriseQuota());
        view.put("disclosureThreshold", campaign.disclosureThreshold());
        view.put("retentionDays", campaign.retentionDays());
        view.put("integrity", integrity(campaign.integrity()));
        return view;
    }

    /** The integrity rules are published with the others: a campaign announces how it watches its vote. */
    private static Map<String, Object> integrity(IntegrityRules rules) {
        Map<String, Object> view = new LinkedHashMap<>();
        rules.accountClaim().ifPresent(claim -> view.put("accountClaim", claim));
        view.put("freshAccountDays", rules.freshAccountDays());
        view.put("unverifiedLevels", rules.unverifiedLevels());
        view.put("fourEyesAbove", rules.fourEyesAbove());
        Map<String, Object> burst = new LinkedHashMap<>();
        burst.put("enabled", rules.burst().enabled());
        burst.put("minVotes", rules.burst().minVotes());
        burst.put("factor", rules.burst().factor());
        burst.put("networkVotes", rules.burst().networkVotes());
        view.put("burst", burst);
        Map<String, Object> network = new LinkedHashMap<>();
        network.put("enabled", rules.network().enabled());
        network.put("minVotes", rules.network().minVotes());
        network.put("share", rules.network().share());
        view.put("networkConcentration", network);
        Map<String, Object> fresh = new LinkedHashMap<>();
        fresh.put("enabled", rules.fresh().enabled());
        fresh.put("minVotes", rules.fresh().minVotes());
        fresh.put("share", rules.fresh().share());
        fresh.put("baselineFactor", rules.fresh().baselineFactor());
        view.put("freshAccounts", fresh);
        Map<String, Object> lockstep = new LinkedHashMap<>();
        lockstep.put("enabled", rules.lockstep().enabled());
        lockstep.put("minVoters", rules.lockstep().minVoters());
        lockstep.put("sequence", rules.lockstep().sequence());
        view.put("lockstep", lockstep);
        view.put("escalation", JsonViews.text(rules.escalation()));
        return view;
    }

    private static Map<String, Object> category(Category category) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("code", category.code());
        view.put("name", JsonViews.text(category.name()));
        Map<String, Object> eligibility = new LinkedHashMap<>();
        eligibility.put("minYearsInTrade", category.eligibility().minYearsInTrade());
        eligibility.put("minAge", category.eligibility().minAge());
        eligibility.put("maxAge", category.eligibility().maxAge());
        eligibility.put("foreignPermanentResident", category.eligibility().foreignPermanentResident());
        eligibility.put("vocationalStudent", category.eligibility().vocationalStudent());
        view.put("eligibility", eligibility);
        return view;
    }

    private static List<Map<String, Object>> labels(List<Label> labels) {
        return labels.stream().map(label -> {
            Map<String, Object> view = new LinkedHashMap<>();
            view.put("code", label.code());
            view.put("name", JsonViews.text(label.name()));
            return view;
        }).toList();
    }
}
