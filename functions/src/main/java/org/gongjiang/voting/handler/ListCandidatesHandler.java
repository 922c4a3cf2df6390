package org.gongjiang.voting.handler;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gongjiang.platform.aws.Wiring;
import org.gongjiang.platform.handler.ApiHandler;
import org.gongjiang.platform.handler.ApiRequest;
import org.gongjiang.platform.handler.ApiResponses;
import org.gongjiang.platform.handler.Priming;
import org.gongjiang.voting.application.CandidateService;
import org.gongjiang.voting.dynamodb.VotingWiring;

/**
 * GET /v1/campaigns/{campaignId}/candidates[?industry=&category=]: the public ballot; and
 * GET /v1/campaigns/{campaignId}/candidates/{candidateId}: one finalist's public profile.
 */
public final class ListCandidatesHandler extends ApiHandler {

    private final CandidateService candidates;

    public ListCandidatesHandler() {
        this(VotingWiring.candidateService(), Wiring.clock());
        Priming.register(this, rehearsals());
    }

    /** What SnapStart priming asks: the ballot and a profile of a campaign never created (404). */
    static List<APIGatewayV2HTTPEvent> rehearsals() {
        return List.of(Priming.request(BALLOT, Map.of("campaignId", Priming.CAMPAIGN_ID), null),
                Priming.request(PROFILE, Map.of("campaignId", Priming.CAMPAIGN_ID, "candidateId", Priming.CANDIDATE_ID), null));
    }

    public ListCandidatesHandler(CandidateService candidates, Clock clock) {
        super(clock);
        this.candidates = candidates;
    }

    private static final String BALLOT = "GET /v1/campaigns/{campaignId}/candidates";
    private static final String PROFILE = BALLOT + "/{candidateId}";

    @Override
    protected APIGatewayV2HTTPResponse handle(ApiRequest request) {
        if (request.routeKey().equals(PROFILE)) {
            CandidateService.Profile profile = candidates.profile(request.pathParameter("campaignId"), request.pathParameter("candidateId"));
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("campaignId", profile.campaign().campaignId());
            body.putAll(CandidateViews.profile(profile.candidate(), profile.campaign()));
            return ApiResponses.json(200, body, ApiResponses.CACHE_PUBLIC);
        }
        CandidateService.Ballot ballot = candidates.ballot(request.pathParameter("campaignId"), request.queryParameter("industry"),
                request.queryParameter("category"));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("campaignId", ballot.campaign().campaignId());
        body.put("candidates", ballot.candidates().stream().map(candidate -> CandidateViews.candidate(candidate, ballot.campaign())).toList());
        return ApiResponses.json(200, body, ApiResponses.CACHE_PUBLIC);
    }
}
