package org.gongjiang.platform.model;

import java.util.Optional;

/** The staff groups of the login provider, as the token's {@code groups} claim names them. */
public enum Role {
    ADMIN("admin"),
    REVIEWER("reviewer"),
    EXPERT("expert"),
    ENTERPRISE("enterprise"),
    /** Watches the public vote's integrity: reads alerts, voids and restores votes, suspends voters (never also a reviewer). */
    AUDITOR("auditor");

    private final String group;

    Role(String group) {
        this.group = group;
    }

    public String group() {
        return group;
    }

    public static Optional<Role> ofGroup(String group) {
        for (Role role : values()) {
            if (role.group.equals(group)) {
                return Optional.of(role);
            }
        }
        return Optional.empty();
    }
}
