package org.gongjiang.handler;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gongjiang.domain.Campaign;
import org.gongjiang.domain.Candidate;
import org.gongjiang.domain.Label;
import org.gongjiang.domain.LocalizedText;

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
        Map<String, Object> window = new LinkedHashMap<>();
        window.put("opensAt", campaign.votingWindow().opensAt().toString());
        window.put("closesAt", campaign.votingWindow().closesAt().toString());
        view.put("votingWindow", window);
        Map<String, Object> rules = new LinkedHashMap<>();
        rules.put("perVoterPerDay", campaign.voteRules().perVoterPerDay());
        rules.put("perCandidatePerDay", campaign.voteRules().perCandidatePerDay());
        view.put("voteRules", rules);
        return view;
    }

    static Map<String, Object> campaignDetail(Campaign campaign) {
        Map<String, Object> view = campaignSummary(campaign);
        view.put("categories", labels(campaign.categories()));
        view.put("industries", labels(campaign.industries()));
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
