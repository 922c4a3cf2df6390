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
        putPhoto(view, candidate);
        return view;
    }

    /** Where the finalist's photo is, when there is one: a page asks for it only then. */
    private static void putPhoto(Map<String, Object> view, Candidate candidate) {
        if (candidate.photo()) {
            view.put("photo", "/v1/campaigns/" + candidate.campaignId() + "/candidates/" + candidate.candidateId() + "/photo");
        }
    }

    /**
     * A finalist's public profile, for its own page and the winners: the ballot's fields with the trade and
     * citation the public notice showed, and the tier it was named in, once named. Nothing else of the
     * nomination (identity number, mobile, birth date, contacts, scores) is on the ballot to show.
     */
    public static Map<String, Object> profile(Candidate candidate, Campaign campaign) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("candidateId", candidate.candidateId());
        view.put("name", candidate.name());
        view.put("enterprise", candidate.enterprise());
        view.put("trade", candidate.trade());
        view.put("industry", candidate.industry());
        campaign.industry(candidate.industry()).ifPresent(label -> view.put("industryName", JsonViews.text(label.name())));
        view.put("region", candidate.region());
        view.put("regionName", candidate.regionName());
        view.put("category", candidate.category());
        campaign.category(candidate.category()).ifPresent(label -> view.put("categoryName", JsonViews.text(label.name())));
        view.put("citation", candidate.citation());
        candidate.tier().ifPresent(tier -> {
            view.put("tier", tier);
            campaign.tier(tier).ifPresent(label -> view.put("tierName", JsonViews.text(label.name())));
        });
        putPhoto(view, candidate);
        return view;
    }
}
