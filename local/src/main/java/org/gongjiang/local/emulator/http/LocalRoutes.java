package org.gongjiang.local.emulator.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.gongjiang.local.emulator.dynamodb.DynamoDbMeter;
import org.gongjiang.local.emulator.lambda.LambdaFunction;
import org.gongjiang.local.emulator.lambda.LocalClock;
import org.gongjiang.nomination.model.CreditCode;
import org.gongjiang.platform.model.Language;
import org.gongjiang.platform.model.LocalizedText;

/**
 * The local stack's own routes, which exist only here (never in template.yaml):
 * <ul>
 *   <li>{@code POST /local/tokens} {"sub", "groups", "creditCode", "expiresIn", "claims"} mints a login token (claims: extra
 *   claims such as an account's creation time; creditCode:
 *       the enterprise a clerk works for, as a login provider would assert it);</li>
 *   <li>{@code GET|POST /local/clock} the functions' clock, moved to walk through a campaign's weeks;</li>
 *   <li>{@code POST /local/schedules/run} runs every scheduled function now (the statistics snapshots);</li>
 *   <li>{@code GET /local/.well-known/jwks.json} the token signing key;</li>
 *   <li>{@code GET /local/metrics} DynamoDB requests and capacity so far, and the stream mapping's counts.</li>
 * </ul>
 */
public final class LocalRoutes {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> TOKEN_MEMBERS = Set.of("sub", "groups", "creditCode", "expiresIn", "claims");
    /** Claims a token always sets itself: extra claims cannot replace them. */
    private static final Set<String> RESERVED_CLAIMS = Set.of("sub", "iss", "aud", "exp", "nbf", "iat", "jti", "groups",
            "client_id", "token_use", "creditCode");

    public static final String SECRETS_MANAGER_PATH = "/local/secretsmanager";
    public static final String INVOKE_PATH = "/local/invoke/";

    private final JwtAuthority authority;
    private final Supplier<List<Map<String, Object>>> streamStats;
    private final Map<String, String> secretsByArn;
    private final Clock clock;
    private final LocalClock functionClock;
    private final Supplier<List<Map<String, Object>>> runSchedules;
    private final Supplier<Map<String, Long>> faultsInjected;
    private final java.util.function.Function<String, LambdaFunction> functions;

    public LocalRoutes(JwtAuthority authority, Supplier<List<Map<String, Object>>> streamStats,
                Map<String, String> secretsByArn, Clock clock, LocalClock functionClock,
                Supplier<List<Map<String, Object>>> runSchedules, Supplier<Map<String, Long>> faultsInjected,
                java.util.function.Function<String, LambdaFunction> functions) {
        this.faultsInjected = faultsInjected;
        this.functions = functions;
        this.authority = authority;
        this.streamStats = streamStats;
        this.secretsByArn = secretsByArn;
        this.clock = clock;
        this.functionClock = functionClock;
        this.runSchedules = runSchedules;
    }

    public HttpFront.Response handle(HttpFront.Request request, Language language) {
        if (request.method().equals("POST") && request.path().startsWith(SECRETS_MANAGER_PATH)) {
            return getSecretValue(request);
        }
        if (request.method().equals("POST") && request.path().startsWith(INVOKE_PATH)) {
            return invoke(request, language);
        }
        String route = request.method() + " " + request.path();
        return switch (route) {
            case "POST /local/tokens" -> token(request, language);
            case "GET /local/.well-known/jwks.json" -> HttpFront.Response.json(200, authority.jwks());
            case "GET /local/metrics" -> HttpFront.Response.json(200, metrics());
            case "GET /local/clock" -> HttpFront.Response.json(200, clockView());
            case "POST /local/clock" -> moveClock(request, language);
            case "POST /local/schedules/run" -> HttpFront.Response.json(200, Map.of("ran", runSchedules.get()));
            case "POST /local/heap" -> HttpFront.Response.json(200, heapAfterFullGc());
            default -> HttpFront.platformProblem(404, "route-not-found", LocalizedText.of("未找到", "Not found"),
                    LocalizedText.of("本地路由只有 POST /local/tokens、GET /local/metrics、GET|POST /local/clock、POST /local/schedules/run、"
                                    + "POST /local/invoke/<函数>、POST /local/heap 和 GET /local/.well-known/jwks.json。",
                            "The local routes are POST /local/tokens, GET /local/metrics, GET|POST /local/clock, POST /local/schedules/run, "
                                    + "POST /local/invoke/<function>, POST /local/heap and GET /local/.well-known/jwks.json."),
                    language, request.path(), request.requestId());
        };
    }

