package org.gongjiang.voting.handler;

import java.util.LinkedHashMap;
import java.util.Map;
import org.gongjiang.campaign.model.Campaign;
import org.gongjiang.platform.handler.JsonViews;
import org.gongjiang.voting.model.Candidate;

/** JSON shape of a finalist on the public ballot, with the campaign's names of its industry and category. */
public final class CandidateViews {

    private CandidateViews() {
    }

    public static Map<String, Object> candidate(Candidate candidate, Campaign campaign) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("candidateId", candidate.candidateId());
        view.put("name", candidate.name());
        view.put("enterprise", candidate.enterprise());
        view.put("industry", candidate.industry());
        campaign.industry(candidate.industry()).ifPresent(label -> view.put("industryName", JsonViews.text(label.name())));
        view.put("region", candidate.region());
        view.put("regionName", candidate.regionName());
        view.put("category", candidate.category());
        campaign.category(candidate.category()).ifPresent(label -> view.put("categoryName", JsonViews.text(label.name())));
        return view;
    }

}
