package org.gongjiang.voting.model;

import java.util.List;
import org.gongjiang.platform.model.FieldError;
import org.gongjiang.platform.model.Ids;
import org.gongjiang.platform.model.InvalidInputException;
import org.gongjiang.platform.model.NotFoundException;
import org.gongjiang.platform.model.UnauthenticatedException;

/** A voter's request to vote for a candidate, with what the request says of where it came from; it checks its own shape when built. */
public record CastVote(String campaignId, String candidateId, VoterId voter, VoteSignals.Origin origin) {

    public CastVote {
        if (!Ids.isCampaignId(campaignId)) {
            throw NotFoundException.campaign(String.valueOf(campaignId));
        }
        if (!Ids.isCandidateId(candidateId)) {
            throw InvalidInputException.of(List.of(FieldError.body("/candidateId", "pattern",
                    VotingMessages.CANDIDATE_ID_PATTERN.text())));
        }
        if (voter == null) {
            throw new UnauthenticatedException(VotingMessages.LOGIN_TO_VOTE.text());
        }
        if (origin == null) {
            origin = VoteSignals.Origin.UNKNOWN;
        }
    }
}
