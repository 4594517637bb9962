package io.kumofleet.fleet.directive;

import io.kumofleet.fanout.FanoutExecutor;
import io.kumofleet.fanout.FanoutResult;
import io.kumofleet.fanout.FleetNode;
import io.kumofleet.fanout.NodeFailure;
import io.kumofleet.fanout.NodeOutcome;
import io.kumofleet.fleet.NodeInventory;
import io.kumofleet.fleet.audit.AuditLog;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Keeps an active directive on its nodes: records what each node's list shows of it, and re-applies
 * it (with its original end) where a node lost it or had it replaced.
 */
@ApplicationScoped
class Reapplier {

    private final NodeInventory inventory;
    private final FanoutExecutor fanout;
    private final NodeStateStore nodeStates;
    private final AuditLog audit;
    private final Clock clock;
    private final MeterRegistry registry;

    Reapplier(NodeInventory inventory, FanoutExecutor fanout, NodeStateStore nodeStates, AuditLog audit, Clock clock,
            MeterRegistry registry) {
        this.inventory = inventory;
        this.fanout = fanout;
        this.nodeStates = nodeStates;
        this.audit = audit;
        this.clock = clock;
        this.registry = registry;
    }

    /** Returns how many of the directive's nodes are still out of step afterwards. */
    int keepApplied(StoredDirective d, List<StoredDirective> active, Map<String, NodeRuleList> rulesByNode,
            Map<String, NodeFailure> failedNodes, Map<String, Duration> timeouts) {
        // Node calls happen outside transactions; what they showed is written in one per step.
        Map<String, String> waiting = new LinkedHashMap<>();
        Map<String, String> missing = QuarkusTransaction.requiringNew().call(
                () -> recordChecks(d, active, rulesByNode, failedNodes, timeouts, waiting));
        int unreachable = (int) d.nodes().stream().filter(n -> failedNodes.containsKey(n.node())).count();
        if (missing.isEmpty() || !d.spec().expires().isAfter(clock.instant())) {
            return missing.size() + waiting.size() + unreachable;
        }
        return reapply(d, missing) + waiting.size() + unreachable;
    }

    /**
     * Records what each node's list shows of the directive; returns the nodes that lack its rule,
     * and why. Where another active directive with the same criteria ends later, the node's rule is
     * that one's: the directive is in step when the node holds it, and waits for it otherwise.
     */
    private Map<String, String> recordChecks(StoredDirective d, List<StoredDirective> active,
            Map<String, NodeRuleList> rulesByNode, Map<String, NodeFailure> failedNodes,
            Map<String, Duration> timeouts, Map<String, String> waiting) {
        Instant now = clock.instant();
        Map<String, String> missing = new LinkedHashMap<>();
        for (StoredDirective.NodeRow row : d.nodes()) {
            if (failedNodes.containsKey(row.node())) {
                if (failedNodes.get(row.node()).kind() != NodeFailure.Kind.BACKED_OFF) {
                    nodeStates.recordFailed(d.id(), row.node(), failedNodes.get(row.node()));
                }
                continue;
            }
            NodeRuleList list = rulesByNode.get(row.node());
            if (list == null) {
                continue;
            }
            StoredDirective carrier = RuleGroup.on(row.node(), d.spec().criteria(), active, now).carrier().orElse(d);
            if (!carrier.id().equals(d.id())) {
                NodeRule shared = list.byFleetId().get(carrier.id());
                if (shared != null) {
                    nodeStates.recordApplied(d.id(), row.node(), shared.id(), false);
                } else {
                    String why = "waiting for the rule of " + carrier.id() + ", which ends later";
                    nodeStates.recordAbsent(d.id(), row.node(), why);
                    waiting.put(row.node(), why);
                }
                continue;
            }
            NodeRule ours = list.byFleetId().get(d.id());
            if (ours != null) {
                nodeStates.recordApplied(d.id(), row.node(), ours.id(), false);
            } else if (row.state() == NodeState.PENDING
                    && d.createdAt().plus(timeouts.getOrDefault(row.node(), Duration.ZERO)).isAfter(clock.instant())) {
                // its creator may still be sending it (a schedule firing does not wait for its nodes): not twice
                continue;
            } else {
                String why = list.rules().stream().filter(r -> r.sameCriteriaAs(d.spec().criteria())).findFirst()
                        .map(r -> r.fleetId().filter(id -> active.stream().anyMatch(a -> a.id().equals(id)))
                                .map(id -> "the node's rule ends with " + id + ", sooner than this one")
                                .orElse("replaced on the node by rule " + r.id() + " (reason: " + r.reason() + ")"))
                        .orElse(row.state() == NodeState.PENDING || row.ruleId() == null
                                ? "never applied"
                                : "missing on the node (restarted, or removed by hand)");
                nodeStates.recordAbsent(d.id(), row.node(), why);
                missing.put(row.node(), why);
            }
        }
        return missing;
    }

    private int reapply(StoredDirective d, Map<String, String> missing) {
        List<FleetNode> nodes = inventory.all().stream().filter(n -> missing.containsKey(n.name())).toList();
        FanoutResult<UUID> result = fanout.runInBackground(nodes, "reapply-" + d.spec().kind().label(),
                node -> NodeRules.apply(node.client(), d.spec(), d.id())).await().indefinitely();
        List<Map<String, Object>> events = QuarkusTransaction.requiringNew().call(() -> recordReapplied(d, missing,
                result));
        audit.record(Reconciler.ACTOR, "reapply-" + d.spec().kind().label(), d.id(),
                Map.of("expires", d.spec().expires().toString()), events);
        return (int) events.stream().filter(e -> "failed".equals(e.get("result"))).count();
    }

    private List<Map<String, Object>> recordReapplied(StoredDirective d, Map<String, String> missing,
            FanoutResult<UUID> result) {
        List<Map<String, Object>> events = new ArrayList<>();
        for (NodeOutcome<UUID> outcome : result.outcomes()) {
            Map<String, Object> event = new LinkedHashMap<>();
            event.put("node", outcome.node());
            event.put("why", missing.get(outcome.node()));
            if (outcome instanceof NodeOutcome.Succeeded<UUID> ok) {
                nodeStates.recordApplied(d.id(), ok.node(), ok.value(), true);
                event.put("result", "reapplied");
                event.put("rule_id", ok.value().toString());
                Counter.builder("kumo.fleet.directive.reapplications")
                        .description("Directives re-applied to nodes that lost them or had them replaced")
                        .tags("kind", d.spec().kind().label(), "node", ok.node())
                        .register(registry).increment();
            } else {
                NodeFailure failure = ((NodeOutcome.Failed<UUID>) outcome).failure();
                nodeStates.recordFailed(d.id(), outcome.node(), failure);
                event.put("result", "failed");
                event.put("message", failure.message());
            }
            events.add(event);
        }
        return events;
    }
}
