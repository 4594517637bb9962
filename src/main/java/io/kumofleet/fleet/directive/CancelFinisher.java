package io.kumofleet.fleet.directive;

import io.kumofleet.fanout.FanoutExecutor;
import io.kumofleet.fanout.FleetNode;
import io.kumofleet.fanout.NodeOutcome;
import io.kumofleet.fleet.NodeInventory;
import io.kumofleet.fleet.NodeResult;
import io.kumofleet.fleet.audit.AuditLog;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Finishes a cancelled directive on the nodes that still hold its rule (they missed the cancel). */
@ApplicationScoped
class CancelFinisher {

    private final NodeInventory inventory;
    private final FanoutExecutor fanout;
    private final NodeStateStore nodeStates;
    private final AuditLog audit;

    CancelFinisher(NodeInventory inventory, FanoutExecutor fanout, NodeStateStore nodeStates, AuditLog audit) {
        this.inventory = inventory;
        this.fanout = fanout;
        this.nodeStates = nodeStates;
        this.audit = audit;
    }

    /** Returns how many of its nodes are still out of step afterwards: those the cancel failed on. */
    int finishCancel(StoredDirective d, Map<String, NodeRuleList> rulesByNode) {
        Map<String, UUID> leftovers = QuarkusTransaction.requiringNew().call(() -> leftovers(d, rulesByNode));
        if (leftovers.isEmpty()) {
            return 0;
        }
        List<FleetNode> nodes = inventory.all().stream().filter(n -> leftovers.containsKey(n.name())).toList();
        var result = fanout.runInBackground(nodes, "cancel-" + d.spec().kind().label(),
                node -> NodeRules.cancel(node.client(), d.spec().kind(), leftovers.get(node.name())))
                .await().indefinitely();
        List<NodeResult> outcomes = QuarkusTransaction.requiringNew().call(() -> result.outcomes().stream()
                .map(outcome -> {
                    if (outcome instanceof NodeOutcome.Succeeded) {
                        nodeStates.recordCancelled(d.id(), outcome.node());
                    }
                    return NodeResult.of(outcome, answer -> new NodeResult(outcome.node(), "cancelled",
                            leftovers.get(outcome.node()).toString(), null, answer.message()));
                }).toList());
        audit.record(Reconciler.ACTOR, "finish-cancel-" + d.spec().kind().label(), d.id(), Map.of("id", d.id()), outcomes);
        return result.failures().size();
    }

    /** The nodes still holding a cancelled directive's rule; nodes seen without it are recorded as cancelled. */
    private Map<String, UUID> leftovers(StoredDirective d, Map<String, NodeRuleList> rulesByNode) {
        Map<String, UUID> leftovers = new HashMap<>();
        for (StoredDirective.NodeRow row : d.nodes()) {
            NodeRuleList list = rulesByNode.get(row.node());
            if (list == null || row.state() == NodeState.CANCELLED) {
                continue;
            }
            Optional.ofNullable(list.byFleetId().get(d.id()))
                    .ifPresentOrElse(r -> leftovers.put(row.node(), r.id()),
                            () -> nodeStates.recordCancelled(d.id(), row.node()));
        }
        return leftovers;
    }
}