    /**
     * {@code POST /local/invoke/<FunctionLogicalId>} with the event as the body: what {@code aws lambda
     * invoke} does on AWS, for the functions an operator invokes by hand (the recount).
     */
    private HttpFront.Response invoke(HttpFront.Request request, Language language) {
        String name = request.path().substring(INVOKE_PATH.length());
        Optional<LambdaFunction> function = Optional.ofNullable(functions.apply(name));
        if (function.isEmpty()) {
            return HttpFront.platformProblem(404, "route-not-found", LocalizedText.of("未找到", "Not found"),
                    LocalizedText.of("没有函数 %s。", "There is no function %s.").formatted(name), language, request.path(),
                    request.requestId());
        }
        try {
            String result = function.get().invoke(request.body().length == 0 ? "{}" : new String(request.body(), StandardCharsets.UTF_8));
            Map<String, String> headers = new LinkedHashMap<>();
            headers.put("Content-Type", "application/json; charset=utf-8");
            headers.put("Cache-Control", "no-store");
            return new HttpFront.Response(200, headers, List.of(), result.getBytes(StandardCharsets.UTF_8));
        } catch (LambdaFunction.InvocationError e) {
            Map<String, Object> error = new LinkedHashMap<>();
            error.put("errorType", "Unhandled");
            error.put("errorMessage", e.getMessage());
            HttpFront.Response failed = HttpFront.Response.json(200, error);
            failed.headers().put("X-Amz-Function-Error", "Unhandled");
            return failed;
        } catch (RuntimeException e) {
            return invalid(request, language, List.of("the body must be the function's JSON event"));
        }
    }

