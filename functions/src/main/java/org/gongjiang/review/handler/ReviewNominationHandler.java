package org.gongjiang.review.handler;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import java.time.Clock;
import java.util.Optional;
import org.gongjiang.nomination.handler.NominationViews;
import org.gongjiang.nomination.model.Nomination;
import org.gongjiang.nomination.model.NominationAccess;
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
 * The review office's steps on a nomination, one route each (group reviewer):
 * POST .../nominations/{nominationId}/qualify {"reason"}, /disqualify {"reason"}, /shortlist {"tier", "reason"?},
 * /reject {"reason"}, /open-notice, /finalize, /name {"tier"}.
 */
public final class ReviewNominationHandler extends ApiHandler {

    private final ReviewService review;

    public ReviewNominationHandler() {
        this(ReviewWiring.reviewService(true), Wiring.clock());
    }

    public ReviewNominationHandler(ReviewService review, Clock clock) {
        super(clock);
        this.review = review;
    }

    @Override
    protected APIGatewayV2HTTPResponse handle(ApiRequest request) {
        Actor actor = Actors.of(request);
        actor.require(Role.REVIEWER);
        String route = request.routeKey();
        String action = route.substring(route.lastIndexOf('/') + 1);
        String campaignId = request.pathParameter("campaignId");
        String nominationId = request.pathParameter("nominationId");
        Nomination changed = switch (action) {
            case "qualify" -> review.qualify(actor, campaignId, nominationId, reason(request, true).orElseThrow());
            case "disqualify" -> review.disqualify(actor, campaignId, nominationId, reason(request, true).orElseThrow());
            case "reject" -> review.reject(actor, campaignId, nominationId, reason(request, true).orElseThrow());
            case "shortlist" -> {
                Body body = tierAndReason(request);
                yield review.shortlist(actor, campaignId, nominationId, body.tier(), body.reason());
            }
            case "name" -> {
                var body = tierAndReason(request);
                yield review.name(actor, campaignId, nominationId, body.tier(), body.reason());
            }
            case "open-notice" -> {
                noBody(request);
                yield review.openNotice(actor, campaignId, nominationId);
            }
            case "finalize" -> {
                noBody(request);
                yield review.finalizeNotice(actor, campaignId, nominationId);
            }
            default -> throw new IllegalStateException("no review step for route " + route);
        };
        return ApiResponses.json(200, NominationViews.view(changed, NominationAccess.REVIEW_OFFICE), ApiResponses.NO_STORE);
    }

    private record Body(String tier, Optional<String> reason) {
    }

    private static Optional<String> reason(ApiRequest request, boolean required) {
        JsonBody body = JsonBody.parse(request);
        Optional<String> reason = body.fields("reason").text("reason", required, 500);
        body.requireValid();
        return reason;
    }

    private static Body tierAndReason(ApiRequest request) {
        JsonBody body = JsonBody.parse(request);
        JsonFields fields = body.fields("tier", "reason");
        Optional<String> tier = fields.string("tier", true, 40);
        Optional<String> reason = fields.text("reason", false, 500);
        body.requireValid();
        return new Body(tier.orElseThrow(), reason);
    }

    /** Steps without parameters take no body, or an empty object. */
    private static void noBody(ApiRequest request) {
        if (request.body().length > 0) {
            JsonBody body = JsonBody.parse(request);
            body.fields();
            body.requireValid();
        }
    }
}
