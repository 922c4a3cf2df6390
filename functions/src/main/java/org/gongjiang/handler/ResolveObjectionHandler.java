package org.gongjiang.handler;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.gongjiang.domain.Actor;
import org.gongjiang.domain.FieldError;
import org.gongjiang.domain.InvalidInputException;
import org.gongjiang.domain.LocalizedText;
import org.gongjiang.domain.NoticeService;
import org.gongjiang.domain.Objection;
import org.gongjiang.domain.Role;

/**
 * POST /v1/campaigns/{campaignId}/nominations/{nominationId}/objections/{objectionId}/resolution
 * {"decision": "uphold" | "dismiss", "reason"} (reviewer). Upholding rejects the nomination.
 */
public final class ResolveObjectionHandler extends ApiHandler {

    private final NoticeService notices;

    public ResolveObjectionHandler() {
        this(Wiring.noticeService(Wiring.dynamo(), false), Wiring.clock());
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
                    LocalizedText.of("decision 须为 uphold 或 dismiss。", "decision is uphold or dismiss."))));
        }
        Objection resolved = notices.resolve(actor, request.pathParameter("campaignId"), request.pathParameter("nominationId"),
                request.pathParameter("objectionId"), decision.get().equals("uphold"), reason.orElseThrow());
        return ApiResponses.json(200, ObjectionViews.forReviewers(resolved), ApiResponses.NO_STORE);
    }
}
