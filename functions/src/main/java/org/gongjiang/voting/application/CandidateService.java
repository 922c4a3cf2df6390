package org.gongjiang.voting.application;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.gongjiang.campaign.application.CampaignDirectory;
import org.gongjiang.campaign.model.Campaign;
import org.gongjiang.campaign.model.Category;
import org.gongjiang.campaign.model.Label;
import org.gongjiang.platform.model.FieldError;
import org.gongjiang.platform.model.Ids;
import org.gongjiang.platform.model.InvalidInputException;
import org.gongjiang.platform.model.NotFoundException;
import org.gongjiang.voting.model.Candidate;
import org.gongjiang.voting.model.VotingMessages;

/** The public ballot: each campaign's published finalists, read from the per-container caches (no vote is read). */
public final class CandidateService {

    private final CampaignDirectory campaigns;
    private final CandidateDirectory candidates;

    public CandidateService(CampaignDirectory campaigns, CandidateDirectory candidates) {
        this.campaigns = campaigns;
        this.candidates = candidates;
    }

    /** A campaign's public ballot, narrowed to an industry and a category when they are given. */
    public record Ballot(Campaign campaign, List<Candidate> candidates) {
    }

    /**
     * The campaign's published finalists, by candidate id, of {@code industry} and {@code category}
     * where given; a filter value the campaign does not have is a 400 listing the values it has.
     */
    public Ballot ballot(String campaignId, Optional<String> industry, Optional<String> category) {
        Campaign campaign = campaigns.requireCampaign(campaignId);
        List<FieldError> errors = new ArrayList<>();
        requireCode(industry, "industry", campaign.industries().stream().map(Label::code).toList(), errors);
        requireCode(category, "category", campaign.categories().stream().map(Category::code).toList(), errors);
        if (!errors.isEmpty()) {
            throw InvalidInputException.of(errors);
        }
        return new Ballot(campaign, candidates.ballot(campaign.campaignId()).stream()
                .filter(candidate -> industry.map(candidate.industry()::equals).orElse(true))
                .filter(candidate -> category.map(candidate.category()::equals).orElse(true))
                .toList());
    }

    /** A finalist of the campaign's public ballot and the campaign; 404 for anyone not on it, whatever the id looks like. */
    public record Profile(Campaign campaign, Candidate candidate) {
    }

    public Profile profile(String campaignId, String candidateId) {
        Campaign campaign = campaigns.requireCampaign(campaignId);
        Optional<Candidate> candidate = Ids.isCandidateId(candidateId)
                ? candidates.candidate(campaign.campaignId(), candidateId) : Optional.empty();
        return new Profile(campaign, candidate.orElseThrow(() -> NotFoundException.candidate(campaign.campaignId(), candidateId)));
    }

    private static void requireCode(Optional<String> value, String parameter, List<String> allowed, List<FieldError> errors) {
        if (value.isPresent() && !allowed.contains(value.get())) {
            errors.add(FieldError.query(parameter, "unknown-code",
                    VotingMessages.FILTER_UNKNOWN_CODE.text(value.get(), String.join(", ", allowed))));
        }
    }

}
