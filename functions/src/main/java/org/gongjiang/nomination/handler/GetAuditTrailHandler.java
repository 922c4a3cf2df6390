package org.gongjiang.nomination.handler;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gongjiang.nomination.application.NominationService;
import org.gongjiang.nomination.dynamodb.NominationWiring;
import org.gongjiang.platform.aws.Wiring;
import org.gongjiang.platform.handler.Actors;
import org.gongjiang.platform.handler.ApiHandler;
import org.gongjiang.platform.handler.ApiRequest;
import org.gongjiang.platform.handler.ApiResponses;

/** GET /v1/campaigns/{campaignId}/nominations/{nominationId}/audit (admin): every step, who, when, why. */
public final class GetAuditTrailHandler extends ApiHandler {

    private final NominationService nominations;

    public GetAuditTrailHandler() {
        this(NominationWiring.nominationReader(), Wiring.clock());
    }

    public GetAuditTrailHandler(NominationService nominations, Clock clock) {
        super(clock);
        this.nominations = nominations;
    }

    @Override
    protected APIGatewayV2HTTPResponse handle(ApiRequest request) {
        String campaignId = request.pathParameter("campaignId");
        String nominationId = request.pathParameter("nominationId");
        List<Map<String, Object>> entries = nominations.audit(Actors.of(request), campaignId, nominationId).stream().map(entry -> {
            Map<String, Object> view = new LinkedHashMap<>();
            view.put("at", entry.at().toString());
            view.put("actor", entry.actor());
            view.put("role", entry.role());
            view.put("action", entry.action());
            view.put("from", entry.from().map(Enum::name).orElse(null));
            view.put("to", entry.to().name());
            entry.reason().ifPresent(reason -> view.put("reason", reason));
            return view;
        }).toList();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("campaignId", campaignId);
        body.put("nominationId", nominationId);
        body.put("entries", entries);
        return ApiResponses.json(200, body, ApiResponses.NO_STORE);
    }
}
