package org.gongjiang.platform.handler;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.Base64;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.gongjiang.platform.aws.Environment;
import org.gongjiang.platform.model.Actor;
import org.gongjiang.platform.model.PlatformMessages;
import org.gongjiang.platform.model.Role;
import org.gongjiang.platform.model.UnauthenticatedException;

/**
 * The actor of a request, from the token API Gateway's JWT authorizer verified, read with its claims'
 * JSON types.
 *
 * <p>The authorizer hands the function its claims flattened to strings: an array {@code ["admin",
 * "reviewer"]} arrives as {@code [admin reviewer]}, exactly as a string claim {@code "[admin
 * reviewer]"} would, and the number {@code 123} as the string {@code "123"}. So the function reads the
 * claims from the token itself, the {@code Authorization} header the authorizer verified (its payload
 * is base64url JSON; the signature was checked by the authorizer, on this very header), and takes the
 * authorizer's flattened {@code sub} and {@code iss} as the proof that it did: they must be there and
 * equal the token's, else the request is refused as unauthenticated.
 *
 * <ul>
 *   <li>{@code sub} must be a non-blank JSON string (OpenID Connect's rule), {@code iss} a string:
 *   {@code 123} and {@code "123"} are not the same login by accident.</li>
 *   <li>Roles come from ONE claim, the function's {@code GROUPS_CLAIM} (template parameter
 *   {@code GroupsClaim}, default {@code groups}), and only when it is a JSON array of strings, each
 *   one exactly a group's name. A string ({@code "admin"}, {@code "voter,admin"}, {@code "[admin
 *   reviewer]"}), an item holding several names ({@code ["voter admin"]}), an array with anything
 *   but strings in it, another claim ({@code cognito:groups}): no role at all, the login is a
 *   voter.</li>
 *   <li>{@code creditCode}, when present and not null, must be a string (a blank one is none);
 *   another type is refused, as the rules that depend on it (whose nominations a clerk shares, who
 *   must stand aside) cannot be applied.</li>
 * </ul>
 */
public final class Actors {

    public static final String DEFAULT_GROUPS_CLAIM = "groups";
    /** The environment variable naming the claim that carries the login's groups. */
    public static final String GROUPS_CLAIM_VARIABLE = "GROUPS_CLAIM";

    private Actors() {
    }

    /** The claim this function reads groups from, as its environment names it (read when the handler is built). */
    public static String configuredGroupsClaim() {
        return Environment.optional(GROUPS_CLAIM_VARIABLE).map(String::trim).filter(name -> !name.isEmpty())
                .orElse(DEFAULT_GROUPS_CLAIM);
    }

    public static Actor of(ApiRequest request) {
        ObjectNode claims = verifiedClaims(request).orElseThrow(Actors::unauthenticated);
        String subject = claims.path("sub").isTextual() ? claims.get("sub").textValue() : null;
        String issuer = claims.path("iss").isTextual() ? claims.get("iss").textValue() : null;
        if (subject == null || subject.isBlank() || issuer == null
                || !request.claim("sub").equals(Optional.of(subject)) || !request.claim("iss").equals(Optional.of(issuer))) {
            throw unauthenticated();
        }
        return new Actor(issuer, subject, roles(claims.get(request.groupsClaim())), creditCode(claims.get("creditCode")));
    }

    /** The roles an exact JSON array of group names grants; anything else grants none. */
    static Set<Role> roles(JsonNode groups) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        if (groups == null || !groups.isArray()) {
            return roles;
        }
        for (JsonNode group : groups) {
            if (!group.isTextual()) {
                return EnumSet.noneOf(Role.class);
            }
            Role.ofGroup(group.textValue()).ifPresent(roles::add);
        }
        return roles;
    }

    private static Optional<String> creditCode(JsonNode claim) {
        if (claim == null || claim.isNull()) {
            return Optional.empty();
        }
        if (!claim.isTextual()) {
            throw unauthenticated();
        }
        return Optional.of(claim.textValue()).filter(code -> !code.isBlank());
    }

    /** The payload of the bearer token, with or without the {@code Bearer} prefix, if it is a JSON object. */
    private static Optional<ObjectNode> verifiedClaims(ApiRequest request) {
        Optional<String> authorization = request.header("authorization").map(String::trim);
        if (authorization.isEmpty()) {
            return Optional.empty();
        }
        String token = authorization.get();
        if (token.regionMatches(true, 0, "Bearer ", 0, 7)) {
            token = token.substring(7).trim();
        }
        String[] parts = token.split("\\.", -1);
        if (parts.length != 3) {
            return Optional.empty();
        }
        try {
            JsonNode payload = Json.MAPPER.readTree(Base64.getUrlDecoder().decode(parts[1]));
            return payload instanceof ObjectNode object ? Optional.of(object) : Optional.empty();
        } catch (IllegalArgumentException | IOException unreadable) {
            return Optional.empty();
        }
    }

    private static UnauthenticatedException unauthenticated() {
        return new UnauthenticatedException(PlatformMessages.LOGIN_FIRST.text());
    }
}
