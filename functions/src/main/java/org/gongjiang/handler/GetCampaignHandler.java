package org.gongjiang.handler;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import java.time.Clock;
import org.gongjiang.domain.CampaignDirectory;

/** GET /v1/campaigns/{campaignId}: one campaign with its categories and industries (public). */
public final class GetCampaignHandler extends ApiHandler {

    private final CampaignDirectory directory;

    public GetCampaignHandler() {
        this(Wiring.campaigns(Wiring.dynamo()), Wiring.clock());
    }

    public GetCampaignHandler(CampaignDirectory directory, Clock clock) {
        super(clock);
        this.directory = directory;
    }

    @Override
    protected APIGatewayV2HTTPResponse handle(ApiRequest request) {
        var campaign = directory.requireCampaign(request.pathParameter("campaignId"));
        return ApiResponses.json(200, Views.campaignDetail(campaign), ApiResponses.CACHE_PUBLIC);
    }
}
