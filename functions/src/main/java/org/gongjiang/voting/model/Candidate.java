package org.gongjiang.voting.model;

import java.util.Objects;
import java.util.Optional;
import org.gongjiang.platform.model.Ids;

/**
 * A finalist on the public ballot, holding only what the nominee consented to publish: the public name,
 * the enterprise, industry, region (6-digit administrative code), category, trade and citation (the
 * profile the public notice showed), whether a checked photo is shown with it, and the tier once the
 * finalist is named a winner.
 */
public record Candidate(
        String campaignId,
        String candidateId,
        String name,
        String enterprise,
        String industry,
        String region,
        String regionName,
        String category,
        String trade,
        String citation,
        Optional<String> tier,
        boolean photo) {

    public Candidate {
        Ids.requireCampaignId(campaignId);
        Ids.requireCandidateId(candidateId);
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(enterprise, "enterprise");
        Objects.requireNonNull(industry, "industry");
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(regionName, "regionName");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(trade, "trade");
        Objects.requireNonNull(citation, "citation");
        Objects.requireNonNull(tier, "tier");
    }

    /** The same finalist named a winner in {@code tier}. */
    public Candidate named(String tier) {
        return new Candidate(campaignId, candidateId, name, enterprise, industry, region, regionName, category, trade, citation,
                Optional.of(tier), photo);
    }
}
