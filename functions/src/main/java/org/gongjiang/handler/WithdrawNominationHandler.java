package org.gongjiang.handler;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import java.time.Clock;
import org.gongjiang.domain.NominationService;

/** DELETE /v1/campaigns/{campaignId}/nominations/{nominationId} (enterprise): withdraws it while SUBMITTED. */
public final class WithdrawNominationHandler extends ApiHandler {

    private final NominationService nominations;

    public WithdrawNominationHandler() {
        this(Wiring.nominationReader(Wiring.dynamo()), Wiring.clock());
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
