package org.gongjiang.platform.handler;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import static java.nio.charset.StandardCharsets.UTF_8;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.crac.Context;
import org.crac.Core;
import org.crac.Resource;
import org.gongjiang.platform.aws.Environment;

/**
 * SnapStart priming: before Lambda snapshots a function's initialised execution environment, the
 * function answers a few requests that are refused before any write (a campaign id no admin creates,
 * a candidate id no nomination is given), so that the snapshot already holds what a first voter would
 * otherwise wait for: Jackson's readers and writers for request and response bodies, the SDK's request
 * marshalling, signing and HTTP connection (the refusal comes after the campaign's GetItem), the
 * handler's own classes, warmed by the JIT. Nothing is written and no metric is published
 * ({@link ApiHandler#rehearse}). A rehearsal that fails is logged and the function starts all the same.
 *
 * <p>Without SnapStart (the China Regions, the local stack, tests) org.crac finds no implementation and
 * the resource is never called; but an environment of provisioned concurrency (Lambda's
 * AWS_LAMBDA_INITIALIZATION_TYPE {@code provisioned-concurrency}) is initialised before any request
 * reaches it, and there the rehearsals run at registration, in Init. An on-demand cold start does not
 * rehearse: its Init and its first request are both on the caller's path, and rehearsing would only add
 * the rehearsals' reads.
 */
public final class Priming implements Resource {

    /** Campaign and candidate ids of the rehearsals: valid in shape; no candidate has this id (nominations are numbered N0001...). */
    public static final String CAMPAIGN_ID = "snapstart-priming";
    public static final String CANDIDATE_ID = "snapstart_priming";

    private static final String ISSUER = "https://priming.invalid/";
    private static final String SUBJECT = "snapstart-priming";

    /** How Lambda says an environment is being initialised: on-demand, provisioned-concurrency or snap-start. */
    static final String INITIALIZATION_TYPE = "AWS_LAMBDA_INITIALIZATION_TYPE";
    static final String PROVISIONED = "provisioned-concurrency";

    private final String function;
    private final ApiHandler handler;
    private final List<APIGatewayV2HTTPEvent> rehearsals;

    /** {@code handler}'s priming, not registered (tests run {@link #prime} themselves). */
    public Priming(ApiHandler handler, List<APIGatewayV2HTTPEvent> rehearsals) {
        this.function = function(handler);
        this.handler = handler;
        this.rehearsals = List.copyOf(rehearsals);
    }

    /** Registers {@code handler}'s rehearsals to run before the snapshot; from the handler's no-arg constructor. */
    public static void register(ApiHandler handler, List<APIGatewayV2HTTPEvent> rehearsals) {
        Priming priming = new Priming(handler, rehearsals);
        // org.crac holds its resources weakly: the handler, which the runtime keeps, keeps its priming
        handler.priming = priming;
        try {
            Core.getGlobalContext().register(priming);
        } catch (RuntimeException | LinkageError failure) {
            FunctionLog.error(null, function(handler) + ": SnapStart priming not registered, the function starts unprimed", failure);
        }
        if (PROVISIONED.equals(Environment.optional(INITIALIZATION_TYPE).orElse(""))) {
            // provisioned concurrency (the China Regions' answer): Init runs before any request is routed to
            // the environment, so the rehearsals run now, off every voter's path, as they would before a snapshot
            priming.beforeCheckpoint(null);
        }
    }

    private static String function(ApiHandler handler) {
        return handler.getClass().getSimpleName();
    }

    @Override
    public void beforeCheckpoint(Context<? extends Resource> context) {
        long started = System.nanoTime();
        List<Integer> statuses = prime();
        FunctionLog.info(null, "%s primed in %d ms (rehearsals answered %s)".formatted(function,
                (System.nanoTime() - started) / 1_000_000, statuses));
    }

    @Override
    public void afterRestore(Context<? extends Resource> context) {
    }

