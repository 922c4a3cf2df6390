package org.gongjiang.nomination.handler;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import java.time.Clock;
import org.gongjiang.nomination.application.NominationService;
import org.gongjiang.nomination.dynamodb.NominationWiring;
import org.gongjiang.nomination.model.NominationForm;
import org.gongjiang.platform.aws.Wiring;
import org.gongjiang.platform.handler.Actors;
import org.gongjiang.platform.handler.ApiHandler;
import org.gongjiang.platform.handler.ApiRequest;
import org.gongjiang.platform.handler.ApiResponses;
import org.gongjiang.platform.handler.JsonBody;
import org.gongjiang.platform.model.Actor;
import org.gongjiang.platform.model.Role;

/** PUT /v1/campaigns/{campaignId}/nominations/{nominationId} (enterprise): new particulars while SUBMITTED. */
public final class AmendNominationHandler extends ApiHandler {

    private final NominationService nominations;

    public AmendNominationHandler() {
        this(NominationWiring.nominationService(), Wiring.clock());
    }

    public AmendNominationHandler(NominationService nominations, Clock clock) {
        super(clock);
        this.nominations = nominations;
    }

    @Override
    protected APIGatewayV2HTTPResponse handle(ApiRequest request) {
        Actor actor = Actors.of(request);
        actor.require(Role.ENTERPRISE);
        JsonBody body = JsonBody.parse(request, NominationForms.MAX_BODY_BYTES);
        NominationForm form = NominationForms.read(body);
        NominationService.Visible amended = nominations.amend(actor, request.pathParameter("campaignId"),
                request.pathParameter("nominationId"), form, body.errors());
        return ApiResponses.json(200, NominationViews.view(amended.nomination(), amended.access()), ApiResponses.NO_STORE);
    }
}
