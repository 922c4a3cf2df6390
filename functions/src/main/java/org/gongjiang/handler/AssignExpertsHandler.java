package org.gongjiang.handler;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import java.time.Clock;
import java.util.List;
import org.gongjiang.domain.Actor;
import org.gongjiang.domain.Nomination;
import org.gongjiang.domain.NominationAccess;
import org.gongjiang.domain.ReviewService;
import org.gongjiang.domain.Role;

/** PUT /v1/campaigns/{campaignId}/nominations/{nominationId}/experts {"experts": [login subjects]} (reviewer). */
public final class AssignExpertsHandler extends ApiHandler {

    private final ReviewService review;

    public AssignExpertsHandler() {
        this(Wiring.reviewService(Wiring.dynamo(), false), Wiring.clock());
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
