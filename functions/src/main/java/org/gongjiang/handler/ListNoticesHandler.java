package org.gongjiang.handler;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gongjiang.domain.NoticeService;

/** GET /v1/campaigns/{campaignId}/notices (public): nominees on public notice, public profile only. */
public final class ListNoticesHandler extends ApiHandler {

    private final NoticeService notices;

    public ListNoticesHandler() {
        this(Wiring.noticeService(Wiring.dynamo(), false), Wiring.clock());
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
            nomination.notice().ifPresent(window -> view.put("notice", Views.window(window)));
            view.put("objections", "/v1/campaigns/" + campaignId + "/notices/" + nomination.nominationId() + "/objections");
            return view;
        }).toList();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("campaignId", campaignId);
        body.put("notices", items);
        return ApiResponses.json(200, body, ApiResponses.CACHE_PUBLIC_SHORT);
    }
}
