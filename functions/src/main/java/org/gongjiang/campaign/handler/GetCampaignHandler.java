package org.gongjiang.campaign.handler;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import java.time.Clock;
import org.gongjiang.campaign.application.CampaignDirectory;
import org.gongjiang.campaign.dynamodb.CampaignWiring;
import org.gongjiang.platform.aws.Wiring;
import org.gongjiang.platform.handler.ApiHandler;
import org.gongjiang.platform.handler.ApiRequest;
import org.gongjiang.platform.handler.ApiResponses;

/** GET /v1/campaigns/{campaignId}: one campaign with its categories and industries (public). */
public final class GetCampaignHandler extends ApiHandler {

    private final CampaignDirectory directory;

    public GetCampaignHandler() {
        this(CampaignWiring.campaigns(), Wiring.clock());
    }

    public GetCampaignHandler(CampaignDirectory directory, Clock clock) {
        super(clock);
        this.directory = directory;
    }

    @Override
    protected APIGatewayV2HTTPResponse handle(ApiRequest request) {
        var campaign = directory.requireCampaign(request.pathParameter("campaignId"));
        return ApiResponses.json(200, CampaignViews.campaignDetail(campaign), ApiResponses.CACHE_PUBLIC);
    }
}
