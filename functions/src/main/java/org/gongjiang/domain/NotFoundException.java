package org.gongjiang.domain;

import java.util.Map;

/** The campaign, candidate or other thing named in the request does not exist, or is not public (404). */
public final class NotFoundException extends DomainException {

    public NotFoundException(String type, LocalizedText detail) {
        super(type, LocalizedText.of("未找到", "Not found"), detail, Map.of());
    }

    public static NotFoundException campaign(String campaignId) {
        return new NotFoundException("campaign-not-found",
                LocalizedText.of("评选活动“%s”不存在。", "There is no campaign '%s'.").formatted(campaignId));
    }

    public static NotFoundException candidate(String campaignId, String candidateId) {
        return new NotFoundException("candidate-not-found",
                LocalizedText.of("评选活动“%s”中没有候选人“%s”。", "Campaign '%s' has no candidate '%s'.")
                        .formatted(campaignId, candidateId));
    }
}
