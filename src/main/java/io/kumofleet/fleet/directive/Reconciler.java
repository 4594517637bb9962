package io.kumofleet.fleet.directive;

import io.kumofleet.fleet.NodeResult;
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
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.jboss.logging.Logger;

/**
 * Keeps every node in step with the fleet's directives: reads each node's rules once per cycle,
 * re-applies a directive (with its original end) where a node lost it or had it replaced, finishes
 * cancellations a node missed, and closes directives whose end has passed.
 */
@ApplicationScoped
public class Reconciler {

    static final String ACTOR = "reconciler";
    private static final Logger LOG = Logger.getLogger(Reconciler.class);

    private final NodeInventory inventory;
    private final FanoutExecutor fanout;
    private final DirectiveStore store;
    private final AuditLog audit;
    private final Clock clock;
    private final MeterRegistry registry;
    private final AtomicInteger outOfStep = new AtomicInteger();

    public Reconciler(NodeInventory inventory, FanoutExecutor fanout, DirectiveStore store, AuditLog audit,
            Clock clock, MeterRegistry registry) {
        this.inventory = inventory;
        this.fanout = fanout;
        this.store = store;
        this.audit = audit;
        this.clock = clock;
        this.registry = registry;
        registry.gauge("kumo.fleet.directive.nodes.out.of.step", outOfStep);
    }

