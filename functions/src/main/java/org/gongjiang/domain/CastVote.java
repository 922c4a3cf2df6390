package org.gongjiang.domain;

import java.util.List;

/** A voter's request to vote for a candidate; it checks its own shape when built. */
public record CastVote(String campaignId, String candidateId, VoterId voter) {

    public CastVote {
        if (!Ids.isCampaignId(campaignId)) {
            throw NotFoundException.campaign(String.valueOf(campaignId));
        }
        if (!Ids.isCandidateId(candidateId)) {
            throw InvalidInputException.of(List.of(FieldError.body("/candidateId", "pattern",
                    LocalizedText.of("候选人编号格式不正确（1-64 位字母、数字、- 或 _）。",
                            "candidateId must be 1-64 letters, digits, '-' or '_'."))));
        }
        if (voter == null) {
            throw new UnauthenticatedException(LocalizedText.of("请先登录再投票。", "Log in to vote."));
        }
    }
}
