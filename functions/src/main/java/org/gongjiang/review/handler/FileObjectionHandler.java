package org.gongjiang.review.handler;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import java.time.Clock;
import org.gongjiang.platform.aws.Wiring;
import org.gongjiang.platform.handler.Actors;
import org.gongjiang.platform.handler.ApiHandler;
import org.gongjiang.platform.handler.ApiRequest;
import org.gongjiang.platform.handler.ApiResponses;
import org.gongjiang.platform.handler.JsonBody;
import org.gongjiang.platform.model.Actor;
import org.gongjiang.review.application.NoticeService;
import org.gongjiang.review.dynamodb.ReviewWiring;
import org.gongjiang.review.model.Objection;

/** POST /v1/campaigns/{campaignId}/notices/{nominationId}/objections {"text"} (any logged-in user, during the notice). */
public final class FileObjectionHandler extends ApiHandler {

    static final int MAX_TEXT = 1000;

    private final NoticeService notices;

    public FileObjectionHandler() {
        this(ReviewWiring.noticeService(true), Wiring.clock());
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
