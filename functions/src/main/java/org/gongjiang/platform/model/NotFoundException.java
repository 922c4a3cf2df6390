package org.gongjiang.platform.model;

import java.util.Map;

/** The campaign, candidate or other thing named in the request does not exist, or is not public (404). */
public final class NotFoundException extends DomainException {

    public NotFoundException(String type, LocalizedText detail) {
        super(type, PlatformMessages.NOT_FOUND_TITLE.text(), detail, Map.of());
    }

    public static NotFoundException campaign(String campaignId) {
        return new NotFoundException("campaign-not-found",
                PlatformMessages.CAMPAIGN_NOT_FOUND.text(campaignId));
    }

    public static NotFoundException candidate(String campaignId, String candidateId) {
        return new NotFoundException("candidate-not-found",
                PlatformMessages.CANDIDATE_NOT_FOUND.text(campaignId, candidateId));
    }
}
