package org.gongjiang.nomination.handler;

import org.gongjiang.nomination.model.NominationMessages;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import java.time.Clock;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gongjiang.nomination.application.NominationService;
import org.gongjiang.nomination.dynamodb.NominationWiring;
import org.gongjiang.nomination.model.NominationStatus;
import org.gongjiang.platform.aws.Wiring;
import org.gongjiang.platform.handler.Actors;
import org.gongjiang.platform.handler.ApiHandler;
import org.gongjiang.platform.handler.ApiRequest;
import org.gongjiang.platform.handler.ApiResponses;
import org.gongjiang.platform.model.Actor;
import org.gongjiang.platform.model.FieldError;
import org.gongjiang.platform.model.InvalidInputException;

/**
 * GET /v1/campaigns/{campaignId}/nominations[?status=]: the enterprise's own nominations, an expert's
 * assigned ones, or (review office) all of them.
 */
public final class ListNominationsHandler extends ApiHandler {

    private final NominationService nominations;

    public ListNominationsHandler() {
        this(NominationWiring.nominationReader(), Wiring.clock());
    }

    public ListNominationsHandler(NominationService nominations, Clock clock) {
        super(clock);
        this.nominations = nominations;
    }

    @Override
    protected APIGatewayV2HTTPResponse handle(ApiRequest request) {
        Actor actor = Actors.of(request);
        Optional<NominationStatus> status = request.queryParameter("status").map(ListNominationsHandler::status);
        List<Map<String, Object>> items = nominations.list(actor, request.pathParameter("campaignId"), status).stream()
                .map(NominationViews::view)
                .toList();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("campaignId", request.pathParameter("campaignId"));
        body.put("nominations", items);
        return ApiResponses.json(200, body, ApiResponses.NO_STORE);
    }

    private static NominationStatus status(String text) {
        try {
            return NominationStatus.valueOf(text);
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.of(List.of(FieldError.query("status", "enum", NominationMessages.STATUS_FILTER_UNKNOWN.text(
                    String.join(", ", Arrays.stream(NominationStatus.values()).map(Enum::name).toList())))));
        }
    }
}
