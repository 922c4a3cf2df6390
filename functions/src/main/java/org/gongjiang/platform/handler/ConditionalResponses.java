package org.gongjiang.platform.handler;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Public documents that shared caches and scripts fetch again and again (statistics, the API
 * description): a strong ETag from the body's digest, 304 without a body on If-None-Match, and CORS
 * for any origin, since these are open to every page.
 */
public final class ConditionalResponses {

    private ConditionalResponses() {
    }

    /** 304 when If-None-Match names this representation, else 200 with it; both carry ETag, caching and CORS headers. */
    public static APIGatewayV2HTTPResponse respond(ApiRequest request, String body, String contentType, String cacheControl,
                                            Map<String, String> extraHeaders) {
        String etag = "\"" + digest(body) + "\"";
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("ETag", etag);
        headers.put("Cache-Control", cacheControl);
        headers.put("Access-Control-Allow-Origin", "*");
        headers.putAll(extraHeaders);
        if (request.header("if-none-match").map(value -> matches(value, etag)).orElse(false)) {
            return APIGatewayV2HTTPResponse.builder().withStatusCode(304).withHeaders(headers).withIsBase64Encoded(false).build();
        }
        headers.put("Content-Type", contentType);
        return APIGatewayV2HTTPResponse.builder().withStatusCode(200).withHeaders(headers).withBody(body)
                .withIsBase64Encoded(false).build();
    }

    /** If-None-Match: "*" or a list of entity tags (a weak one matches by its opaque part, RFC 9110 13.1.2). */
    private static boolean matches(String header, String etag) {
        for (String candidate : header.split(",")) {
            String tag = candidate.trim();
            if (tag.equals("*") || tag.equals(etag) || tag.startsWith("W/") && tag.substring(2).equals(etag)) {
                return true;
            }
        }
        return false;
    }

    private static String digest(String body) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(body.getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
