package org.gongjiang.local.emulator.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.gongjiang.local.emulator.lambda.LambdaFunction;
import org.gongjiang.local.template.SamTemplate;
import org.gongjiang.platform.handler.Problems;
import org.gongjiang.platform.model.Language;
import org.gongjiang.platform.model.LocalizedText;

/**
 * The local HTTP API: for each request it finds the template's route, runs the route's JWT authorizer,
 * builds the API Gateway HTTP API payload 2.0 event, invokes the route's function and writes back its
 * response. Requests under {@code /local/} are the local stack's own (tokens, metrics).
 */
public final class HttpFront implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int MAX_BODY_BYTES = 10 * 1024 * 1024;
    private static final DateTimeFormatter REQUEST_TIME =
            DateTimeFormatter.ofPattern("dd/MMM/yyyy:HH:mm:ss Z", Locale.ENGLISH).withZone(ZoneOffset.UTC);

    private final HttpServer server;
    private final ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();
    private final RouteTable<Target> routes;
    private final JwtAuthority authority;
    private final Cors cors;
    private final LocalRoutes localRoutes;
    private final boolean trustForwardedFor;

    /** @param trustForwardedFor take the source address from X-Forwarded-For (tests, the simulator) */
    public HttpFront(int port, RouteTable<Target> routes, JwtAuthority authority, Cors cors, LocalRoutes localRoutes,
                     boolean trustForwardedFor) throws IOException {
        this.routes = routes;
        this.authority = authority;
        this.cors = cors;
        this.localRoutes = localRoutes;
        this.trustForwardedFor = trustForwardedFor;
        this.server = HttpServer.create(new InetSocketAddress(port), 1024);
        server.createContext("/", this::handle);
        server.setExecutor(executor);
    }

    public void start() {
        server.start();
    }

    public int port() {
        return server.getAddress().getPort();
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }

    /** A route's function, and the authorizer the route requires (empty: public). */
    public record Target(LambdaFunction function, Optional<String> authorizer) {
    }

    private void handle(HttpExchange exchange) throws IOException {
        String requestId = UUID.randomUUID().toString();
        try (exchange) {
            Request request = fromForwardedAddress(Request.read(exchange, requestId));
            Response response = respond(request);
            write(exchange, request, response);
        } catch (BodyTooLarge e) {
            write(exchange, null, platformProblem(413, "payload-too-large",
                    LocalizedText.of("请求体过大", "Payload too large"),
                    LocalizedText.of("请求体超过 10 MB。", "The request body exceeds 10 MB."), Language.ZH, "", requestId));
        } catch (RuntimeException e) {
            e.printStackTrace();
            write(exchange, null, platformProblem(500, "internal-error", LocalizedText.of("服务器内部错误", "Internal error"),
                    LocalizedText.of("本地网关出错。", "The local gateway failed."), Language.ZH, "", requestId));
        }
    }

    private Response respond(Request request) {
        Language language = Language.fromAcceptLanguage(request.header("accept-language"));
        if (cors.isPreflight(request)) {
            return cors.preflight();
        }
        if (request.path().equals("/local") || request.path().startsWith("/local/")) {
            return localRoutes.handle(request, language);
        }
        Optional<RouteTable.Match<Target>> match = routes.match(request.method(), request.path());
        if (match.isEmpty()) {
            List<String> methods = routes.methodsFor(request.path());
            LocalizedText detail = methods.isEmpty()
                    ? LocalizedText.of("没有这个地址：%s。", "There is no route for %s.").formatted(request.path())
                    : LocalizedText.of("%s 只支持 %s 方法。", "%s only accepts %s.").formatted(request.path(), String.join(", ", methods));
            return platformProblem(404, "route-not-found", LocalizedText.of("未找到", "Not found"), detail, language,
                    request.path(), request.requestId());
        }
        Target target = match.get().target();
        Map<String, String> claims = null;
        if (target.authorizer().isPresent()) {
            JwtAuthority.Verification verification = authority.verify(request.header("authorization"));
            if (!verification.accepted()) {
                Response refusal = platformProblem(401, "unauthenticated", LocalizedText.of("需要登录", "Login required"),
                        requiresLogin(verification.refusal().orElse(LocalizedText.of("", ""))),
                        language, request.path(), request.requestId());
                refusal.headers().put("WWW-Authenticate", "Bearer");
                return refusal;
            }
            claims = verification.claims().orElseThrow();
        }
        String event = PayloadV2.event(request, match.get(), claims);
        try {
            return Response.fromLambda(target.function().invoke(event));
        } catch (LambdaFunction.InvocationError e) {
            // API Gateway answers 500 when the integration fails; the function logged the cause.
            return platformProblem(500, "internal-error", LocalizedText.of("服务器内部错误", "Internal error"),
                    LocalizedText.of("服务器出了问题，请稍后重试。", "Something went wrong on our side; please retry later."),
                    language, request.path(), request.requestId());
        }
    }

    private static LocalizedText requiresLogin(LocalizedText reason) {
        return LocalizedText.of("需要有效的登录凭证（Authorization: Bearer <token>）：" + reason.zh() + "。",
                "A valid login token is required (Authorization: Bearer <token>): " + reason.en() + ".");
    }

    public static Response platformProblem(int status, String type, LocalizedText title, LocalizedText detail, Language language,
                                    String instance, String requestId) {
        Map<String, Object> body = Problems.document(type, title, detail, status, language, instance, requestId);
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Content-Type", "application/problem+json; charset=utf-8");
        headers.put("Content-Language", language.tag());
        headers.put("Cache-Control", "no-store");
        return new Response(status, headers, List.of(), json(body).getBytes(StandardCharsets.UTF_8));
    }

    public static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private void write(HttpExchange exchange, Request request, Response response) throws IOException {
        Headers headers = exchange.getResponseHeaders();
        response.headers().forEach(headers::add);
        response.cookies().forEach(cookie -> headers.add("Set-Cookie", cookie));
        if (request != null) {
            headers.add("apigw-requestid", request.requestId());
            cors.decorate(request, headers);
        }
        boolean head = request != null && request.method().equals("HEAD");
        byte[] body = response.body();
        if (body.length == 0 || head) {
            exchange.sendResponseHeaders(response.status(), -1);
        } else {
            exchange.sendResponseHeaders(response.status(), body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    /** The request as from the caller's address: the connection's, or with the flag the first of X-Forwarded-For. */
    private Request fromForwardedAddress(Request request) {
        String forwarded = request.header("x-forwarded-for");
        if (trustForwardedFor && forwarded != null && !forwarded.isBlank()) {
            return new Request(request.requestId(), request.method(), request.path(), request.rawQuery(), request.headers(),
                    request.body(), forwarded.split(",")[0].trim(), request.protocol());
        }
        return request;
    }

    /** What arrived over HTTP. Header names are lower-cased, as HTTP API payload 2.0 gives them. */
    public record Request(String requestId, String method, String path, String rawQuery, Map<String, List<String>> headers,
                   byte[] body, String sourceIp, String protocol) {

        static Request read(HttpExchange exchange, String requestId) throws IOException {
            Map<String, List<String>> headers = new LinkedHashMap<>();
            exchange.getRequestHeaders().forEach((name, values) ->
                    headers.computeIfAbsent(name.toLowerCase(Locale.ROOT), n -> new ArrayList<>()).addAll(values));
            byte[] body;
            try (InputStream in = exchange.getRequestBody()) {
                body = in.readNBytes(MAX_BODY_BYTES + 1);
            }
            if (body.length > MAX_BODY_BYTES) {
                throw new BodyTooLarge();
            }
            String rawPath = exchange.getRequestURI().getRawPath();
            return new Request(requestId, exchange.getRequestMethod().toUpperCase(Locale.ROOT),
                    URLDecoder.decode(rawPath.replace("+", "%2B"), StandardCharsets.UTF_8),
                    exchange.getRequestURI().getRawQuery(), headers, body,
                    exchange.getRemoteAddress().getAddress().getHostAddress(), exchange.getProtocol());
        }

        String header(String name) {
            List<String> values = headers.get(name);
            return values == null || values.isEmpty() ? null : String.join(",", values);
        }
    }

    /** What goes back over HTTP. */
    public record Response(int status, Map<String, String> headers, List<String> cookies, byte[] body) {

        static Response json(int status, Object body) {
            Map<String, String> headers = new LinkedHashMap<>();
            headers.put("Content-Type", "application/json; charset=utf-8");
            headers.put("Cache-Control", "no-store");
            return new Response(status, headers, List.of(), HttpFront.json(body).getBytes(StandardCharsets.UTF_8));
        }

        /** Reads an APIGatewayV2HTTPResponse as the function returned it. */
        static Response fromLambda(String resultJson) {
            try {
                JsonNode result = JSON.readTree(resultJson);
                Map<String, String> headers = new LinkedHashMap<>();
                result.path("headers").fields().forEachRemaining(e -> headers.put(e.getKey(), e.getValue().asText()));
                result.path("multiValueHeaders").fields().forEachRemaining(e -> {
                    List<String> values = new ArrayList<>();
                    e.getValue().forEach(v -> values.add(v.asText()));
                    headers.put(e.getKey(), String.join(",", values));
                });
                List<String> cookies = new ArrayList<>();
                result.path("cookies").forEach(c -> cookies.add(c.asText()));
                String body = result.path("body").isNull() ? "" : result.path("body").asText("");
                byte[] bytes = result.path("isBase64Encoded").asBoolean(false)
                        ? Base64.getDecoder().decode(body)
                        : body.getBytes(StandardCharsets.UTF_8);
                return new Response(result.path("statusCode").asInt(200), headers, cookies, bytes);
            } catch (IOException e) {
                throw new IllegalStateException("function returned no valid response", e);
            }
        }
    }

    /** Builds HTTP API payload format 2.0 events. */
    public static final class PayloadV2 {

        private PayloadV2() {
        }

        static String event(Request request, RouteTable.Match<?> match, Map<String, String> claims) {
            ObjectNode event = JSON.createObjectNode();
            event.put("version", "2.0");
            event.put("routeKey", match.routeKey());
            event.put("rawPath", request.path());
            event.put("rawQueryString", request.rawQuery() == null ? "" : request.rawQuery());
            List<String> cookies = request.headers().getOrDefault("cookie", List.of()).stream()
                    .flatMap(header -> List.of(header.split(";")).stream()).map(String::trim)
                    .filter(c -> !c.isEmpty()).toList();
            if (!cookies.isEmpty()) {
                cookies.forEach(event.putArray("cookies")::add);
            }
            ObjectNode headers = event.putObject("headers");
            request.headers().forEach((name, values) -> {
                if (!name.equals("cookie")) {
                    headers.put(name, String.join(",", values));
                }
            });
            Map<String, List<String>> query = query(request.rawQuery());
            if (!query.isEmpty()) {
                ObjectNode parameters = event.putObject("queryStringParameters");
                query.forEach((name, values) -> parameters.put(name, String.join(",", values)));
            }
            if (!match.pathParameters().isEmpty()) {
                ObjectNode parameters = event.putObject("pathParameters");
                match.pathParameters().forEach(parameters::put);
            }
            ObjectNode context = event.putObject("requestContext");
            context.put("accountId", "000000000000");
            context.put("apiId", "local");
            if (claims != null) {
                ObjectNode jwt = context.putObject("authorizer").putObject("jwt");
                ObjectNode claimNode = jwt.putObject("claims");
                claims.forEach(claimNode::put);
                jwt.putNull("scopes");
            }
            String host = Optional.ofNullable(request.header("host")).orElse("localhost");
            context.put("domainName", host);
            context.put("domainPrefix", host.split("[.:]")[0]);
            ObjectNode http = context.putObject("http");
            http.put("method", request.method());
            http.put("path", request.path());
            http.put("protocol", request.protocol());
            http.put("sourceIp", request.sourceIp());
            http.put("userAgent", Optional.ofNullable(request.header("user-agent")).orElse(""));
            context.put("requestId", request.requestId());
            context.put("routeKey", match.routeKey());
            context.put("stage", "$default");
            Instant now = Instant.now();
            context.put("time", REQUEST_TIME.format(now));
            context.put("timeEpoch", now.toEpochMilli());
            if (request.body().length > 0) {
                boolean text = isText(request.header("content-type"));
                event.put("body", text ? new String(request.body(), StandardCharsets.UTF_8)
                        : Base64.getEncoder().encodeToString(request.body()));
                event.put("isBase64Encoded", !text);
            } else {
                event.put("isBase64Encoded", false);
            }
            return json(event);
        }

        /** HTTP APIs pass textual bodies as they are and base64-encode the rest. */
        static boolean isText(String contentType) {
            if (contentType == null) {
                return false;
            }
            String type = contentType.toLowerCase(Locale.ROOT).split(";")[0].trim();
            return type.startsWith("text/") || type.endsWith("/json") || type.endsWith("+json") || type.endsWith("/xml")
                    || type.endsWith("+xml") || type.equals("application/javascript")
                    || type.equals("application/x-www-form-urlencoded");
        }

        private static Map<String, List<String>> query(String rawQuery) {
            Map<String, List<String>> parameters = new LinkedHashMap<>();
            if (rawQuery == null || rawQuery.isEmpty()) {
                return parameters;
            }
            for (String pair : rawQuery.split("&")) {
                if (pair.isEmpty()) {
                    continue;
                }
                int equals = pair.indexOf('=');
                String name = decode(equals < 0 ? pair : pair.substring(0, equals));
                String value = equals < 0 ? "" : decode(pair.substring(equals + 1));
                parameters.computeIfAbsent(name, n -> new ArrayList<>()).add(value);
            }
            return parameters;
        }

        private static String decode(String value) {
            try {
                return URLDecoder.decode(value, StandardCharsets.UTF_8);
            } catch (IllegalArgumentException e) {
                return value;
            }
        }
    }

    /** CORS as the HttpApi's CorsConfiguration makes API Gateway answer it. */
    public record Cors(boolean enabled, String allowOrigin, String allowMethods, String allowHeaders, String exposeHeaders,
                String maxAge) {

        public static Cors from(Map<String, Object> configuration) {
            if (configuration.isEmpty()) {
                return new Cors(false, "", "", "", "", "");
            }
            return new Cors(true,
                    join(configuration.get("AllowOrigins")), join(configuration.get("AllowMethods")),
                    join(configuration.get("AllowHeaders")), join(configuration.get("ExposeHeaders")),
                    String.valueOf(configuration.getOrDefault("MaxAge", "0")));
        }

        private static String join(Object values) {
            return String.join(",", SamTemplate.list(values).stream().map(String::valueOf).toList());
        }

        boolean isPreflight(Request request) {
            return enabled && request.method().equals("OPTIONS") && request.header("origin") != null
                    && request.header("access-control-request-method") != null;
        }

        Response preflight() {
            Map<String, String> headers = new LinkedHashMap<>();
            headers.put("Access-Control-Allow-Methods", allowMethods);
            headers.put("Access-Control-Allow-Headers", allowHeaders);
            headers.put("Access-Control-Max-Age", maxAge);
            return new Response(204, headers, List.of(), new byte[0]);
        }

        void decorate(Request request, Headers headers) {
            if (enabled && request.header("origin") != null) {
                headers.set("Access-Control-Allow-Origin", allowOrigin.equals("*") ? "*" : request.header("origin"));
                if (!exposeHeaders.isEmpty()) {
                    headers.set("Access-Control-Expose-Headers", exposeHeaders);
                }
            }
        }
    }

    private static final class BodyTooLarge extends RuntimeException {
        BodyTooLarge() {
            super(null, null, false, false);
        }
    }
}
