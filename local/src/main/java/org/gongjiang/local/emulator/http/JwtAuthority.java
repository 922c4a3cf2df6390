package org.gongjiang.local.emulator.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.security.interfaces.RSAPublicKey;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.gongjiang.platform.model.LocalizedText;

/**
 * The local stand-in for the voters' login provider and for API Gateway's JWT authorizer. It signs
 * RS256 tokens with its own key, and verifies a request's bearer token the way an HTTP API JWT
 * authorizer does: signature and key id, {@code exp} in the future, {@code nbf} and {@code iat} not in
 * the future, {@code iss} equal to the configured issuer, and {@code aud} (or {@code client_id}) one of
 * the configured audiences.
 */
public final class JwtAuthority {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder B64_DECODE = Base64.getUrlDecoder();

    private final KeyPair keys;
    private final String keyId;
    private final String issuer;
    private final List<String> audiences;
    private final Clock clock;
    /**
     * Tokens whose signature this authority has verified. The same bytes under the same key verify the same
     * every time, and the key does not change while the stack runs, so each token's RS256 check is made once:
     * it was an eighth of the CPU the stack had in local/floor's pinned layout, where a voter sends one token
     * with each of their votes. Every other check (expiry, nbf, iat, issuer, audience) runs on every request.
     */
    private final Set<String> verifiedSignatures = ConcurrentHashMap.newKeySet();
    private static final int MAX_VERIFIED_SIGNATURES = 20_000;

    public JwtAuthority(KeyPair keys, String keyId, String issuer, List<String> audiences, Clock clock) {
        this.keys = keys;
        this.keyId = keyId;
        this.issuer = issuer;
        this.audiences = List.copyOf(audiences);
        this.clock = clock;
    }

    public static KeyPair newKeys() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    public String issuer() {
        return issuer;
    }

    public List<String> audiences() {
        return audiences;
    }

    /** A token for {@code subject} in {@code groups}, valid for {@code lifetime} (negative: already expired). */
    public String issue(String subject, List<String> groups, Duration lifetime) {
        return issue(subject, groups, Map.of(), lifetime);
    }

    /** The same with further string claims, as a login provider adds them (an enterprise clerk's creditCode). */
    public String issue(String subject, List<String> groups, Map<String, String> extraClaims, Duration lifetime) {
        long now = clock.instant().getEpochSecond();
        ObjectNode header = JSON.createObjectNode().put("alg", "RS256").put("typ", "JWT").put("kid", keyId);
        ObjectNode claims = JSON.createObjectNode()
                .put("iss", issuer)
                .put("sub", subject)
                .put("aud", audiences.getFirst())
                .put("iat", now)
                .put("nbf", now)
                .put("exp", now + lifetime.toSeconds());
        var groupArray = claims.putArray("groups");
        groups.forEach(groupArray::add);
        extraClaims.forEach(claims::put);
        return sign(header, claims);
    }

    /** Signs arbitrary header and claims; tests use it to build tokens the authorizer must refuse. */
    public String sign(ObjectNode header, ObjectNode claims) {
        try {
            String signingInput = B64.encodeToString(JSON.writeValueAsBytes(header)) + "."
                    + B64.encodeToString(JSON.writeValueAsBytes(claims));
            Signature signature = Signature.getInstance("SHA256withRSA");
            signature.initSign(keys.getPrivate());
            signature.update(signingInput.getBytes(StandardCharsets.US_ASCII));
            return signingInput + "." + B64.encodeToString(signature.sign());
        } catch (Exception e) {
            throw new IllegalStateException("cannot sign token", e);
        }
    }

    /** The public key as a JSON Web Key Set, as an OIDC provider publishes it. */
    public Map<String, Object> jwks() {
        RSAPublicKey key = (RSAPublicKey) keys.getPublic();
        Map<String, Object> jwk = new LinkedHashMap<>();
        jwk.put("kty", "RSA");
        jwk.put("use", "sig");
        jwk.put("alg", "RS256");
        jwk.put("kid", keyId);
        jwk.put("n", B64.encodeToString(unsigned(key.getModulus())));
        jwk.put("e", B64.encodeToString(unsigned(key.getPublicExponent())));
        return Map.of("keys", List.of(jwk));
    }