    /**
     * The rehearsals, each answered as a request would be; the status of each answer (0: it failed). A
     * rehearsal that fails or that is not refused is logged, never thrown: the snapshot is taken anyway.
     */
    public List<Integer> prime() {
        List<Integer> statuses = new ArrayList<>();
        try {
            // Jackson's readers and writers of the shapes the function parses and answers
            Object request = Json.MAPPER.readValue(Json.write(Map.of("candidateId", CANDIDATE_ID, "votes", List.of(1, 2.5, true))),
                    Map.class);
            Json.write(request);
        } catch (Exception failure) {
            FunctionLog.error(null, function + ": priming JSON failed", failure);
        }
        for (APIGatewayV2HTTPEvent rehearsal : rehearsals) {
            try {
                APIGatewayV2HTTPResponse response = handler.rehearse(rehearsal);
                statuses.add(response.getStatusCode());
                if (response.getStatusCode() < 400 || response.getStatusCode() >= 500) {
                    FunctionLog.warn(null, function + ": priming " + rehearsal.getRouteKey() + " answered "
                            + response.getStatusCode() + ", not the refusal expected");
                }
            } catch (RuntimeException | LinkageError failure) {
                statuses.add(0);
                FunctionLog.error(null, function + ": priming " + rehearsal.getRouteKey() + " failed", failure);
            }
        }
        return statuses;
    }

    /**
     * A request to {@code routeKey} as API Gateway's payload 2.0 sends it (the shape of the fixtures in
     * events/), for {@link #CAMPAIGN_ID}; with {@code body}, a POST of JSON by a voter's login.
     */
    public static APIGatewayV2HTTPEvent request(String routeKey, Map<String, String> pathParameters, String body) {
        String method = routeKey.substring(0, routeKey.indexOf(' '));
        String path = routeKey.substring(routeKey.indexOf(' ') + 1);
        for (Map.Entry<String, String> parameter : pathParameters.entrySet()) {
            path = path.replace("{" + parameter.getKey() + "}", parameter.getValue());
        }
        Map<String, String> headers = new java.util.LinkedHashMap<>(Map.of("accept", "application/json",
                "accept-language", "zh-CN,zh;q=0.9,en;q=0.8", "host", "priming.invalid", "user-agent", "snapstart-priming"));
        APIGatewayV2HTTPEvent.RequestContext.RequestContextBuilder context = APIGatewayV2HTTPEvent.RequestContext.builder()
                .withRouteKey(routeKey)
                .withRequestId("snapstart-priming")
                .withStage("$default")
                .withDomainName("priming.invalid")
                .withHttp(APIGatewayV2HTTPEvent.RequestContext.Http.builder()
                        .withMethod(method).withPath(path).withProtocol("HTTP/1.1")
                        .withSourceIp("192.0.2.1").withUserAgent("snapstart-priming").build());
        if (body != null) {
            headers.put("content-type", "application/json");
            // the token API Gateway's JWT authorizer verified (Actors reads its payload), signature left out
            java.util.Base64.Encoder base64 = java.util.Base64.getUrlEncoder().withoutPadding();
            headers.put("authorization", "Bearer " + base64.encodeToString("{\"alg\":\"RS256\",\"typ\":\"JWT\"}".getBytes(UTF_8)) + "."
                    + base64.encodeToString(Json.write(Map.of("iss", ISSUER, "sub", SUBJECT, "groups", List.of())).getBytes(UTF_8))
                    + "." + base64.encodeToString("priming".getBytes(UTF_8)));
            context.withAuthorizer(APIGatewayV2HTTPEvent.RequestContext.Authorizer.builder()
                    .withJwt(APIGatewayV2HTTPEvent.RequestContext.Authorizer.JWT.builder()
                            .withClaims(Map.of("iss", ISSUER, "sub", SUBJECT, "groups", "[]"))
                            .build())
                    .build());
        }
        return APIGatewayV2HTTPEvent.builder()
                .withVersion("2.0")
                .withRouteKey(routeKey)
                .withRawPath(path)
                .withRawQueryString("")
                .withHeaders(headers)
                .withPathParameters(Map.copyOf(pathParameters))
                .withRequestContext(context.build())
                .withBody(body)
                .withIsBase64Encoded(false)
                .build();
    }
}
