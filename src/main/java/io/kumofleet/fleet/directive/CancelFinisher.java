package io.kumofleet.fleet.directive;

import io.kumofleet.fanout.FanoutExecutor;
import io.kumofleet.fanout.FleetNode;
import io.kumofleet.fanout.NodeOutcome;
import io.kumofleet.fleet.NodeInventory;
import io.kumofleet.fleet.NodeResult;
import io.kumofleet.fleet.audit.AuditLog;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
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
    private final Clock clock;

    CancelFinisher(NodeInventory inventory, FanoutExecutor fanout, NodeStateStore nodeStates, AuditLog audit,
            Clock clock) {
        this.inventory = inventory;
        this.fanout = fanout;
        this.nodeStates = nodeStates;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Returns how many of its nodes are still out of step afterwards: those the cancel failed on. A
     * node's leftover rule is removed, or, where another active directive with the same criteria
     * still needs it, replaced by that one's.
     */
    int finishCancel(StoredDirective d, List<StoredDirective> active, Map<String, NodeRuleList> rulesByNode) {
        Map<String, UUID> leftovers = QuarkusTransaction.requiringNew().call(() -> leftovers(d, rulesByNode));
        if (leftovers.isEmpty()) {
            return 0;
        }
        Instant now = clock.instant();
        Map<String, RuleStep> steps = new HashMap<>();
        leftovers.forEach((node, ruleId) -> {
            RuleGroup rest = RuleGroup.on(node, d.spec().criteria(), active, now);
            steps.put(node, rest.carrier().<RuleStep>map(next -> new RuleStep.Send(next, rest.ids()))
                    .orElse(new RuleStep.Remove(ruleId)));
        });
        List<FleetNode> nodes = inventory.all().stream().filter(n -> steps.containsKey(n.name())).toList();
        var result = fanout.runInBackground(nodes, "cancel-" + d.spec().kind().label(),
                node -> steps.get(node.name()).run(node.client(), d.spec().kind())).await().indefinitely();
        nodeStates.recordSteps(d.id(), true, steps, result.outcomes());
        List<NodeResult> outcomes = result.outcomes().stream()
                .map(o -> NodeResult.of(o, done -> RuleStep.ended(o.node(), steps.get(o.node()), done,
                        leftovers.get(o.node()))))
                .toList();
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
