package org.gongjiang.handler;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gongjiang.domain.Campaign;
import org.gongjiang.domain.Candidate;
import org.gongjiang.domain.Category;
import org.gongjiang.domain.IsoDurations;
import org.gongjiang.domain.Label;
import org.gongjiang.domain.LocalizedText;
import org.gongjiang.domain.TimeWindow;

/** JSON shapes of campaigns and candidates, shared by the read routes. */
final class Views {

    private Views() {
    }

    static Map<String, Object> text(LocalizedText text) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("zh", text.zh());
        view.put("en", text.en());
        return view;
    }

    static Map<String, Object> campaignSummary(Campaign campaign) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("campaignId", campaign.campaignId());
        view.put("name", text(campaign.name()));
        view.put("timeZone", campaign.timeZone().getId());
        view.put("votingWindow", window(campaign.votingWindow()));
        Map<String, Object> rules = new LinkedHashMap<>();
        rules.put("perVoterPerDay", campaign.voteRules().perVoterPerDay());
        rules.put("perCandidatePerDay", campaign.voteRules().perCandidatePerDay());
        view.put("voteRules", rules);
        return view;
    }

    /** Everything public about a campaign: its rules are public, its progress is not. */
    static Map<String, Object> campaignDetail(Campaign campaign) {
        Map<String, Object> view = campaignSummary(campaign);
        view.put("nominationWindow", window(campaign.nominationWindow()));
        view.put("publicNotice", isoDuration(campaign.publicNotice()));
        view.put("categories", campaign.categories().stream().map(Views::category).toList());
        view.put("industries", labels(campaign.industries()));
        view.put("tiers", labels(campaign.tiers()));
        view.put("criteria", campaign.criteria().stream().map(criterion -> {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("code", criterion.code());
            entry.put("name", text(criterion.name()));
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
        return view;
    }

    /** ISO 8601, whole days written as days (P7D rather than PT168H), as admins write them. */
    static String isoDuration(Duration duration) {
        return IsoDurations.format(duration);
    }

    static Map<String, Object> window(TimeWindow window) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("opensAt", window.opensAt().toString());
        view.put("closesAt", window.closesAt().toString());
        return view;
    }

    private static Map<String, Object> category(Category category) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("code", category.code());
        view.put("name", text(category.name()));
        Map<String, Object> eligibility = new LinkedHashMap<>();
        eligibility.put("minYearsInTrade", category.eligibility().minYearsInTrade());
        eligibility.put("minAge", category.eligibility().minAge());
        eligibility.put("maxAge", category.eligibility().maxAge());
        eligibility.put("foreignPermanentResident", category.eligibility().foreignPermanentResident());
        eligibility.put("vocationalStudent", category.eligibility().vocationalStudent());
        view.put("eligibility", eligibility);
        return view;
    }

    static Map<String, Object> candidate(Candidate candidate, Campaign campaign) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("candidateId", candidate.candidateId());
        view.put("name", candidate.name());
        view.put("enterprise", candidate.enterprise());
        view.put("industry", candidate.industry());
        campaign.industry(candidate.industry()).ifPresent(label -> view.put("industryName", text(label.name())));
        view.put("region", candidate.region());
        view.put("regionName", candidate.regionName());
        view.put("category", candidate.category());
        campaign.category(candidate.category()).ifPresent(label -> view.put("categoryName", text(label.name())));
        return view;
    }

    private static List<Map<String, Object>> labels(List<Label> labels) {
        return labels.stream().map(label -> {
            Map<String, Object> view = new LinkedHashMap<>();
            view.put("code", label.code());
            view.put("name", text(label.name()));
            return view;
        }).toList();
    }
}
