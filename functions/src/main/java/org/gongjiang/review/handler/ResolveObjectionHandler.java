package org.gongjiang.review.handler;

import org.gongjiang.review.model.ReviewMessages;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.gongjiang.platform.aws.Wiring;
import org.gongjiang.platform.handler.Actors;
import org.gongjiang.platform.handler.ApiHandler;
import org.gongjiang.platform.handler.ApiRequest;
import org.gongjiang.platform.handler.ApiResponses;
import org.gongjiang.platform.handler.JsonBody;
import org.gongjiang.platform.handler.JsonFields;
import org.gongjiang.platform.model.Actor;
import org.gongjiang.platform.model.FieldError;
import org.gongjiang.platform.model.InvalidInputException;
import org.gongjiang.platform.model.Role;
import org.gongjiang.review.application.NoticeService;
import org.gongjiang.review.dynamodb.ReviewWiring;
import org.gongjiang.review.model.Objection;

/**
 * POST /v1/campaigns/{campaignId}/nominations/{nominationId}/objections/{objectionId}/resolution
 * {"decision": "uphold" | "dismiss", "reason"} (reviewer). Upholding rejects the nomination.
 */
public final class ResolveObjectionHandler extends ApiHandler {

    private final NoticeService notices;

    public ResolveObjectionHandler() {
        this(ReviewWiring.noticeService(false), Wiring.clock());
    }

    public ResolveObjectionHandler(NoticeService notices, Clock clock) {
        super(clock);
        this.notices = notices;
    }

    @Override
    protected APIGatewayV2HTTPResponse handle(ApiRequest request) {
        Actor actor = Actors.of(request);
        actor.require(Role.REVIEWER);
        JsonBody body = JsonBody.parse(request);
        JsonFields fields = body.fields("decision", "reason");
        Optional<String> decision = fields.string("decision", true, 10);
        Optional<String> reason = fields.text("reason", true, 500);
        body.requireValid();
        if (!List.of("uphold", "dismiss").contains(decision.orElseThrow())) {
            throw InvalidInputException.of(List.of(FieldError.body("/decision", "enum",
                    ReviewMessages.DECISION_ENUM.text())));
        }
        Objection resolved = notices.resolve(actor, request.pathParameter("campaignId"), request.pathParameter("nominationId"),
                request.pathParameter("objectionId"), decision.get().equals("uphold"), reason.orElseThrow());
        return ApiResponses.json(200, ObjectionViews.forReviewers(resolved), ApiResponses.NO_STORE);
    }
}
