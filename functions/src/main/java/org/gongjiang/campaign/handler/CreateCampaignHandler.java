package org.gongjiang.campaign.handler;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import java.time.Clock;
import java.util.Map;
import org.gongjiang.campaign.application.CampaignAdministration;
import org.gongjiang.campaign.dynamodb.CampaignWiring;
import org.gongjiang.campaign.model.Campaign;
import org.gongjiang.campaign.model.CampaignProgress;
import org.gongjiang.campaign.model.CampaignSpec;
import org.gongjiang.platform.aws.Wiring;
import org.gongjiang.platform.handler.Actors;
import org.gongjiang.platform.handler.ApiHandler;
import org.gongjiang.platform.handler.ApiRequest;
import org.gongjiang.platform.handler.ApiResponses;
import org.gongjiang.platform.handler.JsonBody;
import org.gongjiang.platform.handler.JsonFields;
import org.gongjiang.platform.model.Actor;
import org.gongjiang.platform.model.Role;

/** POST /v1/admin/campaigns (group admin): creates a campaign from its full configuration. */
public final class CreateCampaignHandler extends ApiHandler {

    private final CampaignAdministration administration;

    public CreateCampaignHandler() {
        this(CampaignWiring.administration(), Wiring.clock());
    }

    public CreateCampaignHandler(CampaignAdministration administration, Clock clock) {
        super(clock);
        this.administration = administration;
    }

    @Override
    protected APIGatewayV2HTTPResponse handle(ApiRequest request) {
        Actor actor = Actors.of(request);
        actor.require(Role.ADMIN);
        JsonBody body = JsonBody.parse(request, CampaignSpecs.MAX_BODY_BYTES);
        JsonFields root = body.fields(CampaignSpecs.membersAnd("campaignId"));
        String campaignId = root.string("campaignId", false, 40).orElse(null);
        CampaignSpec spec = CampaignSpecs.read(root);
        Campaign campaign = administration.create(actor, campaignId, spec, body.errors());
        return ApiResponses.json(201, AdminViews.campaign(campaign, CampaignProgress.NONE,
                administration.locks(campaign, CampaignProgress.NONE)), ApiResponses.NO_STORE,
                Map.of("Location", "/v1/admin/campaigns/" + campaign.campaignId()));
    }
}
