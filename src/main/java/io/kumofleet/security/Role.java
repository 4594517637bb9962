package io.kumofleet.security;

import java.util.Locale;

/**
 * What a caller of the gateway may do; each role includes the ones before it. The HTTP permissions
 * in application.properties give each method and path its least role; {@link FleetWideGuard} asks
 * for {@link #ADMIN} where a change would reach every node or every message at once.
 */
public enum Role {
    /** Reads nodes, directives, schedules, summaries and the audit trail. */
    VIEWER,
    /** Also creates and cancels directives and schedules, and sets log filters on some nodes. */
    OPERATOR,
    /** Also makes changes that reach every node or every message at once. */
    ADMIN;

    /** The role's name in configuration, tokens and HTTP policies: {@code viewer}, {@code operator}, {@code admin}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Whether a caller holding this role may do what {@code needed} allows. */
    public boolean includes(Role needed) {
        return compareTo(needed) >= 0;
    }
}
