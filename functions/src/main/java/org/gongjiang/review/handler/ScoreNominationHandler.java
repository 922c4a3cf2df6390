package org.gongjiang.review.handler;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import org.gongjiang.campaign.model.Criterion;
import org.gongjiang.nomination.model.ExpertScore;
import org.gongjiang.platform.aws.Wiring;
import org.gongjiang.platform.handler.Actors;
import org.gongjiang.platform.handler.ApiHandler;
import org.gongjiang.platform.handler.ApiRequest;
import org.gongjiang.platform.handler.ApiResponses;
import org.gongjiang.platform.handler.JsonBody;
import org.gongjiang.platform.handler.JsonFields;
import org.gongjiang.platform.model.Actor;
import org.gongjiang.platform.model.Role;
import org.gongjiang.review.application.ReviewService;
import org.gongjiang.review.dynamodb.ReviewWiring;

/**
 * PUT /v1/campaigns/{campaignId}/nominations/{nominationId}/scores (assigned expert):
 * {"scores": {"craftExpertise": 0-100, "superbSkill": ..., "leadingRole": ..., "outstandingContribution": ...}}.
 */
public final class ScoreNominationHandler extends ApiHandler {

    private final ReviewService review;

    public ScoreNominationHandler() {
        this(ReviewWiring.reviewService(false), Wiring.clock());
    }

    public ScoreNominationHandler(ReviewService review, Clock clock) {
        super(clock);
        this.review = review;
    }

    @Override
    protected APIGatewayV2HTTPResponse handle(ApiRequest request) {
        Actor actor = Actors.of(request);
        actor.require(Role.EXPERT);
        JsonBody body = JsonBody.parse(request);
        JsonFields scores = body.fields("scores").object("scores", true, Criterion.codes().toArray(String[]::new)).orElse(null);
        Map<String, Integer> values = new LinkedHashMap<>();
        if (scores != null) {
            for (String criterion : Criterion.codes()) {
                scores.integer(criterion, true, 0, 100).ifPresent(value -> values.put(criterion, value));
            }
        }
        body.requireValid();
        ExpertScore score = review.score(actor, request.pathParameter("campaignId"), request.pathParameter("nominationId"), values);
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("nominationId", score.nominationId());
        view.put("scores", score.scores());
        view.put("submittedAt", score.submittedAt().toString());
        return ApiResponses.json(200, view, ApiResponses.NO_STORE);
    }
}
