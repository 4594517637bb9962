package io.kumofleet.fleet.directive;

import io.kumofleet.kumo.CancelOutcome;
import io.kumofleet.kumo.KumoNodeClient;
import io.kumofleet.kumo.wire.BounceV1Request;
import io.kumofleet.kumo.wire.SuspendReadyQueueV1Request;
import io.kumofleet.kumo.wire.SuspendV1Request;
import io.smallrye.mutiny.Uni;
import java.util.List;
import java.util.UUID;

/** The kumod calls behind each directive kind: put a rule on a node, list a node's rules, cancel one. */
final class NodeRules {

    private NodeRules() {}

    /**
     * Puts the directive's rule on a node with its absolute end, so the node ends it on time even
     * if the gateway is gone, and with the fleet id in the reason.
     */
    static Uni<UUID> apply(KumoNodeClient client, DirectiveSpec spec, String fleetId) {
        Criteria c = spec.criteria();
        String reason = FleetTag.tag(spec.reason(), fleetId);
        List<String> queueNames = c.queueNames() == null || c.queueNames().isEmpty() ? null : c.queueNames();
        return switch (spec.kind()) {
            case BOUNCE -> client.bounce(new BounceV1Request(c.campaign(), c.tenant(), c.domain(), c.routingDomain(),
                            reason, null, spec.expires(), spec.suppressLogging(), queueNames))
                    .map(r -> r.id());
            case SUSPENSION -> client.suspend(new SuspendV1Request(c.campaign(), c.tenant(), c.domain(), reason,
                            null, spec.expires(), queueNames))
                    .map(r -> r.id());
            case READY_QUEUE_SUSPENSION -> client.suspendReadyQueue(
                            new SuspendReadyQueueV1Request(c.readyQueue(), reason, null, spec.expires()))
                    .map(r -> r.id());
        };
    }

    /** Every rule of a kind that a node holds now. */
    static Uni<List<NodeRule>> list(KumoNodeClient client, DirectiveKind kind) {
        return switch (kind) {
            case BOUNCE -> client.bounceList().map(list -> list.stream()
                    .map(e -> new NodeRule(e.id(), e.reason(), e.campaign(), e.tenant(), e.domain(),
                            e.routingDomain(), null, e.duration()))
                    .toList());
            case SUSPENSION -> client.suspendList().map(list -> list.stream()
                    .map(e -> new NodeRule(e.id(), e.reason(), e.campaign(), e.tenant(), e.domain(), null, null,
                            e.duration()))
                    .toList());
            case READY_QUEUE_SUSPENSION -> client.suspendReadyQueueList().map(list -> list.stream()
                    .map(e -> new NodeRule(e.id(), e.reason(), null, null, null, null, e.name(), e.duration()))
                    .toList());
        };
    }

    /** Cancels a rule by the node's id for it; a 404 means it is already gone. */
    static Uni<CancelOutcome> cancel(KumoNodeClient client, DirectiveKind kind, UUID ruleId) {
        return switch (kind) {
            case BOUNCE -> client.bounceCancel(ruleId);
            case SUSPENSION -> client.suspendCancel(ruleId);
            case READY_QUEUE_SUSPENSION -> client.suspendReadyQueueCancel(ruleId);
        };
    }
}
