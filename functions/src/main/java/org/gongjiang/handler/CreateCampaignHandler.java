package org.gongjiang.handler;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import java.time.Clock;
import java.util.Arrays;
import java.util.Map;
import java.util.stream.Stream;
import org.gongjiang.domain.Actor;
import org.gongjiang.domain.Campaign;
import org.gongjiang.domain.CampaignAdministration;
import org.gongjiang.domain.CampaignProgress;
import org.gongjiang.domain.CampaignSpec;
import org.gongjiang.domain.Role;

/** POST /v1/admin/campaigns (group admin): creates a campaign from its full configuration. */
public final class CreateCampaignHandler extends ApiHandler {

    private final CampaignAdministration administration;

    public CreateCampaignHandler() {
        this(new CampaignAdministration(Wiring.campaignStore(Wiring.dynamo()), Wiring.clock()), Wiring.clock());
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
        JsonFields root = body.fields(Stream.concat(Stream.of("campaignId"), Arrays.stream(CampaignSpecs.MEMBERS)).toArray(String[]::new));
        String campaignId = root.string("campaignId", false, 40).orElse(null);
        CampaignSpec spec = CampaignSpecs.read(root);
        Campaign campaign = administration.create(actor, campaignId, spec, body.errors());
        return ApiResponses.json(201, AdminViews.campaign(campaign, CampaignProgress.NONE), ApiResponses.NO_STORE,
                Map.of("Location", "/v1/admin/campaigns/" + campaign.campaignId()));
    }
}