    /**
     * Verifies the Authorization header value. Returns the claims as API Gateway hands them to the
     * function (every value a string, arrays as {@code [a b]}), or why the token is refused.
     */
    public Verification verify(String authorization) {
        if (authorization == null || authorization.isBlank()) {
            return Verification.refused(LocalizedText.of("请求没有 Authorization 头", "no Authorization header"));
        }
        String token = authorization.trim();
        if (token.regionMatches(true, 0, "Bearer ", 0, 7)) {
            token = token.substring(7).trim();
        }
        String[] parts = token.split("\\.", -1);
        if (parts.length != 3) {
            return Verification.refused(LocalizedText.of("凭证不是 JWT", "not a JWT"));
        }
        try {
            JsonNode header = JSON.readTree(B64_DECODE.decode(parts[0]));
            if (!"RS256".equals(header.path("alg").asText()) || !keyId.equals(header.path("kid").asText())) {
                return Verification.refused(LocalizedText.of("凭证的签名密钥或算法不被接受", "unknown signing key or algorithm"));
            }
            if (!verifiedSignatures.contains(token)) {
                Signature signature = Signature.getInstance("SHA256withRSA");
                signature.initVerify(keys.getPublic());
                signature.update((parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII));
                if (!signature.verify(B64_DECODE.decode(parts[2]))) {
                    return Verification.refused(LocalizedText.of("凭证签名无效", "bad signature"));
                }
                if (verifiedSignatures.size() >= MAX_VERIFIED_SIGNATURES) {
                    verifiedSignatures.clear();
                }
                verifiedSignatures.add(token);
            }
            JsonNode claims = JSON.readTree(B64_DECODE.decode(parts[1]));
            long now = clock.instant().getEpochSecond();
            if (!claims.path("exp").isNumber() || claims.path("exp").asLong() <= now) {
                return Verification.refused(LocalizedText.of("凭证已过期", "the token has expired"));
            }
            if (claims.has("nbf") && (!claims.path("nbf").isNumber() || claims.path("nbf").asLong() > now)) {
                return Verification.refused(LocalizedText.of("凭证尚未生效", "the token is not valid yet"));
            }
            if (claims.has("iat") && (!claims.path("iat").isNumber() || claims.path("iat").asLong() > now)) {
                return Verification.refused(LocalizedText.of("凭证的签发时间在未来", "the token was issued in the future"));
            }
            if (!issuer.equals(claims.path("iss").asText(null))) {
                return Verification.refused(LocalizedText.of("凭证的签发方不对", "wrong issuer"));
            }
            if (!audienceMatches(claims)) {
                return Verification.refused(LocalizedText.of("凭证的受众不对", "wrong audience"));
            }
            Map<String, String> flattened = new LinkedHashMap<>();
            claims.fields().forEachRemaining(entry -> flattened.put(entry.getKey(), flatten(entry.getValue())));
            return new Verification(Optional.of(flattened), Optional.empty());
        } catch (Exception e) {
            return Verification.refused(LocalizedText.of("凭证无法解析", "unreadable token"));
        }
    }

    private boolean audienceMatches(JsonNode claims) {
        JsonNode aud = claims.path("aud");
        List<String> presented = aud.isArray()
                ? StreamSupport.stream(aud.spliterator(), false).map(JsonNode::asText).toList()
                : aud.isTextual() ? List.of(aud.asText()) : List.of();
        if (presented.stream().anyMatch(audiences::contains)) {
            return true;
        }
        return claims.path("client_id").isTextual() && audiences.contains(claims.path("client_id").asText());
    }

    /** API Gateway passes JWT claims to the function as strings; arrays become "[a b c]". */
    private static String flatten(JsonNode value) {
        if (value.isArray()) {
            return StreamSupport.stream(value.spliterator(), false).map(JsonNode::asText)
                    .collect(Collectors.joining(" ", "[", "]"));
        }
        return value.isValueNode() ? value.asText() : value.toString();
    }

    private static byte[] unsigned(BigInteger value) {
        byte[] bytes = value.toByteArray();
        return bytes[0] == 0 ? java.util.Arrays.copyOfRange(bytes, 1, bytes.length) : bytes;
    }

    /** The outcome of verifying a token: the claims, or the reason for refusing it. */
    public record Verification(Optional<Map<String, String>> claims, Optional<LocalizedText> refusal) {
        static Verification refused(LocalizedText reason) {
            return new Verification(Optional.empty(), Optional.of(reason));
        }

        public boolean accepted() {
            return claims.isPresent();
        }
    }
}
