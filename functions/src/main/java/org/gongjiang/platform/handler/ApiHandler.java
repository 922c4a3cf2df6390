package org.gongjiang.platform.handler;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.gongjiang.platform.aws.TransientFailures;
import org.gongjiang.platform.model.DomainException;

/**
 * The shape shared by every HTTP function: parse the request, run the service, answer JSON; a domain
 * refusal becomes its problem document, a passing AWS failure a 503 with Retry-After, anything else a
 * bare 500 with the stack trace in the log.
 */
public abstract class ApiHandler implements RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse> {

    private final Clock clock;
    private final String groupsClaim;
    /** This handler's SnapStart priming, if its no-arg constructor registered one ({@link Priming#register}). */
    Priming priming;

    protected ApiHandler(Clock clock) {
        this.clock = clock;
        this.groupsClaim = Actors.configuredGroupsClaim();
    }

    @Override
    public final APIGatewayV2HTTPResponse handleRequest(APIGatewayV2HTTPEvent event, Context context) {
        Answer answer = answer(event, context);
        writeMetrics(context, answer.refusal());
        return answer.response();
    }

    /**
     * The answer to {@code event}, its metrics built but not written: a SnapStart rehearsal before the
     * snapshot ({@link Priming}) is no traffic, and a refusal it met must not show in CloudWatch.
     */
    final APIGatewayV2HTTPResponse rehearse(APIGatewayV2HTTPEvent event) {
        Answer answer = answer(event, null);
        FunctionMetrics metrics = FunctionMetrics.forFunction("Priming");
        measure(metrics, answer.refusal());
        metrics.lines(Instant.now());
        return answer.response();
    }

    private record Answer(APIGatewayV2HTTPResponse response, Optional<String> refusal) {
    }

    private Answer answer(APIGatewayV2HTTPEvent event, Context context) {
        ApiRequest request = ApiRequest.of(event, groupsClaim);
        APIGatewayV2HTTPResponse response;
        Optional<String> refusal = Optional.empty();
        try {
            response = handle(request);
        } catch (DomainException refused) {
            response = Problems.response(refused, request, clock.instant());
            refusal = Optional.of(refused.type());
        } catch (RuntimeException failure) {
            if (TransientFailures.isTransient(failure)) {
                FunctionLog.warn(context, "request " + request.requestId() + " " + request.routeKey()
                        + " met a passing failure, answered 503: " + failure.getClass().getSimpleName());
                response = Problems.serviceUnavailable(request);
                refusal = Optional.of(Problems.SERVICE_UNAVAILABLE);
            } else {
                // the route's template, not the path: a path can carry a receipt or a voter id
                FunctionLog.error(context, "request " + request.requestId() + " " + request.routeKey() + " failed", failure);
                response = Problems.internalError(request);
                refusal = Optional.of(Problems.INTERNAL_ERROR);
            }
        }
        return new Answer(readableFromAnyOrigin(response), refusal);
    }

    /**
     * What this answer adds to the function's metrics; nothing, unless the handler says. {@code refusal}
     * is the problem type of a refused request ({@code internal-error} for a failure), empty for a success.
     */
    protected void measure(FunctionMetrics metrics, Optional<String> refusal) {
    }

    private void writeMetrics(Context context, Optional<String> refusal) {
        try {
            FunctionMetrics metrics = FunctionMetrics.of(context);
            measure(metrics, refusal);
            // real time, not the function's clock (which the local stack can move): CloudWatch files metrics by it
            metrics.flush(Instant.now());
        } catch (RuntimeException failure) {
            // an answer already decided (a vote already stored) is not turned into an error by its metrics
            FunctionLog.error(context, "metrics not written", failure);
        }
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
