package org.gongjiang.platform.handler;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import org.gongjiang.platform.model.DomainException;

/**
 * The shape shared by every HTTP function: parse the request, run the service, answer JSON; a domain
 * refusal becomes its problem document, anything else a bare 500 with the stack trace in the log.
 */
public abstract class ApiHandler implements RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse> {

    private final Clock clock;
    private final String groupsClaim;

    protected ApiHandler(Clock clock) {
        this.clock = clock;
        this.groupsClaim = Actors.configuredGroupsClaim();
    }

    @Override
    public final APIGatewayV2HTTPResponse handleRequest(APIGatewayV2HTTPEvent event, Context context) {
        ApiRequest request = ApiRequest.of(event, groupsClaim);
        APIGatewayV2HTTPResponse response;
        try {
            response = handle(request);
        } catch (DomainException refusal) {
            response = Problems.response(refusal, request, clock.instant());
        } catch (RuntimeException failure) {
            FunctionLog.error(context, "request " + request.requestId() + " " + request.path() + " failed", failure);
            response = Problems.internalError(request);
        }
        return readableFromAnyOrigin(response);
    }

    /**
     * Every answer may be read by a page of any origin, as the API's CORS configuration allows: logins
     * travel in the Authorization header, never in cookies, so "*" exposes nothing a caller could not
     * fetch with their own token. Said by the function too, so that it holds without an Origin header.
     */
    private static APIGatewayV2HTTPResponse readableFromAnyOrigin(APIGatewayV2HTTPResponse response) {
        Map<String, String> headers = new LinkedHashMap<>(response.getHeaders() == null ? Map.of() : response.getHeaders());
        headers.putIfAbsent("Access-Control-Allow-Origin", "*");
        response.setHeaders(headers);
        return response;
    }

    protected abstract APIGatewayV2HTTPResponse handle(ApiRequest request);
}
