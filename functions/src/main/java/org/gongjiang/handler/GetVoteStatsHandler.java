package org.gongjiang.handler;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gongjiang.domain.VoteStatsService;
import org.gongjiang.domain.VoteTally;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/** GET /v1/campaigns/{campaignId}/stats/votes: each finalist's votes and share, from the counters (public). */
public final class GetVoteStatsHandler extends ApiHandler {

    private final VoteStatsService stats;

    public GetVoteStatsHandler() {
        this(Wiring.dynamo(), Wiring.clock());
    }

    private GetVoteStatsHandler(DynamoDbClient dynamo, Clock clock) {
        this(new VoteStatsService(Wiring.campaigns(dynamo), Wiring.candidates(dynamo), Wiring.counters(dynamo), clock),
                clock);
    }

    public GetVoteStatsHandler(VoteStatsService stats, Clock clock) {
        super(clock);
        this.stats = stats;
    }

    @Override
    protected APIGatewayV2HTTPResponse handle(ApiRequest request) {
        VoteTally tally = stats.tally(request.pathParameter("campaignId"));
        List<Map<String, Object>> candidates = tally.candidates().stream().map(line -> {
            Map<String, Object> view = new LinkedHashMap<>();
            view.put("candidateId", line.candidate().candidateId());
            view.put("name", line.candidate().name());
            view.put("votes", line.votes());
            view.put("share", Math.round(line.share() * 1_000_000) / 1_000_000.0);
            return view;
        }).toList();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("campaignId", tally.campaign().campaignId());
        body.put("total", tally.total());
        body.put("asOf", tally.asOf().toString());
        body.put("candidates", candidates);
        return ApiResponses.json(200, body, ApiResponses.CACHE_PUBLIC_SHORT);
    }
}
