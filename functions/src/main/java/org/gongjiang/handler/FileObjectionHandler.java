package org.gongjiang.handler;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import java.time.Clock;
import org.gongjiang.domain.Actor;
import org.gongjiang.domain.NoticeService;
import org.gongjiang.domain.Objection;

/** POST /v1/campaigns/{campaignId}/notices/{nominationId}/objections {"text"} (any logged-in user, during the notice). */
public final class FileObjectionHandler extends ApiHandler {

    static final int MAX_TEXT = 1000;

    private final NoticeService notices;

    public FileObjectionHandler() {
        this(Wiring.noticeService(Wiring.dynamo(), true), Wiring.clock());
    }

    public FileObjectionHandler(NoticeService notices, Clock clock) {
        super(clock);
        this.notices = notices;
    }

    @Override
    protected APIGatewayV2HTTPResponse handle(ApiRequest request) {
        Actor actor = Actors.of(request);
        JsonBody body = JsonBody.parse(request);
        String text = body.fields("text").text("text", true, MAX_TEXT).orElse(null);
        body.requireValid();
        Objection objection = notices.object(actor, request.pathParameter("campaignId"), request.pathParameter("nominationId"), text);
        return ApiResponses.json(201, ObjectionViews.forObjector(objection), ApiResponses.NO_STORE);
    }
}
