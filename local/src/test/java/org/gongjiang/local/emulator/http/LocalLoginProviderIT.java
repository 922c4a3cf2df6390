package org.gongjiang.local.emulator.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import org.gongjiang.acceptance.support.Http;
import org.gongjiang.acceptance.support.SharedDeployment;
import org.gongjiang.local.LocalDeployment;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The local stack as an OpenID Connect provider: the authorization code flow with PKCE over HTTP. */
class LocalLoginProviderIT {

    private static final String VERIFIER = "a".repeat(20) + "-verifier-of-forty-three-chars";
    private static Http http;
    private static String origin;

    @BeforeAll
    static void start() {
        LocalDeployment stack = SharedDeployment.get();
        http = new Http(stack.url());
        origin = stack.url();
    }

    private static String s256(String verifier) throws Exception {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString(MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII)));
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static String authorization(String challenge, String redirect) {
        return "response_type=code&client_id=" + LocalDeployment.LOCAL_AUDIENCE + "&redirect_uri=" + enc(redirect)
                + "&scope=openid&state=st-1&nonce=n-1&code_challenge=" + challenge + "&code_challenge_method=S256";
    }

    /** Submits the authorize form as the page's browser would and answers the code it was redirected with. */
    private static String code(String challenge, String subject, String groups) {
        Http.Response answer = http.post("/local/oidc/authorize",
                authorization(challenge, origin + "/login/callback.html") + "&subject=" + enc(subject) + groups,
                "Content-Type", "application/x-www-form-urlencoded");
        assertEquals(302, answer.status(), answer.body());
        URI location = URI.create(answer.header("location"));
        assertTrue(location.toString().startsWith(origin + "/login/callback.html?code="), location.toString());
        assertTrue(location.getQuery().endsWith("&state=st-1"), "the state comes back: " + location);
        return location.getQuery().replaceFirst("^code=([^&]+)&.*$", "$1");
    }

    private static Http.Response token(String code, String verifier) {
        return http.post("/local/oidc/token", "grant_type=authorization_code&client_id=" + LocalDeployment.LOCAL_AUDIENCE
                + "&redirect_uri=" + enc(origin + "/login/callback.html") + "&code=" + code + "&code_verifier=" + verifier,
                "Content-Type", "application/x-www-form-urlencoded");
    }

    @Test
    void theDiscoveryDocumentNamesTheIssuerTheApiTrustsAndItsEndpoints() {
        JsonNode discovery = http.get("/local/oidc/.well-known/openid-configuration").json();
        assertEquals(LocalDeployment.LOCAL_ISSUER, discovery.path("issuer").asText());
        assertEquals(origin + "/local/oidc/authorize", discovery.path("authorization_endpoint").asText());
        assertEquals(origin + "/local/oidc/token", discovery.path("token_endpoint").asText());
        assertEquals(200, http.get(URI.create(discovery.path("jwks_uri").asText()).getPath()).status());
        assertEquals("[\"S256\"]", discovery.path("code_challenge_methods_supported").toString());
        JsonNode config = http.get("/config.json").json();
        assertEquals(LocalDeployment.LOCAL_ISSUER, config.path("issuer").asText());
        assertEquals(LocalDeployment.LOCAL_AUDIENCE, config.path("clientId").asText());
        assertEquals(origin + "/local/oidc/.well-known/openid-configuration", config.path("discoveryUrl").asText());
    }

    @Test
    void theCodeFlowWithPkceGivesATokenTheApiAcceptsWithTheGroupsTicked() throws Exception {
        Http.Response form = http.get("/local/oidc/authorize?" + authorization(s256(VERIFIER), origin + "/login/callback.html"));
        assertEquals(200, form.status(), form.body());
        assertTrue(form.body().contains("仅限本地测试") && form.body().contains("Local stack only"), "marked local only");
        assertTrue(!form.body().contains("<script"), "the form has no script");

        String code = code(s256(VERIFIER), "oidc-reviewer", "&group-reviewer=on");
        JsonNode tokens = token(code, VERIFIER).json();
        assertEquals("Bearer", tokens.path("token_type").asText());
        String payload = new String(Base64.getUrlDecoder().decode(tokens.path("id_token").asText().split("\\.")[1]), StandardCharsets.UTF_8);
        assertTrue(payload.contains("\"nonce\":\"n-1\"") && payload.contains("\"sub\":\"oidc-reviewer\""), payload);
        Http.Response ranking = http.get("/v1/campaigns/sichuan-2026/ranking",
                "Authorization", "Bearer " + tokens.path("access_token").asText());
        assertEquals(200, ranking.status(), "the ticked group is a role the API grants: " + ranking.body());

        assertEquals("invalid_grant", token(code, VERIFIER).json().path("error").asText(), "a code is used once");
    }

    @Test
    void aWrongVerifierAMissingChallengeOrAForeignRedirectIsRefused() throws Exception {
        String code = code(s256(VERIFIER), "oidc-voter", "");
        Http.Response wrong = token(code, "b".repeat(43));
        assertEquals(400, wrong.status());
        assertEquals("invalid_grant", wrong.json().path("error").asText());
        assertEquals("invalid_grant", token(code, VERIFIER).json().path("error").asText(), "the code died with the failed attempt");

        Http.Response noPkce = http.get("/local/oidc/authorize?response_type=code&client_id=" + LocalDeployment.LOCAL_AUDIENCE
                + "&redirect_uri=" + enc(origin + "/login/callback.html") + "&scope=openid");
        assertEquals(400, noPkce.status());
        assertTrue(noPkce.body().contains("PKCE"), noPkce.body());
        Http.Response foreign = http.get("/local/oidc/authorize?" + authorization(s256(VERIFIER), "https://evil.example/cb"));
        assertEquals(400, foreign.status());
        Http.Response foreignPost = http.post("/local/oidc/authorize",
                authorization(s256(VERIFIER), "https://evil.example/cb") + "&subject=x", "Content-Type", "application/x-www-form-urlencoded");
        assertEquals(400, foreignPost.status(), "no code is handed to another site");
        assertTrue(foreignPost.header("location") == null);
    }

    @Test
    void thePagesAreServedWithTheDistributionsSecurityHeadersCompressedAndRevalidated() {
        Http.Response page = http.get("/ballot.html", "Accept-Encoding", "gzip");
        assertEquals(200, page.status());
        // the base policy, with the local attachments store added to connect-src (the clerk's uploads)
        assertTrue(page.header("content-security-policy").matches(
                java.util.regex.Pattern.quote(StaticSite.CONTENT_SECURITY_POLICY.substring(0, StaticSite.CONTENT_SECURITY_POLICY.indexOf("connect-src")))
                        + "connect-src 'self' http://[^ ;/]+:[0-9]+; "
                        + java.util.regex.Pattern.quote(StaticSite.CONTENT_SECURITY_POLICY.substring(StaticSite.CONTENT_SECURITY_POLICY.indexOf("font-src")))),
                page.header("content-security-policy"));
        assertTrue(page.header("content-security-policy").contains("script-src 'self';"));
        assertTrue(page.header("content-security-policy").contains("frame-ancestors 'none'"));
        assertNotNull(page.header("strict-transport-security"));
        assertEquals("nosniff", page.header("x-content-type-options"));
        Http.Response script = http.get("/js/i18n.js", "Accept-Encoding", "gzip");
        assertEquals("gzip", script.header("content-encoding"));
        assertEquals(304, http.get("/js/i18n.js", "If-None-Match", script.header("etag")).status());
        for (String escape : new String[] {"/js/../../org/gongjiang/local/LocalDeployment.class", "/docs/../../META-INF/MANIFEST.MF",
                "/js/%2e%2e/%2e%2e/META-INF/MANIFEST.MF"}) {
            int status = http.get(escape).status();
            assertTrue(status == 404 || status == 400, escape + " answered " + status);
        }
        Http.Response folder = http.get("/docs");
        assertEquals(301, folder.status());
        assertEquals("/docs/", folder.header("location"));
        assertTrue(http.get("/vendor/echarts/echarts.min.js").body().length() > 500_000, "ECharts is served from the artefact");
    }
}
