package org.gongjiang.platform.handler;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import java.util.LinkedHashMap;
import java.util.Map;

/** JSON responses of the HTTP handlers. */
public final class ApiResponses {

    public static final String JSON = "application/json; charset=utf-8";
    public static final String PROBLEM_JSON = "application/problem+json; charset=utf-8";

    /** Live public figures: shared caches may keep them a few seconds. */
    public static final String CACHE_PUBLIC_SHORT = "public, max-age=5";
    /** Campaign configuration and ballots: change rarely. */
    public static final String CACHE_PUBLIC = "public, max-age=60";
    /** Anything about the caller. */
    public static final String NO_STORE = "no-store";

    private ApiResponses() {
    }

    public static APIGatewayV2HTTPResponse json(int status, Object body, String cacheControl) {
        return json(status, body, cacheControl, Map.of());
    }

    public static APIGatewayV2HTTPResponse json(int status, Object body, String cacheControl, Map<String, String> extraHeaders) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Content-Type", JSON);
        headers.put("Cache-Control", cacheControl);
        headers.putAll(extraHeaders);
        return response(status, headers, body);
    }

    /** A response whose body is {@code body} written as JSON, with exactly {@code headers}. */
    public static APIGatewayV2HTTPResponse response(int status, Map<String, String> headers, Object body) {
        return APIGatewayV2HTTPResponse.builder()
                .withStatusCode(status)
                .withHeaders(headers)
                .withBody(Json.write(body))
                .withIsBase64Encoded(false)
                .build();
    }
}
