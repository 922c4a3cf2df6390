package org.gongjiang.campaign.handler;

import org.gongjiang.campaign.model.CampaignMessages;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import java.time.Clock;
import java.util.Optional;
import org.gongjiang.campaign.application.CampaignAdministration;
import org.gongjiang.campaign.application.CampaignStore;
import org.gongjiang.campaign.dynamodb.CampaignWiring;
import org.gongjiang.campaign.model.Campaign;
import org.gongjiang.campaign.model.CampaignSpec;
import org.gongjiang.platform.aws.Wiring;
import org.gongjiang.platform.handler.Actors;
import org.gongjiang.platform.handler.ApiHandler;
import org.gongjiang.platform.handler.ApiRequest;
import org.gongjiang.platform.handler.ApiResponses;
import org.gongjiang.platform.handler.JsonBody;
import org.gongjiang.platform.handler.JsonFields;
import org.gongjiang.platform.model.Actor;
import org.gongjiang.platform.model.FieldError;
import org.gongjiang.platform.model.Role;

/** PUT /v1/admin/campaigns/{campaignId} (group admin): replaces a campaign's rules while nothing binds them. */
public final class UpdateCampaignHandler extends ApiHandler {

    private final CampaignAdministration administration;

    public UpdateCampaignHandler() {
        this(CampaignWiring.administration(), Wiring.clock());
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
        // what GET answers may be sent back as it is: its campaignId must be this one, its version is the one
        // edited, its progress and locks are not the admin's to set and are ignored
        JsonFields root = body.fields(CampaignSpecs.membersAnd("campaignId", "version", "progress", "locked"));
        String campaignId = request.pathParameter("campaignId");
        root.string("campaignId", false, 40).filter(id -> !id.equals(campaignId)).ifPresent(id -> body.errors().add(
                FieldError.body("/campaignId", "mismatch", CampaignMessages.CAMPAIGN_ID_MISMATCH.text(id, campaignId))));
        Optional<Integer> version = root.integer("version", false, 1, Integer.MAX_VALUE);
        CampaignSpec spec = CampaignSpecs.read(root);
        Campaign updated = administration.update(actor, campaignId, spec, version, body.errors());
        CampaignStore.Stored stored = administration.view(actor, updated.campaignId());
        return ApiResponses.json(200, AdminViews.campaign(stored.campaign(), stored.progress(),
                administration.locks(stored.campaign(), stored.progress())), ApiResponses.NO_STORE);
    }
}
