package io.kumofleet.fleet.directive;

import java.util.UUID;

/**
 * A rule as one node lists it, whatever its kind: id, reason, criteria and remaining time.
 * {@code name} is the ready-queue name of a ready-queue suspension.
 */
public record NodeRule(
        UUID id,
        String reason,
        String campaign,
        String tenant,
        String domain,
        String routingDomain,
        String name,
        String remaining) {

    /** The fleet directive that owns this rule, if the gateway made it. */
    public java.util.Optional<String> fleetId() {
        return FleetTag.idIn(reason);
    }

    /** True when this rule has the criteria of {@code c}, so kumod would replace one with the other. */
    boolean sameCriteriaAs(Criteria c) {
        if (c.readyQueue() != null) {
            return c.readyQueue().equals(name);
        }
        boolean byQueueNames = c.queueNames() != null && !c.queueNames().isEmpty();
        // kumod's lists omit queue_names, so a queue-name rule lists with every criterion null.
        return byQueueNames
                ? campaign == null && tenant == null && domain == null && routingDomain == null
                : java.util.Objects.equals(campaign, c.campaign()) && java.util.Objects.equals(tenant, c.tenant())
                        && java.util.Objects.equals(domain, c.domain())
                        && java.util.Objects.equals(routingDomain, c.routingDomain());
    }
}