    @Scheduled(every = "${kumo.fleet.reconcile-interval}", delayed = "${kumo.fleet.reconcile-interval}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        try {
            reconcile();
        } catch (RuntimeException e) {
            LOG.error("reconciliation cycle failed; trying again next cycle", e);
        }
    }

    /** One full cycle; returns how many (directive, node) pairs are still out of step afterwards. */
    public int reconcile() {
        store.expireDue();
        Map<DirectiveKind, List<StoredDirective>> byKind = new EnumMap<>(DirectiveKind.class);
        store.needingReconciliation().forEach(d -> byKind.computeIfAbsent(d.spec().kind(), k -> new ArrayList<>()).add(d));
        int behind = 0;
        for (var entry : byKind.entrySet()) {
            behind += reconcile(entry.getKey(), entry.getValue());
        }
        outOfStep.set(behind);
        return behind;
    }

    private int reconcile(DirectiveKind kind, List<StoredDirective> directives) {
        Map<String, Duration> timeouts = new HashMap<>();
        inventory.all().forEach(n -> timeouts.put(n.name(), n.client().endpoint().timeout()));
        Set<String> involved = new LinkedHashSet<>();
        directives.forEach(d -> d.nodes().forEach(n -> involved.add(n.node())));
        List<FleetNode> nodes = inventory.all().stream().filter(n -> involved.contains(n.name())).toList();
        FanoutResult<List<NodeRule>> lists = fanout.runInBackground(nodes, "list-" + kind.label(),
                node -> NodeRules.list(node.client(), kind)).await().indefinitely();
        Map<String, NodeList> rulesByNode = new HashMap<>();
        Map<String, NodeFailure> failedNodes = new HashMap<>();
        for (NodeOutcome<List<NodeRule>> outcome : lists.outcomes()) {
            if (outcome instanceof NodeOutcome.Succeeded<List<NodeRule>> ok) {
                rulesByNode.put(ok.node(), NodeList.of(ok.value()));
            } else {
                failedNodes.put(outcome.node(), ((NodeOutcome.Failed<List<NodeRule>>) outcome).failure());
            }
        }
        int behind = 0;
        for (StoredDirective directive : directives) {
            behind += directive.state() == DirectiveState.ACTIVE
                    ? keepApplied(directive, rulesByNode, failedNodes, timeouts)
                    : finishCancel(directive, rulesByNode);
        }
        return behind;
    }

    /**
     * One node's list of a kind, with the rules the gateway made by fleet id: lists run to thousands
     * of rules, and every directive looks for its own in them.
     */
    private record NodeList(List<NodeRule> rules, Map<String, NodeRule> byFleetId) {
        static NodeList of(List<NodeRule> rules) {
            Map<String, NodeRule> byFleetId = new HashMap<>();
            rules.forEach(rule -> rule.fleetId().ifPresent(id -> byFleetId.putIfAbsent(id, rule)));
            return new NodeList(rules, byFleetId);
        }
    }

    private int keepApplied(StoredDirective d, Map<String, NodeList> rulesByNode,
            Map<String, NodeFailure> failedNodes, Map<String, Duration> timeouts) {
        // Node calls happen outside transactions; what they showed is written in one per step.
        Map<String, String> missing = QuarkusTransaction.requiringNew().call(
                () -> recordChecks(d, rulesByNode, failedNodes, timeouts));
        int unreachable = (int) d.nodes().stream().filter(n -> failedNodes.containsKey(n.node())).count();
        if (missing.isEmpty() || !d.spec().expires().isAfter(clock.instant())) {
            return missing.size() + unreachable;
        }
        return reapply(d, missing) + unreachable;
    }

    /** Records what each node's list shows of the directive; returns the nodes that lack it, and why. */
    private Map<String, String> recordChecks(StoredDirective d, Map<String, NodeList> rulesByNode,
            Map<String, NodeFailure> failedNodes, Map<String, Duration> timeouts) {
        Map<String, String> missing = new LinkedHashMap<>();
        for (StoredDirective.NodeRow row : d.nodes()) {
            if (failedNodes.containsKey(row.node())) {
                if (failedNodes.get(row.node()).kind() != NodeFailure.Kind.BACKED_OFF) {
                    store.recordFailed(d.id(), row.node(), failedNodes.get(row.node()));
                }
                continue;
            }
            NodeList list = rulesByNode.get(row.node());
            if (list == null) {
                continue;
            }
            NodeRule ours = list.byFleetId().get(d.id());
            if (ours != null) {
                store.recordApplied(d.id(), row.node(), ours.id(), false);
            } else if (row.state() == NodeState.PENDING
                    && d.createdAt().plus(timeouts.getOrDefault(row.node(), Duration.ZERO)).isAfter(clock.instant())) {
                // its creator may still be sending it (a schedule firing does not wait for its nodes): not twice
                continue;
            } else {
                String why = list.rules().stream().filter(r -> r.sameCriteriaAs(d.spec().criteria())).findFirst()
                        .map(r -> "replaced on the node by rule " + r.id() + " (reason: " + r.reason() + ")")
                        .orElse(row.state() == NodeState.PENDING || row.ruleId() == null
                                ? "never applied"
                                : "missing on the node (restarted, or removed by hand)");
                store.recordAbsent(d.id(), row.node(), why);
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
        audit.record(ACTOR, "reapply-" + d.spec().kind().label(), d.id(),
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
                store.recordApplied(d.id(), ok.node(), ok.value(), true);
                event.put("result", "reapplied");
                event.put("rule_id", ok.value().toString());
                Counter.builder("kumo.fleet.directive.reapplications")
                        .description("Directives re-applied to nodes that lost them or had them replaced")
                        .tags("kind", d.spec().kind().label(), "node", ok.node())
                        .register(registry).increment();
            } else {
                NodeFailure failure = ((NodeOutcome.Failed<UUID>) outcome).failure();
                store.recordFailed(d.id(), outcome.node(), failure);
                event.put("result", "failed");
                event.put("message", failure.message());
            }
            events.add(event);
        }
        return events;
    }

    private int finishCancel(StoredDirective d, Map<String, NodeList> rulesByNode) {
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
                        store.recordCancelled(d.id(), outcome.node());
                    }
                    return NodeResult.of(outcome, answer -> new NodeResult(outcome.node(), "cancelled",
                            leftovers.get(outcome.node()).toString(), null, answer.message()));
                }).toList());
        audit.record(ACTOR, "finish-cancel-" + d.spec().kind().label(), d.id(), Map.of("id", d.id()), outcomes);
        return result.failures().size();
    }

    /** The nodes still holding a cancelled directive's rule; nodes seen without it are recorded as cancelled. */
    private Map<String, UUID> leftovers(StoredDirective d, Map<String, NodeList> rulesByNode) {
        Map<String, UUID> leftovers = new HashMap<>();
        for (StoredDirective.NodeRow row : d.nodes()) {
            NodeList list = rulesByNode.get(row.node());
            if (list == null || row.state() == NodeState.CANCELLED) {
                continue;
            }
            Optional.ofNullable(list.byFleetId().get(d.id()))
                    .ifPresentOrElse(r -> leftovers.put(row.node(), r.id()),
                            () -> store.recordCancelled(d.id(), row.node()));
        }
        return leftovers;
    }
}
