package org.gongjiang.local.emulator.http;

import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.gongjiang.nomination.model.CreditCode;
import org.gongjiang.platform.model.Role;

/**
 * The local stack as the campaign's OpenID Connect login provider, so that the pages' login code is the
 * same here as against the deployed provider: a discovery document, an authorization endpoint (here a
 * form where one types a subject and ticks groups, marked as local only), a token endpoint for the
 * authorization code flow with PKCE (S256 only, as public clients must), and the keys the stack already
 * publishes. The tokens are the ones {@code POST /local/tokens} mints, so the API accepts them.
 *
 * <p>Only the stack's own pages may receive codes: a redirect URI must be on the origin the request came
 * to, so the form cannot be used to hand a code to another site.
 */
public final class LocalLoginProvider {

    public static final String PREFIX = "/local/oidc";
    public static final String DISCOVERY_PATH = PREFIX + "/.well-known/openid-configuration";
    public static final String AUTHORIZE_PATH = PREFIX + "/authorize";
    public static final String TOKEN_PATH = PREFIX + "/token";
    static final Duration CODE_LIFETIME = Duration.ofSeconds(120);
    static final Duration TOKEN_LIFETIME = Duration.ofHours(8);
    private static final Pattern SUBJECT = Pattern.compile("[\\p{L}\\p{N}._@:-]{1,64}");
    private static final Pattern PKCE_VERIFIER = Pattern.compile("[A-Za-z0-9._~-]{43,128}");
    private static final Pattern PKCE_CHALLENGE = Pattern.compile("[A-Za-z0-9_-]{43}");
    private static final SecureRandom RANDOM = new SecureRandom();

    private final JwtAuthority authority;
    private final String clientId;
    private final Clock clock;
    private final Map<String, Grant> codes = new ConcurrentHashMap<>();

    public LocalLoginProvider(JwtAuthority authority, String clientId, Clock clock) {
        this.authority = authority;
        this.clientId = clientId;
        this.clock = clock;
    }

    public String clientId() {
        return clientId;
    }

    public static boolean serves(HttpFront.Request request) {
        return request.path().equals(PREFIX) || request.path().startsWith(PREFIX + "/");
    }

    /** What the pages read from {@code /config.json}: who the login provider is and where to find it. */
    public Map<String, Object> pagesConfiguration(HttpFront.Request request) {
        Map<String, Object> configuration = new LinkedHashMap<>();
        configuration.put("issuer", authority.issuer());
        configuration.put("clientId", clientId);
        configuration.put("discoveryUrl", origin(request) + DISCOVERY_PATH);
        configuration.put("scope", "openid");
        configuration.put("localLogin", true);
        return configuration;
    }

    public HttpFront.Response handle(HttpFront.Request request) {
        String route = request.method() + " " + request.path();
        return switch (route) {
            case "GET " + DISCOVERY_PATH -> HttpFront.Response.json(200, discovery(request));
            case "GET " + AUTHORIZE_PATH -> authorizeForm(request, query(request.rawQuery()));
            case "POST " + AUTHORIZE_PATH -> authorize(request, form(request.body()));
            case "POST " + TOKEN_PATH -> token(request, form(request.body()));
            default -> oauthError(404, "not_found", "The local login provider has " + DISCOVERY_PATH + ", "
                    + AUTHORIZE_PATH + " and " + TOKEN_PATH + ".");
        };
    }

    private Map<String, Object> discovery(HttpFront.Request request) {
        String origin = origin(request);
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("issuer", authority.issuer());
        document.put("authorization_endpoint", origin + AUTHORIZE_PATH);
        document.put("token_endpoint", origin + TOKEN_PATH);
        document.put("jwks_uri", origin + "/local/.well-known/jwks.json");
        document.put("response_types_supported", List.of("code"));
        document.put("grant_types_supported", List.of("authorization_code"));
        document.put("subject_types_supported", List.of("public"));
        document.put("id_token_signing_alg_values_supported", List.of("RS256"));
        document.put("scopes_supported", List.of("openid"));
        document.put("token_endpoint_auth_methods_supported", List.of("none"));
        document.put("code_challenge_methods_supported", List.of("S256"));
        document.put("claims_supported", List.of("sub", "groups", "creditCode", "auth_time", "nonce"));
        return document;
    }

    /** The request's parameters as the OAuth rules check them, or the error a browser must be shown. */
    private record AuthorizationRequest(String redirectUri, String state, String codeChallenge, String nonce) {
    }

