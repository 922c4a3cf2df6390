package org.gongjiang.campaign.handler;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import java.time.Clock;
import java.util.Map;
import org.gongjiang.campaign.application.CampaignDirectory;
import org.gongjiang.campaign.dynamodb.CampaignWiring;
import org.gongjiang.platform.aws.Wiring;
import org.gongjiang.platform.handler.ApiHandler;
import org.gongjiang.platform.handler.ApiRequest;
import org.gongjiang.platform.handler.ApiResponses;

/** GET /v1/campaigns: every campaign with its voting window and rules (public). */
public final class ListCampaignsHandler extends ApiHandler {

    private final CampaignDirectory directory;

    public ListCampaignsHandler() {
        this(CampaignWiring.campaigns(), Wiring.clock());
    }

    public ListCampaignsHandler(CampaignDirectory directory, Clock clock) {
        super(clock);
        this.directory = directory;
    }

    @Override
    protected APIGatewayV2HTTPResponse handle(ApiRequest request) {
        return ApiResponses.json(200,
                Map.of("campaigns", directory.campaigns().stream().map(CampaignViews::campaignSummary).toList()),
                ApiResponses.CACHE_PUBLIC);
    }
}
