package org.gongjiang.handler;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import java.time.Clock;
import org.gongjiang.domain.Actor;
import org.gongjiang.domain.NominationForm;
import org.gongjiang.domain.NominationService;
import org.gongjiang.domain.Role;

/** PUT /v1/campaigns/{campaignId}/nominations/{nominationId} (enterprise): new particulars while SUBMITTED. */
public final class AmendNominationHandler extends ApiHandler {

    private final NominationService nominations;

    public AmendNominationHandler() {
        this(Wiring.nominationService(Wiring.dynamo()), Wiring.clock());
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
