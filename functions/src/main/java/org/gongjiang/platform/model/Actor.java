package org.gongjiang.platform.model;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Who makes a request: the login's issuer and subject, its staff roles, and for enterprise clerks the
 * credit code of their enterprise when the login provider asserts it (claim {@code creditCode}).
 */
public record Actor(String issuer, String subject, Set<Role> roles, Optional<String> creditCode) {

    public Actor {
        roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    /** Refuses (403) unless the actor has one of {@code roles}. */
    public void require(Role... allowed) {
        if (Arrays.stream(allowed).noneMatch(this::has)) {
            String groups = String.join(", ", Arrays.stream(allowed).map(Role::group).toList());
            throw new ForbiddenException("role-required", PlatformMessages.ROLE_REQUIRED_TITLE.text(),
                    PlatformMessages.ROLE_REQUIRED_DETAIL.text(groups),
                    Map.of("requiredRoles", Arrays.stream(allowed).map(Role::group).toList()));
        }
    }

    /** A readable name of the actor for the audit trail (staff accounts are accountable by name). */
    public String auditName() {
        return subject;
    }
}
