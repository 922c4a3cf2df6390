package org.gongjiang.handler;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import java.time.Clock;
import org.gongjiang.domain.Actor;
import org.gongjiang.domain.CampaignAdministration;
import org.gongjiang.store.CampaignStore;

/** GET /v1/admin/campaigns/{campaignId} (group admin): the full configuration, its version and progress. */
public final class GetCampaignConfigHandler extends ApiHandler {

    private final CampaignAdministration administration;

    public GetCampaignConfigHandler() {
        this(new CampaignAdministration(Wiring.campaignStore(Wiring.dynamo()), Wiring.clock()), Wiring.clock());
    }

    public GetCampaignConfigHandler(CampaignAdministration administration, Clock clock) {
        super(clock);
        this.administration = administration;
    }

    @Override
    protected APIGatewayV2HTTPResponse handle(ApiRequest request) {
        Actor actor = Actors.of(request);
        CampaignStore.Stored stored = administration.view(actor, request.pathParameter("campaignId"));
        return ApiResponses.json(200, AdminViews.campaign(stored.campaign(), stored.progress()), ApiResponses.NO_STORE);
    }
}
