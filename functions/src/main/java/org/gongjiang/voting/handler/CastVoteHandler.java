package org.gongjiang.voting.handler;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.gongjiang.platform.aws.Wiring;
import org.gongjiang.platform.handler.ApiHandler;
import org.gongjiang.platform.handler.ApiRequest;
import org.gongjiang.platform.handler.ApiResponses;
import org.gongjiang.platform.handler.FunctionMetrics;
import org.gongjiang.platform.handler.JsonBody;
import org.gongjiang.platform.handler.Priming;
import org.gongjiang.voting.application.VotingService;
import org.gongjiang.voting.dynamodb.VotingWiring;
import org.gongjiang.voting.model.AcceptedVote;
import org.gongjiang.voting.model.CastVote;
import org.gongjiang.voting.model.VoteSignals;
import org.gongjiang.voting.model.VoterHasher;
import org.gongjiang.voting.model.VoterId;

/** POST /v1/campaigns/{campaignId}/votes {"candidateId": "..."}: one vote by the token's subject. */
public final class CastVoteHandler extends ApiHandler {

    /** Votes stored, one per accepted request (CloudWatch, namespace Gongjiang, dimension Function). */
    public static final String VOTES_ACCEPTED = "VotesAccepted";
    /** Votes refused, also by {@link #REASON}, the problem type answered (already-voted, voting-closed, ...). */
    public static final String VOTES_REFUSED = "VotesRefused";
    public static final String REASON = "Reason";

    private final VotingService voting;
    private final Supplier<VoterHasher> voters;
    private final VoterAddress addresses;

    public CastVoteHandler() {
        this(VotingWiring.voterHasher(), Wiring.clock());
        Priming.register(this, rehearsals());
    }

    /** What SnapStart priming sends: a vote for a candidate no campaign has, refused (404) before the ballot's write. */
    static List<APIGatewayV2HTTPEvent> rehearsals() {
        return List.of(Priming.request("POST /v1/campaigns/{campaignId}/votes", Map.of("campaignId", Priming.CAMPAIGN_ID),
                "{\"candidateId\":\"" + Priming.CANDIDATE_ID + "\"}"));
    }

    private CastVoteHandler(Supplier<VoterHasher> keys, Clock clock) {
        this(VotingWiring.votingService(keys), keys, clock, VoterAddress.fromEnvironment());
    }

    public CastVoteHandler(VotingService voting, VoterHasher voters, Clock clock) {
        this(voting, voters, clock, VoterAddress.direct());
    }

    public CastVoteHandler(VotingService voting, VoterHasher voters, Clock clock, VoterAddress addresses) {
        this(voting, () -> voters, clock, addresses);
    }

    private CastVoteHandler(VotingService voting, Supplier<VoterHasher> voters, Clock clock, VoterAddress addresses) {
        super(clock);
        this.voting = voting;
        this.voters = voters;
        this.addresses = addresses;
    }

    @Override
    protected APIGatewayV2HTTPResponse handle(ApiRequest request) {
        VoteSignals.Origin origin = addresses.of(request);
        VoterId voter = Voters.of(request, voters.get());
        JsonBody body = JsonBody.parse(request);
        String candidateId = body.fields("candidateId").string("candidateId", true, 64).orElse(null);
        body.requireValid();
        AcceptedVote vote = voting.cast(new CastVote(request.pathParameter("campaignId"), candidateId, voter,
                origin));
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("receipt", vote.receipt());
        view.put("candidateId", vote.candidateId());
        view.put("castAt", vote.castAt().toString());
        view.put("votingDay", vote.votingDay().toString());
        view.put("votesLeftToday", vote.votesLeftToday());
        return ApiResponses.json(201, view, ApiResponses.NO_STORE);
    }

    @Override
    protected void measure(FunctionMetrics metrics, Optional<String> refusal) {
        refusal.ifPresentOrElse(type -> metrics.count(VOTES_REFUSED, 1, REASON, type), () -> metrics.count(VOTES_ACCEPTED, 1));
    }
}
