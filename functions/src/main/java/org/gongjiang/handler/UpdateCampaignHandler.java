package org.gongjiang.handler;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import java.time.Clock;
import org.gongjiang.domain.Actor;
import org.gongjiang.domain.Campaign;
import org.gongjiang.domain.CampaignAdministration;
import org.gongjiang.domain.CampaignSpec;
import org.gongjiang.domain.Role;
import org.gongjiang.store.CampaignStore;

/** PUT /v1/admin/campaigns/{campaignId} (group admin): replaces a campaign's rules while nothing binds them. */
public final class UpdateCampaignHandler extends ApiHandler {

    private final CampaignAdministration administration;

    public UpdateCampaignHandler() {
        this(new CampaignAdministration(Wiring.campaignStore(Wiring.dynamo()), Wiring.clock()), Wiring.clock());
    }

    public UpdateCampaignHandler(CampaignAdministration administration, Clock clock) {
        super(clock);
        this.administration = administration;
    }

    @Override
    protected APIGatewayV2HTTPResponse handle(ApiRequest request) {
        Actor actor = Actors.of(request);
        actor.require(Role.ADMIN);
        JsonBody body = JsonBody.parse(request, CampaignSpecs.MAX_BODY_BYTES);
        JsonFields root = body.fields(CampaignSpecs.MEMBERS);
        CampaignSpec spec = CampaignSpecs.read(root);
        String campaignId = request.pathParameter("campaignId");
        Campaign updated = administration.update(actor, campaignId, spec, body.errors());
        CampaignStore.Stored stored = administration.view(actor, updated.campaignId());
        return ApiResponses.json(200, AdminViews.campaign(stored.campaign(), stored.progress()), ApiResponses.NO_STORE);
    }
}
