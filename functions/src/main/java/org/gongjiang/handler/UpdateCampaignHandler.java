package org.gongjiang.handler;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import java.time.Clock;
import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Stream;
import org.gongjiang.domain.Actor;
import org.gongjiang.domain.Campaign;
import org.gongjiang.domain.CampaignAdministration;
import org.gongjiang.domain.CampaignSpec;
import org.gongjiang.domain.FieldError;
import org.gongjiang.domain.LocalizedText;
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
        // what GET answers may be sent back as it is: its campaignId must be this one, its version is the one
        // edited, its progress is not the admin's to set and is ignored
        JsonFields root = body.fields(Stream.concat(Stream.of("campaignId", "version", "progress"),
                Arrays.stream(CampaignSpecs.MEMBERS)).toArray(String[]::new));
        String campaignId = request.pathParameter("campaignId");
        root.string("campaignId", false, 40).filter(id -> !id.equals(campaignId)).ifPresent(id -> body.errors().add(
                FieldError.body("/campaignId", "mismatch", LocalizedText.of("请求体中的 campaignId“%s”与路径中的“%s”不一致。",
                        "campaignId '%s' in the body is not '%s' of the path.").formatted(id, campaignId))));
        Optional<Integer> version = root.integer("version", false, 1, Integer.MAX_VALUE);
        CampaignSpec spec = CampaignSpecs.read(root);
        Campaign updated = administration.update(actor, campaignId, spec, version, body.errors());
        CampaignStore.Stored stored = administration.view(actor, updated.campaignId());
        return ApiResponses.json(200, AdminViews.campaign(stored.campaign(), stored.progress()), ApiResponses.NO_STORE);
    }
}
