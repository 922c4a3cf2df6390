package org.gongjiang.voting.handler;

import org.gongjiang.platform.handler.Problems;
import org.gongjiang.voting.model.VotingMessages;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.gongjiang.platform.aws.Wiring;
import org.gongjiang.platform.handler.ApiHandler;
import org.gongjiang.platform.handler.ApiRequest;
import org.gongjiang.platform.handler.ApiResponses;
import org.gongjiang.voting.application.VotingService;
import org.gongjiang.voting.dynamodb.VotingWiring;
import org.gongjiang.voting.model.MyVotes;
import org.gongjiang.voting.model.VoterHasher;

/** GET /v1/campaigns/{campaignId}/votes/mine: what the caller voted today and how many votes are left. */
public final class GetMyVotesHandler extends ApiHandler {

    private final VotingService voting;
    private final Supplier<VoterHasher> voters;

    public GetMyVotesHandler() {
        this(VotingWiring.voterHasher(), Wiring.clock());
    }

    private GetMyVotesHandler(Supplier<VoterHasher> keys, Clock clock) {
        this(VotingWiring.votingService(keys), keys, clock);
    }

    public GetMyVotesHandler(VotingService voting, VoterHasher voters, Clock clock) {
        this(voting, () -> voters, clock);
    }

    private GetMyVotesHandler(VotingService voting, Supplier<VoterHasher> voters, Clock clock) {
        super(clock);
        this.voting = voting;
        this.voters = voters;
    }

    @Override
    protected APIGatewayV2HTTPResponse handle(ApiRequest request) {
        MyVotes mine = voting.myVotes(request.pathParameter("campaignId"), Voters.of(request, voters.get()));
        String campaignId = mine.campaign().campaignId();
        List<Map<String, Object>> votes = mine.votes().stream().map(vote -> {
            Map<String, Object> view = new LinkedHashMap<>();
            view.put("candidateId", vote.candidateId());
            voting.candidate(campaignId, vote.candidateId()).ifPresent(c -> view.put("name", c.name()));
            view.put("receipt", vote.receipt());
            view.put("castAt", vote.castAt().toString());
            view.put("status", vote.counted() ? "counted" : "voided");
            if (!vote.counted()) {
                view.put("problem", Problems.document("vote-voided", VotingMessages.VOTE_VOIDED_TITLE.text(),
                        VotingMessages.VOTE_VOIDED_DETAIL.text(), 403, request.language(), request.path(), null));
            }
            return view;
        }).toList();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("campaignId", campaignId);
        body.put("votingDay", mine.day().toString());
        body.put("timeZone", mine.campaign().timeZone().getId());
        body.put("votes", votes);
        body.put("votesCastToday", votes.size());
        body.put("votesLeftToday", mine.votesLeftToday());
        body.put("perVoterPerDay", mine.campaign().voteRules().perVoterPerDay());
        body.put("votingOpen", mine.votingOpen());
        body.put("nextVotingDayStartsAt", mine.nextVotingDayStartsAt().toString());
        return ApiResponses.json(200, body, ApiResponses.NO_STORE);
    }
}
