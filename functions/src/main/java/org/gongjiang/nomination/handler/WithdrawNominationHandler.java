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

/** DELETE /v1/campaigns/{campaignId}/nominations/{nominationId} (enterprise): withdraws it while SUBMITTED. */
public final class WithdrawNominationHandler extends ApiHandler {

    private final NominationService nominations;

    public WithdrawNominationHandler() {
        this(NominationWiring.nominationReader(), Wiring.clock());
    }

    public WithdrawNominationHandler(NominationService nominations, Clock clock) {
        super(clock);
        this.nominations = nominations;
    }

    @Override
    protected APIGatewayV2HTTPResponse handle(ApiRequest request) {
        NominationService.Visible withdrawn = nominations.withdraw(Actors.of(request), request.pathParameter("campaignId"),
                request.pathParameter("nominationId"));
        return ApiResponses.json(200, NominationViews.view(withdrawn.nomination(), withdrawn.access()), ApiResponses.NO_STORE);
    }
}
