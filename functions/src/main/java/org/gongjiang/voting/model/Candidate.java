package org.gongjiang.voting.model;

import java.util.Objects;
import org.gongjiang.platform.model.Ids;

/**
 * A finalist on the public ballot, holding only what the nominee consented to publish: the public name,
 * the enterprise, industry, region (6-digit administrative code) and category.
 */
public record Candidate(
        String campaignId,
        String candidateId,
        String name,
        String enterprise,
        String industry,
        String region,
        String regionName,
        String category) {

    public Candidate {
        Ids.requireCampaignId(campaignId);
        Ids.requireCandidateId(candidateId);
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(enterprise, "enterprise");
        Objects.requireNonNull(industry, "industry");
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(regionName, "regionName");
        Objects.requireNonNull(category, "category");
    }
}
