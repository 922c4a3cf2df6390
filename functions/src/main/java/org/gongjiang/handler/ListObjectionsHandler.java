package org.gongjiang.handler;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import org.gongjiang.domain.NoticeService;

/** GET /v1/campaigns/{campaignId}/nominations/{nominationId}/objections (reviewer). */
public final class ListObjectionsHandler extends ApiHandler {

    private final NoticeService notices;

    public ListObjectionsHandler() {
        this(Wiring.noticeService(Wiring.dynamo(), false), Wiring.clock());
    }

    public ListObjectionsHandler(NoticeService notices, Clock clock) {
        super(clock);
        this.notices = notices;
    }

    @Override
    protected APIGatewayV2HTTPResponse handle(ApiRequest request) {
        String campaignId = request.pathParameter("campaignId");
        String nominationId = request.pathParameter("nominationId");
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("nominationId", nominationId);
        body.put("objections", notices.objections(Actors.of(request), campaignId, nominationId).stream()
                .map(ObjectionViews::forReviewers).toList());
        return ApiResponses.json(200, body, ApiResponses.NO_STORE);
    }
}
