package org.gongjiang.review.handler;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gongjiang.nomination.handler.NominationViews;
import org.gongjiang.platform.aws.Wiring;
import org.gongjiang.platform.handler.ApiHandler;
import org.gongjiang.platform.handler.ApiRequest;
import org.gongjiang.platform.handler.ApiResponses;
import org.gongjiang.platform.handler.JsonViews;
import org.gongjiang.review.application.NoticeService;
import org.gongjiang.review.dynamodb.ReviewWiring;

/** GET /v1/campaigns/{campaignId}/notices (public): nominees on public notice, public profile only. */
public final class ListNoticesHandler extends ApiHandler {

    private final NoticeService notices;

    public ListNoticesHandler() {
        this(ReviewWiring.noticeService(false), Wiring.clock());
    }

    public ListNoticesHandler(NoticeService notices, Clock clock) {
        super(clock);
        this.notices = notices;
    }

    @Override
    protected APIGatewayV2HTTPResponse handle(ApiRequest request) {
        String campaignId = request.pathParameter("campaignId");
        List<Map<String, Object>> items = notices.onNotice(campaignId).stream().map(nomination -> {
            Map<String, Object> view = NominationViews.publicProfile(nomination);
            nomination.notice().ifPresent(window -> view.put("notice", JsonViews.window(window)));
            view.put("objections", "/v1/campaigns/" + campaignId + "/notices/" + nomination.nominationId() + "/objections");
            if (notices.hasPhoto(nomination)) {
                view.put("photo", "/v1/campaigns/" + campaignId + "/notices/" + nomination.nominationId() + "/photo");
            }
            return view;
        }).toList();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("campaignId", campaignId);
        body.put("notices", items);
        return ApiResponses.json(200, body, ApiResponses.CACHE_PUBLIC_SHORT);
    }
}
