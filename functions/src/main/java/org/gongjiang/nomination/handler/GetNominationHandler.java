package org.gongjiang.nomination.handler;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import java.time.Clock;
import org.gongjiang.nomination.application.NominationService;
import org.gongjiang.nomination.dynamodb.NominationWiring;
import org.gongjiang.platform.aws.Wiring;
import org.gongjiang.platform.handler.Actors;
import org.gongjiang.platform.handler.ApiHandler;
import org.gongjiang.platform.handler.ApiRequest;
import org.gongjiang.platform.handler.ApiResponses;

/** GET /v1/campaigns/{campaignId}/nominations/{nominationId}: one nomination, as far as the caller may see it. */
public final class GetNominationHandler extends ApiHandler {

    private final NominationService nominations;

    public GetNominationHandler() {
        this(NominationWiring.nominationReader(), Wiring.clock());
    }

    public GetNominationHandler(NominationService nominations, Clock clock) {
        super(clock);
        this.nominations = nominations;
    }

    @Override
    protected APIGatewayV2HTTPResponse handle(ApiRequest request) {
        NominationService.Visible visible = nominations.get(Actors.of(request), request.pathParameter("campaignId"),
                request.pathParameter("nominationId"));
        return ApiResponses.json(200, NominationViews.view(visible), ApiResponses.NO_STORE);
    }
}
