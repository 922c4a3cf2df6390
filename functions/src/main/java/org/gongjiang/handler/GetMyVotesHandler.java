package org.gongjiang.handler;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import java.time.Clock;
import java.util.function.Supplier;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gongjiang.domain.CampaignDirectory;
import org.gongjiang.domain.CandidateDirectory;
import org.gongjiang.domain.MyVotes;
import org.gongjiang.domain.VoterHasher;
import org.gongjiang.domain.VotingService;
import org.gongjiang.store.BallotStore;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/** GET /v1/campaigns/{campaignId}/votes/mine: what the caller voted today and how many votes are left. */
public final class GetMyVotesHandler extends ApiHandler {

    private final VotingService voting;
    private final CandidateDirectory candidates;
    private final Supplier<VoterHasher> voters;

    public GetMyVotesHandler() {
        this(Wiring.dynamo(), Wiring.clock());
    }

    private GetMyVotesHandler(DynamoDbClient dynamo, Clock clock) {
        this(Wiring.campaigns(dynamo), Wiring.candidates(dynamo), Wiring.ballots(dynamo), clock);
    }

    private GetMyVotesHandler(CampaignDirectory campaigns, CandidateDirectory candidates, BallotStore ballots, Clock clock) {
        this(new VotingService(campaigns, candidates, ballots, Wiring.receipts(), clock), candidates,
                Wiring.voterHasher(), clock);
    }

    public GetMyVotesHandler(VotingService voting, CandidateDirectory candidates, VoterHasher voters, Clock clock) {
        this(voting, candidates, () -> voters, clock);
    }

    private GetMyVotesHandler(VotingService voting, CandidateDirectory candidates, Supplier<VoterHasher> voters, Clock clock) {
        super(clock);
        this.voting = voting;
        this.candidates = candidates;
        this.voters = voters;
    }

    @Override
    protected APIGatewayV2HTTPResponse handle(ApiRequest request) {
        MyVotes mine = voting.myVotes(request.pathParameter("campaignId"), Voters.of(request, voters.get()));
        String campaignId = mine.campaign().campaignId();
        List<Map<String, Object>> votes = mine.ballot().votes().stream().map(entry -> {
            Map<String, Object> view = new LinkedHashMap<>();
            view.put("candidateId", entry.candidateId());
            candidates.candidate(campaignId, entry.candidateId()).ifPresent(c -> view.put("name", c.name()));
            view.put("receipt", entry.receipt());
            view.put("castAt", entry.castAt().toString());
            return view;
        }).toList();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("campaignId", campaignId);
        body.put("votingDay", mine.ballot().day().toString());
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
