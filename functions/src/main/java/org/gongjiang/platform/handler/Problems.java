package org.gongjiang.platform.handler;

import org.gongjiang.platform.model.PlatformMessages;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gongjiang.platform.model.ConflictException;
import org.gongjiang.platform.model.DomainException;
import org.gongjiang.platform.model.FieldError;
import org.gongjiang.platform.model.ForbiddenException;
import org.gongjiang.platform.model.InvalidInputException;
import org.gongjiang.platform.model.Language;
import org.gongjiang.platform.model.LimitExceededException;
import org.gongjiang.platform.model.LocalizedText;
import org.gongjiang.platform.model.NotFoundException;
import org.gongjiang.platform.model.UnauthenticatedException;
import org.gongjiang.platform.model.UnprocessableException;

/**
 * The one place where domain exceptions become HTTP: an RFC 9457 problem document with a stable
 * {@code type} and title and detail in the caller's language (Accept-Language, Chinese by default).
 */
public final class Problems {

    /** Problem types are URNs: stable names, not links. README lists every one. */
    public static final String TYPE_PREFIX = "urn:gongjiang:problem:";
    /** The type of the bare 500 answered for an unexpected failure. */
    public static final String INTERNAL_ERROR = "internal-error";
    public static final String SERVICE_UNAVAILABLE = "service-unavailable";

    private Problems() {
    }

    public static int statusOf(DomainException exception) {
        return switch (exception) {
            case InvalidInputException e -> 400;
            case UnauthenticatedException e -> 401;
            case ForbiddenException e -> 403;
            case NotFoundException e -> 404;
            case ConflictException e -> 409;
            case LimitExceededException e -> 429;
            case UnprocessableException e -> 422;
        };
    }

    static APIGatewayV2HTTPResponse response(DomainException exception, ApiRequest request, Instant now) {
        int status = statusOf(exception);
        Language language = request.language();
        Map<String, Object> body = document(exception.type(), exception.title(), exception.detail(), status, request);
        body.putAll(exception.extensions());
        if (exception instanceof InvalidInputException invalid && !invalid.errors().isEmpty()) {
            body.put("errors", errors(invalid.errors(), language));
        }
        Map<String, String> headers = new LinkedHashMap<>();
        if (exception instanceof UnauthenticatedException) {
            headers.put("WWW-Authenticate", "Bearer");
        }
        if (exception instanceof LimitExceededException limited && limited.retryAfter() != null) {
            long seconds = Math.max(1, Duration.between(now, limited.retryAfter()).toSeconds());
            headers.put("Retry-After", Long.toString(seconds));
        }
        return problem(status, body, language, headers);
    }

    /** A 500 that tells nothing of the cause; the handler logs the stack trace. */
    static APIGatewayV2HTTPResponse internalError(ApiRequest request) {
        Map<String, Object> body = document(INTERNAL_ERROR,
                PlatformMessages.INTERNAL_ERROR_TITLE.text(),
                PlatformMessages.INTERNAL_ERROR_DETAIL.text(),
                500, request);
        return problem(500, body, request.language(), Map.of());
    }

    /** How long a client waits before sending a request again that met a passing failure. */
    public static final int RETRY_AFTER_SECONDS = 1;

    /** A passing failure (throttled, an AWS server error, a timeout): send the same request again. */
    static APIGatewayV2HTTPResponse serviceUnavailable(ApiRequest request) {
        Map<String, Object> body = document(SERVICE_UNAVAILABLE,
                PlatformMessages.SERVICE_UNAVAILABLE_TITLE.text(),
                PlatformMessages.SERVICE_UNAVAILABLE_DETAIL.text(RETRY_AFTER_SECONDS),
                503, request);
        return problem(503, body, request.language(), Map.of("Retry-After", Integer.toString(RETRY_AFTER_SECONDS)));
    }

    /** The problem body for an error the platform (not a domain rule) raises, e.g. no route. */
    public static Map<String, Object> document(String type, LocalizedText title, LocalizedText detail, int status,
                                               Language language, String instance, String requestId) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", TYPE_PREFIX + type);
        body.put("title", title.in(language));
        body.put("status", status);
        body.put("detail", detail.in(language));
        body.put("instance", instance);
        if (requestId != null && !requestId.isEmpty()) {
            body.put("requestId", requestId);
        }
        return body;
    }

    private static Map<String, Object> document(String type, LocalizedText title, LocalizedText detail, int status,
                                                ApiRequest request) {
        return document(type, title, detail, status, request.language(), request.path(), request.requestId());
    }

    private static List<Map<String, Object>> errors(List<FieldError> errors, Language language) {
        return errors.stream().map(error -> {
            Map<String, Object> entry = new LinkedHashMap<>();
            if (error.pointer() != null) {
                entry.put("pointer", error.pointer());
            } else {
                entry.put("parameter", error.parameter());
            }
            entry.put("code", error.code());
            entry.put("message", error.message().in(language));
            return entry;
        }).toList();
    }

    private static APIGatewayV2HTTPResponse problem(int status, Map<String, Object> body, Language language,
                                                    Map<String, String> extraHeaders) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Content-Type", ApiResponses.PROBLEM_JSON);
        headers.put("Content-Language", language.tag());
        headers.put("Cache-Control", ApiResponses.NO_STORE);
        headers.put("Vary", "Accept-Language");
        headers.putAll(extraHeaders);
        return ApiResponses.response(status, headers, body);
    }
}