    private Object check(HttpFront.Request request, Map<String, String> parameters) {
        String redirectUri = parameters.get("redirect_uri");
        if (!clientId.equals(parameters.get("client_id"))) {
            return "client_id must be " + clientId + ".";
        }
        if (redirectUri == null || !redirectsHome(request, redirectUri)) {
            return "redirect_uri must be a page of this stack (" + origin(request) + "/...).";
        }
        if (!"code".equals(parameters.get("response_type"))) {
            return "response_type must be code.";
        }
        if (!"S256".equals(parameters.get("code_challenge_method"))
                || !PKCE_CHALLENGE.matcher(parameters.getOrDefault("code_challenge", "")).matches()) {
            return "PKCE is required: code_challenge (43 base64url characters) with code_challenge_method S256.";
        }
        String scope = parameters.getOrDefault("scope", "");
        if (!List.of(scope.split(" ")).contains("openid")) {
            return "scope must include openid.";
        }
        return new AuthorizationRequest(redirectUri, parameters.get("state"), parameters.get("code_challenge"),
                parameters.get("nonce"));
    }

    private HttpFront.Response authorizeForm(HttpFront.Request request, Map<String, String> parameters) {
        Object checked = check(request, parameters);
        if (checked instanceof String problem) {
            return page(400, errorPage(problem));
        }
        return page(200, formPage(parameters, "", null));
    }

    private HttpFront.Response authorize(HttpFront.Request request, Map<String, String> parameters) {
        Object checked = check(request, parameters);
        if (checked instanceof String problem) {
            return page(400, errorPage(problem));
        }
        AuthorizationRequest authorization = (AuthorizationRequest) checked;
        String subject = parameters.getOrDefault("subject", "").strip();
        if (!SUBJECT.matcher(subject).matches()) {
            return page(400, formPage(parameters, subject, "登录名须为 1–64 个字母、数字或 . _ @ : - / The login name must be 1-64 letters, digits or . _ @ : -"));
        }
        String creditCode = parameters.getOrDefault("creditCode", "").strip();
        if (!creditCode.isEmpty() && CreditCode.problem(creditCode).isPresent()) {
            return page(400, formPage(parameters, subject, "统一社会信用代码无效 / The unified social credit code is invalid"));
        }
        List<String> groups = new ArrayList<>();
        for (Role role : Role.values()) {
            if (parameters.containsKey("group-" + role.group())) {
                groups.add(role.group());
            }
        }
        String code = random(32);
        codes.put(code, new Grant(authorization, subject, groups, creditCode, clock.instant()));
        StringBuilder location = new StringBuilder(authorization.redirectUri())
                .append(authorization.redirectUri().contains("?") ? '&' : '?')
                .append("code=").append(encode(code));
        if (authorization.state() != null) {
            location.append("&state=").append(encode(authorization.state()));
        }
        HttpFront.Response redirect = new HttpFront.Response(302, new LinkedHashMap<>(), List.of(), new byte[0]);
        redirect.headers().put("Location", location.toString());
        redirect.headers().put("Cache-Control", "no-store");
        return redirect;
    }

    private HttpFront.Response token(HttpFront.Request request, Map<String, String> parameters) {
        if (!"authorization_code".equals(parameters.get("grant_type"))) {
            return oauthError(400, "unsupported_grant_type", "grant_type must be authorization_code.");
        }
        if (!clientId.equals(parameters.get("client_id"))) {
            return oauthError(401, "invalid_client", "client_id must be " + clientId + ".");
        }
        // A code is used once, whatever the outcome: a second attempt with the same code always fails.
        Grant grant = parameters.get("code") == null ? null : codes.remove(parameters.get("code"));
        if (grant == null || grant.issuedAt().plus(CODE_LIFETIME).isBefore(clock.instant())) {
            return oauthError(400, "invalid_grant", "The code is unknown, used or expired.");
        }
        if (!grant.request().redirectUri().equals(parameters.get("redirect_uri"))) {
            return oauthError(400, "invalid_grant", "redirect_uri differs from the authorization request's.");
        }
        String verifier = parameters.getOrDefault("code_verifier", "");
        if (!PKCE_VERIFIER.matcher(verifier).matches() || !s256(verifier).equals(grant.request().codeChallenge())) {
            return oauthError(400, "invalid_grant", "code_verifier does not match the code_challenge.");
        }
        Map<String, String> claims = new LinkedHashMap<>();
        claims.put("auth_time", String.valueOf(grant.issuedAt().getEpochSecond()));
        if (!grant.creditCode().isEmpty()) {
            claims.put("creditCode", grant.creditCode());
        }
        String accessToken = authority.issue(grant.subject(), grant.groups(), claims, TOKEN_LIFETIME);
        if (grant.request().nonce() != null) {
            claims.put("nonce", grant.request().nonce());
        }
        String idToken = authority.issue(grant.subject(), grant.groups(), claims, TOKEN_LIFETIME);
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("access_token", accessToken);
        answer.put("id_token", idToken);
        answer.put("token_type", "Bearer");
        answer.put("expires_in", TOKEN_LIFETIME.toSeconds());
        answer.put("scope", "openid");
        HttpFront.Response response = HttpFront.Response.json(200, answer);
        response.headers().put("Pragma", "no-cache");
        return response;
    }

    private record Grant(AuthorizationRequest request, String subject, List<String> groups, String creditCode, Instant issuedAt) {
    }

    private static HttpFront.Response oauthError(int status, String error, String description) {
        return HttpFront.Response.json(status, Map.of("error", error, "error_description", description));
    }

