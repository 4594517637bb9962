package io.kumofleet.fleet.directive;

import io.kumofleet.fanout.FanoutExecutor;
import io.kumofleet.fanout.FanoutResult;
import io.kumofleet.fanout.FleetNode;
import io.kumofleet.fanout.NodeFailure;
import io.kumofleet.fanout.NodeOutcome;
import io.kumofleet.fleet.NodeInventory;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.jboss.logging.Logger;

/**
 * Keeps every node in step with the fleet's directives: reads each node's rules once per cycle,
 * has each active directive kept on its nodes ({@link Reapplier}) and each cancelled one finished
 * where a node missed the cancel ({@link CancelFinisher}), and closes directives whose end has passed.
 */
@ApplicationScoped
public class Reconciler {

    static final String ACTOR = "system:reconciler";
    private static final Logger LOG = Logger.getLogger(Reconciler.class);

    private final NodeInventory inventory;
    private final FanoutExecutor fanout;
    private final DirectiveStore store;
    private final Reapplier reapplier;
    private final CancelFinisher cancelFinisher;
    private final AtomicInteger outOfStep = new AtomicInteger();

    public Reconciler(NodeInventory inventory, FanoutExecutor fanout, DirectiveStore store, Reapplier reapplier,
            CancelFinisher cancelFinisher, MeterRegistry registry) {
        this.inventory = inventory;
        this.fanout = fanout;
        this.store = store;
        this.reapplier = reapplier;
        this.cancelFinisher = cancelFinisher;
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
        Map<String, NodeRuleList> rulesByNode = new HashMap<>();
        Map<String, NodeFailure> failedNodes = new HashMap<>();
        for (NodeOutcome<List<NodeRule>> outcome : lists.outcomes()) {
            if (outcome instanceof NodeOutcome.Succeeded<List<NodeRule>> ok) {
                rulesByNode.put(ok.node(), NodeRuleList.of(ok.value()));
            } else {
                failedNodes.put(outcome.node(), ((NodeOutcome.Failed<List<NodeRule>>) outcome).failure());
            }
        }
        List<StoredDirective> active = directives.stream().filter(d -> d.state() == DirectiveState.ACTIVE).toList();
        int behind = 0;
        for (StoredDirective directive : directives) {
            behind += directive.state() == DirectiveState.ACTIVE
                    ? reapplier.keepApplied(directive, active, rulesByNode, failedNodes, timeouts)
                    : cancelFinisher.finishCancel(directive, active, rulesByNode);
        }
        return behind;
    }
}
