package org.gongjiang.review.handler;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import java.time.Clock;
import java.util.List;
import org.gongjiang.nomination.handler.NominationViews;
import org.gongjiang.nomination.model.Nomination;
import org.gongjiang.nomination.model.NominationAccess;
import org.gongjiang.platform.aws.Wiring;
import org.gongjiang.platform.handler.Actors;
import org.gongjiang.platform.handler.ApiHandler;
import org.gongjiang.platform.handler.ApiRequest;
import org.gongjiang.platform.handler.ApiResponses;
import org.gongjiang.platform.handler.JsonBody;
import org.gongjiang.platform.model.Actor;
import org.gongjiang.platform.model.Role;
import org.gongjiang.review.application.ReviewService;
import org.gongjiang.review.dynamodb.ReviewWiring;

/** PUT /v1/campaigns/{campaignId}/nominations/{nominationId}/experts {"experts": [login subjects]} (reviewer). */
public final class AssignExpertsHandler extends ApiHandler {

    private final ReviewService review;

    public AssignExpertsHandler() {
        this(ReviewWiring.reviewService(false), Wiring.clock());
    }

    public AssignExpertsHandler(ReviewService review, Clock clock) {
        super(clock);
        this.review = review;
    }

    @Override
    protected APIGatewayV2HTTPResponse handle(ApiRequest request) {
        Actor actor = Actors.of(request);
        actor.require(Role.REVIEWER);
        JsonBody body = JsonBody.parse(request);
        List<String> experts = body.fields("experts").strings("experts", true, 20, 128).orElse(null);
        body.requireValid();
        Nomination changed = review.assignExperts(actor, request.pathParameter("campaignId"), request.pathParameter("nominationId"), experts);
        return ApiResponses.json(200, NominationViews.view(changed, NominationAccess.REVIEW_OFFICE), ApiResponses.NO_STORE);
    }
}