    private static HttpFront.Response page(int status, String html) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Content-Type", "text/html; charset=utf-8");
        headers.put("Cache-Control", "no-store");
        headers.put("Content-Security-Policy", StaticSite.CONTENT_SECURITY_POLICY);
        headers.put("X-Frame-Options", "DENY");
        return new HttpFront.Response(status, headers, List.of(), html.getBytes(StandardCharsets.UTF_8));
    }

    private static final Set<String> CARRIED = Set.of("client_id", "redirect_uri", "response_type", "scope", "state",
            "nonce", "code_challenge", "code_challenge_method");

    private static String formPage(Map<String, String> parameters, String subject, String problem) {
        StringBuilder hidden = new StringBuilder();
        parameters.forEach((name, value) -> {
            if (CARRIED.contains(name)) {
                hidden.append("<input type=\"hidden\" name=\"").append(html(name)).append("\" value=\"").append(html(value))
                        .append("\">\n");
            }
        });
        StringBuilder groups = new StringBuilder();
        for (Role role : Role.values()) {
            groups.append("<label class=\"check\"><input type=\"checkbox\" name=\"group-").append(role.group()).append("\"")
                    .append(parameters.containsKey("group-" + role.group()) ? " checked" : "").append("> ")
                    .append(role.group()).append("</label>\n");
        }
        return """
                <!doctype html>
                <html lang="zh-CN">
                <head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
                <title>本地测试登录 · Local test login</title><link rel="icon" href="/favicon.svg" type="image/svg+xml"><link rel="stylesheet" href="/css/app.css"></head>
                <body class="login-provider">
                <main class="page">
                <p class="local-only" role="note"><strong>仅限本地测试</strong>：这是本地栈自带的登录页，不核验身份。部署后由活动的登录服务（手机号或微信）登录。<br>
                <span lang="en">Local stack only: this login checks nobody. Deployed, the campaign's login provider (phone or WeChat) signs people in.</span></p>
                <h1>本地测试登录 <span lang="en">Local test login</span></h1>
                %s
                <form method="post" action="%s" class="card">
                %s<label for="subject">登录名（sub）<span lang="en">Login name</span></label>
                <input id="subject" name="subject" required maxlength="64" autocomplete="username" value="%s">
                <fieldset><legend>角色（groups）<span lang="en">Roles</span>：不选即为普通投票人 <span lang="en">none: a voter</span></legend>
                %s</fieldset>
                <label for="creditCode">统一社会信用代码（可选，企业账号）<span lang="en">Credit code (optional, enterprise accounts)</span></label>
                <input id="creditCode" name="creditCode" maxlength="18" autocomplete="off">
                <button type="submit" class="primary">登录 <span lang="en">Log in</span></button>
                </form>
                </main>
                </body>
                </html>
                """.formatted(problem == null ? "" : "<p class=\"problem\" role=\"alert\">" + html(problem) + "</p>",
                AUTHORIZE_PATH, hidden, html(subject), groups);
    }

    private static String errorPage(String problem) {
        return """
                <!doctype html>
                <html lang="zh-CN">
                <head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
                <title>登录请求无效 · Invalid login request</title><link rel="icon" href="/favicon.svg" type="image/svg+xml"><link rel="stylesheet" href="/css/app.css"></head>
                <body><main class="page"><h1>登录请求无效 <span lang="en">Invalid login request</span></h1>
                <p class="problem" role="alert">%s</p></main></body>
                </html>
                """.formatted(html(problem));
    }

    private static boolean redirectsHome(HttpFront.Request request, String redirectUri) {
        try {
            URI uri = URI.create(redirectUri);
            return uri.getFragment() == null && redirectUri.startsWith(origin(request) + "/");
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** The origin the browser used: the stack answers on whatever host name it was reached by. */
    static String origin(HttpFront.Request request) {
        String host = request.header("host");
        return "http://" + (host == null || host.isBlank() || host.contains("/") || host.contains(" ") ? "127.0.0.1" : host);
    }

    static Map<String, String> query(String raw) {
        return form(raw == null ? new byte[0] : raw.getBytes(StandardCharsets.UTF_8));
    }

    static Map<String, String> form(byte[] body) {
        Map<String, String> parameters = new LinkedHashMap<>();
        String text = new String(body, StandardCharsets.UTF_8);
        for (String pair : text.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int equals = pair.indexOf('=');
            try {
                String name = URLDecoder.decode(equals < 0 ? pair : pair.substring(0, equals), StandardCharsets.UTF_8);
                String value = equals < 0 ? "" : URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8);
                parameters.putIfAbsent(name, value);
            } catch (IllegalArgumentException e) {
                // a malformed pair is ignored: the checks then find the parameter missing
            }
        }
        return parameters;
    }

    private static String s256(String verifier) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String random(int bytes) {
        byte[] value = new byte[bytes];
        RANDOM.nextBytes(value);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(value);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static String html(String value) {
        return value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;").replace("'", "&#39;");
    }
}
