package org.gongjiang.platform.handler;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.gongjiang.platform.model.Language;

/** The parts of an HTTP API (payload 2.0) event the handlers read. */
public final class ApiRequest {

    private final APIGatewayV2HTTPEvent event;
    private final Language language;
    private final String groupsClaim;

    private ApiRequest(APIGatewayV2HTTPEvent event, String groupsClaim) {
        this.event = event;
        this.language = Language.fromAcceptLanguage(header("accept-language").orElse(null));
        this.groupsClaim = groupsClaim;
    }

    public static ApiRequest of(APIGatewayV2HTTPEvent event) {
        return of(event, Actors.DEFAULT_GROUPS_CLAIM);
    }

    /** The request to a function that reads the login's groups from the claim {@code groupsClaim}. */
    public static ApiRequest of(APIGatewayV2HTTPEvent event, String groupsClaim) {
        return new ApiRequest(event == null ? new APIGatewayV2HTTPEvent() : event, groupsClaim);
    }

    /** The token claim that carries the login's groups for this function ({@code GROUPS_CLAIM}). */
    public String groupsClaim() {
        return groupsClaim;
    }

    public Language language() {
        return language;
    }

    public String path() {
        return event.getRawPath() == null ? "" : event.getRawPath();
    }

    public String requestId() {
        var context = event.getRequestContext();
        return context == null || context.getRequestId() == null ? "" : context.getRequestId();
    }

    /** The route the request matched, e.g. {@code POST /v1/campaigns/{campaignId}/votes}. */
    public String routeKey() {
        return event.getRouteKey() == null ? "" : event.getRouteKey();
    }

    public String pathParameter(String name) {
        Map<String, String> parameters = event.getPathParameters();
        return parameters == null ? null : parameters.get(name);
    }

    public Optional<String> queryParameter(String name) {
        Map<String, String> parameters = event.getQueryStringParameters();
        return parameters == null ? Optional.empty() : Optional.ofNullable(parameters.get(name));
    }

    /**
     * Where this API was reached, for absolute links (a data package's resources): the domain API
     * Gateway served, over HTTPS (plain HTTP only for a local stack on localhost).
     */
    public String baseUrl() {
        String domain = event.getRequestContext() == null || event.getRequestContext().getDomainName() == null
                ? header("host").orElse("localhost") : event.getRequestContext().getDomainName();
        String scheme = header("x-forwarded-proto").orElse(domain.startsWith("localhost") || domain.startsWith("127.0.0.1")
                ? "http" : "https");
        return scheme + "://" + domain;
    }

    /** The names of the query parameters sent. */
    public java.util.Set<String> queryParameterNames() {
        Map<String, String> parameters = event.getQueryStringParameters();
        return parameters == null ? java.util.Set.of() : java.util.Set.copyOf(parameters.keySet());
    }

    /** Header lookup ignoring case (payload 2.0 lower-cases names, tests and other callers may not). */
    public Optional<String> header(String name) {
        Map<String, String> headers = event.getHeaders();
        if (headers == null) {
            return Optional.empty();
        }
        String value = headers.get(name);
        if (value != null) {
            return Optional.of(value);
        }
        String lower = name.toLowerCase(Locale.ROOT);
        return headers.entrySet().stream()
                .filter(entry -> entry.getKey() != null && entry.getKey().toLowerCase(Locale.ROOT).equals(lower))
                .map(Map.Entry::getValue)
                .findFirst();
    }

    /**
     * A claim of the JWT the HTTP API authorizer verified, as API Gateway passes it: a string, whatever
     * its JSON type (an array as {@code [a b]}). The login's identity and roles are read with their
     * types by {@link Actors}.
     */
    public Optional<String> claim(String name) {
        var context = event.getRequestContext();
        if (context == null || context.getAuthorizer() == null || context.getAuthorizer().getJwt() == null
                || context.getAuthorizer().getJwt().getClaims() == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(context.getAuthorizer().getJwt().getClaims().get(name));
    }

    /** Every claim of the verified JWT (as strings, as API Gateway passes them). */
    public Map<String, String> claims() {
        var context = event.getRequestContext();
        if (context == null || context.getAuthorizer() == null || context.getAuthorizer().getJwt() == null
                || context.getAuthorizer().getJwt().getClaims() == null) {
            return Map.of();
        }
        // a read-only view, not a copy: every vote reads them (VoterAddress), and nothing changes them once parsed
        return java.util.Collections.unmodifiableMap(context.getAuthorizer().getJwt().getClaims());
    }

    /** The address the request came from, as API Gateway saw it (behind CloudFront: CloudFront's). */
    public Optional<String> sourceIp() {
        var context = event.getRequestContext();
        return context == null || context.getHttp() == null ? Optional.empty() : Optional.ofNullable(context.getHttp().getSourceIp());
    }

    /** The raw body; API Gateway base64-encodes bodies it does not consider text. */
    public byte[] body() {
        String body = event.getBody();
        if (body == null) {
            return new byte[0];
        }
        if (event.getIsBase64Encoded()) {
            try {
                return Base64.getDecoder().decode(body);
            } catch (IllegalArgumentException e) {
                return body.getBytes(StandardCharsets.UTF_8);
            }
        }
        return body.getBytes(StandardCharsets.UTF_8);
    }
}
