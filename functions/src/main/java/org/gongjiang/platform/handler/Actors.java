package org.gongjiang.platform.handler;

import org.gongjiang.platform.model.PlatformMessages;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.gongjiang.platform.model.Actor;
import org.gongjiang.platform.model.Role;
import org.gongjiang.platform.model.UnauthenticatedException;

/** The actor of a request, from the claims of the token API Gateway's JWT authorizer verified. */
public final class Actors {

    private Actors() {
    }

    public static Actor of(ApiRequest request) {
        String subject = request.claim("sub").filter(s -> !s.isBlank()).orElseThrow(() -> new UnauthenticatedException(
                PlatformMessages.LOGIN_FIRST.text()));
        String issuer = request.claim("iss").orElse("");
        Set<Role> roles = EnumSet.noneOf(Role.class);
        request.claim("groups").or(() -> request.claim("cognito:groups"))
                .ifPresent(groups -> parseGroups(groups).forEach(group -> Role.ofGroup(group).ifPresent(roles::add)));
        Optional<String> creditCode = request.claim("creditCode").filter(c -> !c.isBlank());
        return new Actor(issuer, subject, roles, creditCode);
    }

    /**
     * API Gateway hands array claims to the function as one string, {@code [admin reviewer]}; some
     * providers send a JSON array or a comma-separated list instead. All three read the same.
     */
    public static Set<String> parseGroups(String claim) {
        String inner = claim.trim();
        if (inner.startsWith("[") && inner.endsWith("]")) {
            inner = inner.substring(1, inner.length() - 1);
        }
        Set<String> groups = new java.util.LinkedHashSet<>();
        for (String part : inner.split("[\\s,]+")) {
            String group = part.replace("\"", "").trim();
            if (!group.isEmpty()) {
                groups.add(group);
            }
        }
        return groups;
    }
}
