package org.gongjiang.review.handler;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import org.gongjiang.platform.aws.Wiring;
import org.gongjiang.platform.handler.Actors;
import org.gongjiang.platform.handler.ApiHandler;
import org.gongjiang.platform.handler.ApiRequest;
import org.gongjiang.platform.handler.ApiResponses;
import org.gongjiang.review.application.NoticeService;
import org.gongjiang.review.dynamodb.ReviewWiring;

/** GET /v1/campaigns/{campaignId}/nominations/{nominationId}/objections (reviewer). */
public final class ListObjectionsHandler extends ApiHandler {

    private final NoticeService notices;

    public ListObjectionsHandler() {
        this(ReviewWiring.noticeService(false), Wiring.clock());
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
