package org.gongjiang.review.handler;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gongjiang.platform.aws.Wiring;
import org.gongjiang.platform.handler.Actors;
import org.gongjiang.platform.handler.ApiHandler;
import org.gongjiang.platform.handler.ApiRequest;
import org.gongjiang.platform.handler.ApiResponses;
import org.gongjiang.review.application.RankingService;
import org.gongjiang.review.dynamodb.ReviewWiring;

/** GET /v1/campaigns/{campaignId}/ranking (reviewer): finalists by expert score and vote combined. */
public final class GetRankingHandler extends ApiHandler {

    private final RankingService rankings;

    public GetRankingHandler() {
        this(ReviewWiring.rankingService(), Wiring.clock());
    }

    public GetRankingHandler(RankingService rankings, Clock clock) {
        super(clock);
        this.rankings = rankings;
    }

    @Override
    protected APIGatewayV2HTTPResponse handle(ApiRequest request) {
        RankingService.Ranking ranking = rankings.ranking(Actors.of(request), request.pathParameter("campaignId"));
        List<Map<String, Object>> lines = ranking.lines().stream().map(line -> {
            Map<String, Object> view = new LinkedHashMap<>();
            view.put("rank", line.rank());
            view.put("nominationId", line.nomination().nominationId());
            view.put("name", line.nomination().nominee().name());
            view.put("enterprise", line.nomination().enterprise().name());
            view.put("category", line.nomination().category());
            view.put("status", line.nomination().status().name());
            line.nomination().proposedTier().ifPresent(tier -> view.put("proposedTier", tier));
            line.nomination().tier().ifPresent(tier -> view.put("tier", tier));
            view.put("expertScore", round(line.expertScore()));
            view.put("votes", line.votes());
            view.put("voteScore", round(line.voteScore()));
            view.put("combined", round(line.combined()));
            return view;
        }).toList();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("campaignId", ranking.campaign().campaignId());
        body.put("final", ranking.isFinal());
        Map<String, Object> weights = new LinkedHashMap<>();
        weights.put("expertWeight", ranking.campaign().ranking().expertWeight());
        weights.put("voteWeight", ranking.campaign().ranking().voteWeight());
        body.put("weights", weights);
        body.put("finalists", lines);
        return ApiResponses.json(200, body, ApiResponses.NO_STORE);
    }

    private static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }
}