    private HttpFront.Response token(HttpFront.Request request, Language language) {
        List<String> errors = new ArrayList<>();
        JsonNode body;
        try {
            body = JSON.readTree(request.body());
        } catch (Exception e) {
            body = null;
        }
        if (body == null || !body.isObject()) {
            return invalid(request, language, List.of("the body must be a JSON object {\"sub\": \"...\", \"groups\": [...]}"));
        }
        for (Iterator<String> names = body.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!TOKEN_MEMBERS.contains(name)) {
                errors.add("unknown field " + name);
            }
        }
        JsonNode sub = body.get("sub");
        if (sub == null || !sub.isTextual() || sub.asText().isBlank() || sub.asText().length() > 255) {
            errors.add("sub must be a string of 1-255 characters");
        }
        List<String> groups = new ArrayList<>();
        JsonNode groupsNode = body.get("groups");
        if (groupsNode != null && !groupsNode.isNull()) {
            if (!groupsNode.isArray()) {
                errors.add("groups must be an array of strings");
            } else {
                groupsNode.forEach(g -> {
                    if (!g.isTextual() || g.asText().isBlank() || g.asText().length() > 64) {
                        errors.add("each group must be a string of 1-64 characters");
                    } else {
                        groups.add(g.asText());
                    }
                });
            }
        }
        JsonNode creditCode = body.get("creditCode");
        if (creditCode != null && !creditCode.isNull()
                && (!creditCode.isTextual() || CreditCode.problem(creditCode.asText()).isPresent())) {
            errors.add("creditCode must be a valid unified social credit code (GB 32100)");
        }
        Map<String, String> claims = new LinkedHashMap<>();
        JsonNode claimsNode = body.get("claims");
        if (claimsNode != null && !claimsNode.isNull()) {
            if (!claimsNode.isObject() || claimsNode.size() > 20) {
                errors.add("claims must be an object of at most 20 claims");
            } else {
                claimsNode.fields().forEachRemaining(claim -> {
                    JsonNode value = claim.getValue();
                    if (RESERVED_CLAIMS.contains(claim.getKey()) || claim.getKey().length() > 64) {
                        errors.add("claim " + claim.getKey() + " cannot be set: the token sets it itself");
                    } else if (!(value.isTextual() || value.isIntegralNumber()) || value.asText().length() > 256) {
                        errors.add("claim " + claim.getKey() + " must be a string or a whole number");
                    } else {
                        claims.put(claim.getKey(), value.asText());
                    }
                });
            }
        }
        long expiresIn = 3600;
        JsonNode expiresNode = body.get("expiresIn");
        if (expiresNode != null && !expiresNode.isNull()) {
            if (!expiresNode.canConvertToLong() || !expiresNode.isIntegralNumber()
                    || expiresNode.asLong() < -86_400 || expiresNode.asLong() > 7 * 86_400) {
                errors.add("expiresIn must be whole seconds between -86400 and 604800");
            } else {
                expiresIn = expiresNode.asLong();
            }
        }
        if (!errors.isEmpty()) {
            return invalid(request, language, errors);
        }
        Duration lifetime = Duration.ofSeconds(expiresIn);
        Map<String, Object> answer = new LinkedHashMap<>();
        Map<String, String> extraClaims = new LinkedHashMap<>(claims);
        if (creditCode != null && !creditCode.isNull()) {
            extraClaims.put("creditCode", creditCode.asText());
        }
        answer.put("token", authority.issue(sub.asText(), groups, extraClaims, lifetime));
        answer.put("tokenType", "Bearer");
        answer.put("expiresAt", clock.instant().plus(lifetime).truncatedTo(ChronoUnit.SECONDS).toString());
        answer.put("issuer", authority.issuer());
        answer.put("audience", authority.audiences().getFirst());
        return HttpFront.Response.json(200, answer);
    }

    /**
     * Secrets Manager's GetSecretValue (JSON 1.1 protocol), for the functions' SDK clients: the local
     * stand-in for the template's secrets, so the functions read them exactly as on AWS.
     */
    private HttpFront.Response getSecretValue(HttpFront.Request request) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Content-Type", "application/x-amz-json-1.1");
        try {
            if (!"secretsmanager.GetSecretValue".equals(request.header("x-amz-target"))) {
                return awsError(400, "InvalidRequestException", "only GetSecretValue is served locally", headers);
            }
            String secretId = JSON.readTree(request.body()).path("SecretId").asText("");
            String value = secretsByArn.get(secretId);
            if (value == null) {
                return awsError(400, "ResourceNotFoundException", "Secrets Manager can't find the specified secret.", headers);
            }
            Map<String, Object> answer = new LinkedHashMap<>();
            answer.put("ARN", secretId);
            answer.put("Name", secretId.substring(secretId.lastIndexOf(':') + 1));
            answer.put("SecretString", value);
            answer.put("VersionId", "00000000-0000-0000-0000-000000000001");
            answer.put("VersionStages", List.of("AWSCURRENT"));
            answer.put("CreatedDate", 1.7e9);
            return new HttpFront.Response(200, headers, List.of(), HttpFront.json(answer).getBytes(StandardCharsets.UTF_8));
        } catch (Exception e) {
            return awsError(400, "InvalidRequestException", "unreadable request", headers);
        }
    }

    private static HttpFront.Response awsError(int status, String type, String message, Map<String, String> headers) {
        return new HttpFront.Response(status, headers, List.of(),
                HttpFront.json(Map.of("__type", type, "message", message)).getBytes(StandardCharsets.UTF_8));
    }

    private static HttpFront.Response invalid(HttpFront.Request request, Language language, List<String> errors) {
        return HttpFront.platformProblem(400, "invalid-request", LocalizedText.of("请求无效", "Invalid request"),
                LocalizedText.of("请求有误：%s。", "The request is invalid: %s.").formatted(String.join("; ", errors)),
                language, request.path(), request.requestId());
    }

    private Map<String, Object> clockView() {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("now", functionClock.instant().toString());
        view.put("offset", functionClock.offset().toString());
        return view;
    }

    private static final String OUT_OF_BOUNDS = "the clock's offset from real time must stay within "
            + LocalClock.MAX_OFFSET.toDays() + " days (about ten years) either way";

    /** {"advance": "P6D"} moves the functions' time forward; {"offset": "PT0S"} sets it (back to real time). */
    private HttpFront.Response moveClock(HttpFront.Request request, Language language) {
        try {
            JsonNode body = JSON.readTree(request.body());
            if (body != null && body.size() == 1 && body.path("advance").isTextual()) {
                Duration by = Duration.parse(body.path("advance").asText());
                if (by.isNegative()) {
                    return invalid(request, language, List.of("advance must not be negative; use offset to go back"));
                }
                if (!LocalClock.withinBounds(functionClock.offset().plus(by))) {
                    return invalid(request, language, List.of(OUT_OF_BOUNDS));
                }
                functionClock.advance(by);
                return HttpFront.Response.json(200, clockView());
            }
            if (body != null && body.size() == 1 && body.path("offset").isTextual()) {
                Duration to = Duration.parse(body.path("offset").asText());
                if (!LocalClock.withinBounds(to)) {
                    return invalid(request, language, List.of(OUT_OF_BOUNDS));
                }
                functionClock.setOffset(to);
                return HttpFront.Response.json(200, clockView());
            }
        } catch (Exception e) {
            // answered below
        }
        return invalid(request, language, List.of("send {\"advance\": \"P6D\"} or {\"offset\": \"PT0S\"} (ISO 8601 durations)"));
    }

    /** The stack's heap in use after a full collection: what a soak watches for growth. */
    private static Map<String, Object> heapAfterFullGc() {
        System.gc();
        Runtime runtime = Runtime.getRuntime();
        Map<String, Object> heap = new LinkedHashMap<>();
        heap.put("usedAfterGcMegabytes", Math.round((runtime.totalMemory() - runtime.freeMemory()) / 1048576.0 * 10) / 10.0);
        heap.put("maxMegabytes", runtime.maxMemory() / 1048576);
        return heap;
    }

    private Map<String, Object> metrics() {
        DynamoDbMeter.Snapshot dynamo = DynamoDbMeter.snapshot();
        Map<String, Object> metrics = new LinkedHashMap<>();
        Map<String, Object> dynamoView = new LinkedHashMap<>();
        dynamoView.put("writeRequests", dynamo.writeRequests());
        dynamoView.put("writeCapacityUnits", dynamo.writeCapacityUnits());
        dynamoView.put("readRequests", dynamo.readRequests());
        dynamoView.put("readCapacityUnits", dynamo.readCapacityUnits());
        dynamoView.put("byOperation", dynamo.byOperation());
        metrics.put("dynamodb", dynamoView);
        metrics.put("streams", streamStats.get());
        metrics.put("faultsInjected", faultsInjected.get());
        return metrics;
    }
}
