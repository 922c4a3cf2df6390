package org.gongjiang.campaign.handler;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import java.time.Clock;
import org.gongjiang.campaign.application.CampaignAdministration;
import org.gongjiang.campaign.application.CampaignStore;
import org.gongjiang.campaign.dynamodb.CampaignWiring;
import org.gongjiang.platform.aws.Wiring;
import org.gongjiang.platform.handler.Actors;
import org.gongjiang.platform.handler.ApiHandler;
import org.gongjiang.platform.handler.ApiRequest;
import org.gongjiang.platform.handler.ApiResponses;
import org.gongjiang.platform.model.Actor;

/** GET /v1/admin/campaigns/{campaignId} (group admin): the full configuration, its version and progress. */
public final class GetCampaignConfigHandler extends ApiHandler {

    private final CampaignAdministration administration;

    public GetCampaignConfigHandler() {
        this(CampaignWiring.administration(), Wiring.clock());
    }

    public GetCampaignConfigHandler(CampaignAdministration administration, Clock clock) {
        super(clock);
        this.administration = administration;
    }

    @Override
    protected APIGatewayV2HTTPResponse handle(ApiRequest request) {
        Actor actor = Actors.of(request);
        CampaignStore.Stored stored = administration.view(actor, request.pathParameter("campaignId"));
        return ApiResponses.json(200, AdminViews.campaign(stored.campaign(), stored.progress(),
                administration.locks(stored.campaign(), stored.progress())), ApiResponses.NO_STORE);
    }
}
