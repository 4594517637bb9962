package io.kumofleet.fleet;

import io.kumofleet.security.Role;
import io.quarkus.arc.Arc;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Optional;

/** Who is making the current change: the authenticated principal, for the audit trail and role checks. */
@ApplicationScoped
public class CurrentActor {

    /** The actor outside an authenticated request; the HTTP permissions never let one reach a change. */
    public static final String ANONYMOUS = "anonymous";

    private final SecurityIdentity identity;

    public CurrentActor(SecurityIdentity identity) {
        this.identity = identity;
    }

    /** The principal's name: an API token's name, or the OIDC token's principal claim. */
    public String name() {
        return current().map(id -> id.getPrincipal().getName()).orElse(ANONYMOUS);
    }

    /** The highest role the caller holds, if any. */
    public Optional<Role> role() {
        return current().flatMap(id -> Arrays.stream(Role.values())
                .filter(role -> id.hasRole(role.label()))
                .max(Comparator.naturalOrder()));
    }

    /** Whether the caller holds {@code needed} or a role that includes it. */
    public boolean has(Role needed) {
        return role().filter(held -> held.includes(needed)).isPresent();
    }

    private Optional<SecurityIdentity> current() {
        // Background work (reconciler, schedules) runs outside any request and acts under its own name.
        if (!Arc.container().requestContext().isActive() || identity.isAnonymous()) {
            return Optional.empty();
        }
        return Optional.of(identity);
    }
}
