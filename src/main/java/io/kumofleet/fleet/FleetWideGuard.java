package io.kumofleet.fleet;

import io.kumofleet.fanout.FleetNode;
import io.kumofleet.security.Role;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/**
 * The one place that asks for the admin role: before a change that reaches every message or queue
 * ({@code everything: true}) or every node of the fleet at once (no target, or one that selects
 * them all). Operators make the same change on part of the fleet; dry runs ask the same question,
 * so they say whether the real call would be allowed.
 */
@ApplicationScoped
public class FleetWideGuard {

    private final CurrentActor actor;
    private final NodeInventory inventory;

    public FleetWideGuard(CurrentActor actor, NodeInventory inventory) {
        this.actor = actor;
        this.inventory = inventory;
    }

    /**
     * Throws {@link ActionForbiddenException} unless the caller is an admin or the change is limited.
     *
     * @param what the change, as a noun phrase for the message, e.g. {@code a bounce}
     * @param everything whether it matches every message or queue on its nodes
     * @param selected the nodes it would reach
     */
    public void check(String what, boolean everything, List<FleetNode> selected) {
        if (actor.has(Role.ADMIN)) {
            return;
        }
        if (everything) {
            throw forbidden(what + " with everything: true (every message or queue on its nodes) needs the admin "
                    + "role; give criteria instead");
        }
        int total = inventory.all().size();
        if (selected.size() >= total) {
            throw forbidden(what + " on every node at once (this target selects all " + total + " nodes) needs the "
                    + "admin role; select some nodes or tags with target");
        }
    }

    private ActionForbiddenException forbidden(String message) {
        String held = actor.role().map(Role::label).orElse("no role");
        return new ActionForbiddenException(message + " (" + actor.name() + " has " + held + ")");
    }
}
