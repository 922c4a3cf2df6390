package org.gongjiang.local.emulator.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
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
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.UriCompliance;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.gongjiang.local.emulator.lambda.LambdaFunction;
import org.gongjiang.local.template.SamTemplate;
import org.gongjiang.platform.handler.Problems;
import org.gongjiang.platform.model.Language;
import org.gongjiang.platform.model.LocalizedText;

/**
 * The local HTTP API: for each request it finds the template's route, runs the route's JWT authorizer,
 * builds the API Gateway HTTP API payload 2.0 event, invokes the route's function and writes back its
 * response. Requests under {@code /local/} are the local stack's own (tokens, metrics).
 *
 * <p>It runs on Jetty (already on the local classpath through DynamoDB Local) rather than the JDK's
 * HTTP server, because Jetty lets every answer be ours: malformed requests, bodies that never arrive
 * and oversized bodies get problem documents, as API Gateway answers them with its own JSON, where the
 * JDK server wrote text/html, hung without a read timeout or reset the connection.
 */
public final class HttpFront implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int MAX_BODY_BYTES = 10 * 1024 * 1024;
    // A body over the limit is read to its end (up to this much) before the 413, so that the client,
    // still sending, reads the answer instead of a reset connection.
    private static final long MAX_DRAINED_BYTES = 64L * 1024 * 1024;
    // How long a request's body may keep the connection waiting between bytes (a Content-Length larger
    // than what is sent): API Gateway gives up too, it does not wait for ever.
    private static final Duration BODY_IDLE_TIMEOUT = Duration.ofSeconds(10);
    private static final DateTimeFormatter REQUEST_TIME =
            DateTimeFormatter.ofPattern("dd/MMM/yyyy:HH:mm:ss Z", Locale.ENGLISH).withZone(ZoneOffset.UTC);

    private final Server server;
    private static final String LOOPBACK = "127.0.0.1";
    private final ServerConnector internal;
    private final HttpConfiguration configuration;
    private final String bindAddress;
    private final int publicPort;
    private volatile ServerConnector publicConnector;
    private final LocalLoginProvider login;
    private final StaticSite site;
    private final RouteTable<Target> routes;
    private final JwtAuthority authority;
    private final Cors cors;
    private final LocalRoutes localRoutes;
    private final boolean trustForwardedFor;

    /**
     * @param bindAddress the interface to listen on (the loopback unless the operator widened it)
     * @param trustForwardedFor take the source address from X-Forwarded-For (tests, the simulator)
     */
    public HttpFront(String bindAddress, int port, RouteTable<Target> routes, JwtAuthority authority, Cors cors,
                     LocalRoutes localRoutes, LocalLoginProvider login, StaticSite site, boolean trustForwardedFor)
            throws IOException {
        this.login = login;
        this.site = site;
        this.bindAddress = bindAddress;
        this.publicPort = port;
        this.routes = routes;
        this.authority = authority;
        this.cors = cors;
        this.localRoutes = localRoutes;
        this.trustForwardedFor = trustForwardedFor;
        // Reused platform threads, not a virtual thread per request: the functions keep a Mac and a Cipher
        // per thread, and on Lambda one runtime thread serves all of a container's invocations.
        QueuedThreadPool threads = new QueuedThreadPool(256);
        threads.setName("http-front");
        this.server = new Server(threads);
        HttpConfiguration configuration = new HttpConfiguration();
        configuration.setSendServerVersion(false);
        configuration.setSendXPoweredBy(false);
        // Routing splits the raw path on "/" and decodes each segment itself (an encoded slash stays in
        // its segment, as on API Gateway), so Jetty need not refuse ambiguous encodings for us.
        configuration.setUriCompliance(UriCompliance.UNSAFE);
        this.configuration = configuration;
        // Until the stack is ready only the loopback connector listens: the functions reach the local
        // Secrets Manager and the demo is made through it, while the public port still refuses.
        this.internal = connector(LOOPBACK, 0);
        server.addConnector(internal);
        server.setHandler(new Handler.Abstract() {
            @Override
            public boolean handle(org.eclipse.jetty.server.Request request, org.eclipse.jetty.server.Response response,
                                  Callback callback) {
                HttpFront.this.handle(request, response, callback);
                return true;
            }
        });
        server.setErrorHandler(new ProblemErrorHandler());
        try {
            server.start();
        } catch (Exception e) {
            throw new IOException("the HTTP front cannot start its loopback connector", e);
        }
    }

    private ServerConnector connector(String host, int port) {
        ServerConnector connector = new ServerConnector(server, new HttpConnectionFactory(configuration));
        connector.setHost(host);
        connector.setPort(port);
        connector.setIdleTimeout(BODY_IDLE_TIMEOUT.toMillis());
        connector.setAcceptQueueSize(1024);
        return connector;
    }

    /** A port the system has free now on that interface (for a stack asked to take any). */
    public static int freePort(String bindAddress) throws IOException {
        try (java.net.ServerSocket probe = new java.net.ServerSocket()) {
            probe.bind(new InetSocketAddress(bindAddress, 0));
            return probe.getLocalPort();
        }
    }

    /** Fails early, before the stack spends its start-up, when the public port is taken. */
    public static void requireFree(String bindAddress, int port) throws IOException {
        if (port == 0) {
            return;
        }
        try (java.net.ServerSocket probe = new java.net.ServerSocket()) {
            probe.setReuseAddress(true);
            probe.bind(new InetSocketAddress(bindAddress, port));
        } catch (IOException e) {
            throw new IOException("the HTTP front cannot listen on " + bindAddress + ":" + port + " (in use?)", e);
        }
    }

    /** Opens the public port: from now on the stack answers whoever connects. */
    public synchronized void start() throws IOException {
        if (publicConnector != null) {
            return;
        }
        ServerConnector connector = connector(bindAddress, publicPort);
        server.addConnector(connector);
        try {
            connector.start();
        } catch (Exception e) {
            server.removeConnector(connector);
            throw new IOException("the HTTP front cannot listen on " + bindAddress + ":" + publicPort, e);
        }
        publicConnector = connector;
    }

    /** The public port; before {@link #start} there is none. */
    public int port() {
        if (publicConnector == null) {
            throw new IllegalStateException("the public port opens once the stack is ready");
        }
        return publicConnector.getLocalPort();
    }

    /** The loopback port the stack's own parts use, open from construction on. */
    public int internalPort() {
        return internal.getLocalPort();
    }

    @Override
    public void close() {
        try {
            server.stop();
        } catch (Exception e) {
            throw new IllegalStateException("the HTTP front did not stop cleanly", e);
        }
    }

    /** A route's function, and the authorizer the route requires (empty: public). */
    public record Target(LambdaFunction function, Optional<String> authorizer) {
    }

    private void handle(org.eclipse.jetty.server.Request exchange, org.eclipse.jetty.server.Response out, Callback callback) {
        String requestId = UUID.randomUUID().toString();
        Language language = Language.fromAcceptLanguage(exchange.getHeaders().get(HttpHeader.ACCEPT_LANGUAGE));
        Request request = null;
        Response response;
        try {
            request = fromForwardedAddress(Request.read(exchange, requestId));
            response = respond(request);
        } catch (BodyTooLarge e) {
            response = platformProblem(413, "payload-too-large", LocalizedText.of("请求体过大", "Payload too large"),
                    LocalizedText.of("请求体超过 10 MB。", "The request body exceeds 10 MB."), language, "", requestId);
        } catch (BodyIncomplete e) {
            response = platformProblem(408, "request-timeout", LocalizedText.of("请求超时", "Request timeout"),
                    LocalizedText.of("请求体没有在 %d 秒内送达（Content-Length 大于实际发送的字节数？）。",
                            "The request body did not arrive within %d s (a Content-Length larger than the bytes sent?).")
                            .formatted(BODY_IDLE_TIMEOUT.toSeconds()), language, "", requestId);
        } catch (MalformedPath e) {
            response = platformProblem(400, "malformed-request", LocalizedText.of("请求格式错误", "Malformed request"),
                    LocalizedText.of("路径中的百分号编码无效。", "The path's percent-encoding is invalid."), language, "", requestId);
        } catch (RuntimeException e) {
            e.printStackTrace();
            response = platformProblem(500, "internal-error", LocalizedText.of("服务器内部错误", "Internal error"),
                    LocalizedText.of("本地网关出错。", "The local gateway failed."), language, "", requestId);
        }
        write(out, callback, request, requestId, response);
    }

    private Response respond(Request request) {
        Language language = Language.fromAcceptLanguage(request.header("accept-language"));
        if (cors.isPreflight(request)) {
            return cors.preflight();
        }
        if (LocalLoginProvider.serves(request)) {
            return login.handle(request);
        }
        if (request.path().equals("/local") || request.path().startsWith("/local/")) {
            return localRoutes.handle(request, language);
        }
        if (StaticSite.serves(request)) {
            return site.handle(request, language);
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
            // The function crashed or failed outside its own error handling. API Gateway's HTTP API answers
            // that 500 {"message":"Internal Server Error"}; here it is a retriable problem, so that a voter's
            // client (and the tests) treat it as what it is: the outcome is unknown, and sending the same
            // vote again settles it (201, or 409 with the original receipt). Documented as a difference.
            Response unavailable = platformProblem(503, "service-unavailable", LocalizedText.of("服务繁忙", "Service busy"),
                    LocalizedText.of("服务暂时繁忙，请在 1 秒后原样重试；重试是安全的，不会重复计票。",
                            "The service is briefly busy; send the same request again after 1 s. Retrying is safe: nothing is counted twice."),
                    language, request.path(), request.requestId());
            unavailable.headers().put("Retry-After", "1");
            return unavailable;
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

    private void write(org.eclipse.jetty.server.Response out, Callback callback, Request request, String requestId,
                       Response response) {
        HttpFields.Mutable headers = out.getHeaders();
        response.headers().forEach(headers::add);
        response.cookies().forEach(cookie -> headers.add("Set-Cookie", cookie));
        headers.put("apigw-requestid", requestId);
        if (request != null) {
            cors.decorate(request, headers);
        }
        out.setStatus(response.status());
        boolean head = request != null && request.method().equals("HEAD");
        byte[] body = response.body();
        headers.put(HttpHeader.CONTENT_LENGTH, body.length);
        out.write(true, head ? ByteBuffer.allocate(0) : ByteBuffer.wrap(body), callback);
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

        static Request read(org.eclipse.jetty.server.Request exchange, String requestId) {
            Map<String, List<String>> headers = new LinkedHashMap<>();
            for (HttpField field : exchange.getHeaders()) {
                headers.computeIfAbsent(field.getName().toLowerCase(Locale.ROOT), n -> new ArrayList<>()).add(field.getValue());
            }
            String rawPath = exchange.getHttpURI().getPath();
            String path = decodePath(rawPath == null ? "/" : rawPath);
            byte[] body = readBody(exchange);
            InetSocketAddress remote = (InetSocketAddress) exchange.getConnectionMetaData().getRemoteSocketAddress();
            return new Request(requestId, exchange.getMethod().toUpperCase(Locale.ROOT), path,
                    exchange.getHttpURI().getQuery(), headers, body, remote.getAddress().getHostAddress(),
                    exchange.getConnectionMetaData().getProtocol());
        }

        /**
         * Decodes each path segment on its own, so that an encoded slash ({@code %2F}) stays inside its
         * segment as API Gateway keeps it, and is kept encoded in the routed path.
         */
        static String decodePath(String rawPath) {
            String[] segments = rawPath.split("/", -1);
            StringBuilder path = new StringBuilder();
            for (int i = 0; i < segments.length; i++) {
                if (i > 0) {
                    path.append('/');
                }
                String segment;
                try {
                    segment = URLDecoder.decode(segments[i].replace("+", "%2B"), StandardCharsets.UTF_8);
                } catch (IllegalArgumentException e) {
                    throw new MalformedPath();
                }
                path.append(segment.replace("%", "%25").replace("/", "%2F"));
            }
            return path.toString();
        }

        private static byte[] readBody(org.eclipse.jetty.server.Request exchange) {
            try (InputStream in = Content.Source.asInputStream(exchange)) {
                byte[] body = in.readNBytes(MAX_BODY_BYTES + 1);
                if (body.length > MAX_BODY_BYTES) {
                    long drained = 0;
                    byte[] sink = new byte[64 * 1024];
                    for (int read; drained < MAX_DRAINED_BYTES && (read = in.read(sink)) >= 0; ) {
                        drained += read;
                    }
                    throw new BodyTooLarge();
                }
                return body;
            } catch (IOException e) {
                throw new BodyIncomplete();
            }
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

        void decorate(Request request, HttpFields.Mutable headers) {
            if (enabled && request.header("origin") != null) {
                headers.put("Access-Control-Allow-Origin", allowOrigin.equals("*") ? "*" : request.header("origin"));
                if (!exposeHeaders.isEmpty()) {
                    headers.put("Access-Control-Expose-Headers", exposeHeaders);
                }
            }
        }
    }

    /**
     * Jetty's own answers (a request it cannot parse, headers too large, an unsupported version, a
     * failure outside the handler) as problem documents instead of its HTML error page.
     */
    private static final class ProblemErrorHandler extends ErrorHandler {

        @Override
        public boolean handle(org.eclipse.jetty.server.Request request, org.eclipse.jetty.server.Response response,
                              Callback callback) {
            Object status = request.getAttribute(ERROR_STATUS);
            int code = status instanceof Integer number ? number : response.getStatus() >= 400 ? response.getStatus() : 500;
            Language language = Language.fromAcceptLanguage(request.getHeaders().get(HttpHeader.ACCEPT_LANGUAGE));
            Response problem = problemFor(code, language);
            response.setStatus(code);
            problem.headers().forEach(response.getHeaders()::put);
            response.write(true, ByteBuffer.wrap(problem.body()), callback);
            return true;
        }

        @Override
        public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
            Response problem = problemFor(status, Language.ZH);
            problem.headers().forEach(fields::put);
            return ByteBuffer.wrap(problem.body());
        }

        private static Response problemFor(int status, Language language) {
            if (status >= 500 && status != 505) {
                return platformProblem(status, "internal-error", LocalizedText.of("服务器内部错误", "Internal error"),
                        LocalizedText.of("本地网关出错。", "The local gateway failed."), language, "", "");
            }
            return switch (status) {
                case 413 -> platformProblem(413, "payload-too-large", LocalizedText.of("请求体过大", "Payload too large"),
                        LocalizedText.of("请求体超过 10 MB。", "The request body exceeds 10 MB."), language, "", "");
                case 414, 431 -> platformProblem(status, "request-too-large", LocalizedText.of("请求头过大", "Request too large"),
                        LocalizedText.of("请求行或请求头过长。", "The request line or headers are too long."), language, "", "");
                case 505 -> platformProblem(505, "malformed-request", LocalizedText.of("请求格式错误", "Malformed request"),
                        LocalizedText.of("只支持 HTTP/1.0 和 HTTP/1.1。", "Only HTTP/1.0 and HTTP/1.1 are spoken here."), language, "", "");
                case 408 -> platformProblem(408, "request-timeout", LocalizedText.of("请求超时", "Request timeout"),
                        LocalizedText.of("请求没有及时送达。", "The request did not arrive in time."), language, "", "");
                default -> platformProblem(status, "malformed-request", LocalizedText.of("请求格式错误", "Malformed request"),
                        LocalizedText.of("这不是一个有效的 HTTP 请求。", "This is not a valid HTTP request."), language, "", "");
            };
        }
    }

    /** The body did not arrive: the connection idled out before Content-Length bytes came. */
    private static final class BodyIncomplete extends RuntimeException {
        BodyIncomplete() {
            super(null, null, false, false);
        }
    }

    /** The path holds a percent sign not followed by two hex digits, or bytes that are not UTF-8. */
    private static final class MalformedPath extends RuntimeException {
        MalformedPath() {
            super(null, null, false, false);
        }
    }

    private static final class BodyTooLarge extends RuntimeException {
        BodyTooLarge() {
            super(null, null, false, false);
        }
    }
}
