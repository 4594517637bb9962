package io.kumofleet.fleet.directive;

import io.kumofleet.fanout.FanoutAdmission;
import io.kumofleet.fanout.FanoutExecutor;
import io.kumofleet.fanout.FanoutResult;
import io.kumofleet.fanout.FleetNode;
import io.kumofleet.fanout.NodeOutcome;
import io.kumofleet.fleet.NodeInventory;
import io.kumofleet.fleet.NodeResult;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Starts and ends directives on their nodes so that each node holds one rule per criteria exactly
 * while a directive in force needs it, until the latest end among them: a shorter directive never
 * cuts a longer one short, and ending one never ends what another still needs.
 */
@ApplicationScoped
class SharedRules {

    private final NodeInventory inventory;
    private final FanoutExecutor fanout;
    private final DirectiveStore store;
    private final NodeStateStore nodeStates;
    private final Clock clock;

    SharedRules(NodeInventory inventory, FanoutExecutor fanout, DirectiveStore store, NodeStateStore nodeStates,
            Clock clock) {
        this.inventory = inventory;
        this.fanout = fanout;
        this.store = store;
        this.nodeStates = nodeStates;
        this.clock = clock;
    }

    /** The step each of a just-stored directive's nodes needs, from what is in force now. */
    Map<String, RuleStep> planStart(StoredDirective started) {
        List<StoredDirective> active = store.active(started.spec().kind(), started.spec().criteria());
        Instant now = clock.instant();
        Map<String, RuleStep> steps = new LinkedHashMap<>();
        for (StoredDirective.NodeRow row : started.nodes()) {
            RuleGroup group = RuleGroup.on(row.node(), started.spec().criteria(), active, now);
            steps.put(row.node(), RuleStep.toStart(started, group, row.node()));
        }
        return steps;
    }

    /** Puts a just-stored directive in force on its nodes, in the caller's fan-out place. */
    List<NodeResult> start(FanoutAdmission admission, StoredDirective started) {
        Map<String, RuleStep> steps = planStart(started);
        FanoutResult<RuleStep.Done> result = fanout.run(admission, nodes(steps), "apply-" + started.spec().kind().label(),
                node -> steps.get(node.name()).run(node.client(), started.spec().kind())).await().indefinitely();
        return recordStarted(started.id(), steps, result.outcomes());
    }

    /** Records what each node did with a directive's start steps; returns each node's result. */
    List<NodeResult> recordStarted(String id, Map<String, RuleStep> steps,
            List<NodeOutcome<RuleStep.Done>> outcomes) {
        nodeStates.recordSteps(id, false, steps, outcomes);
        return outcomes.stream()
                .map(o -> NodeResult.of(o, done -> RuleStep.started(o.node(), steps.get(o.node()), done, id)))
                .toList();
    }

    /**
     * Ends a directive (already marked ended) on the nodes that got its rule, in the caller's
     * fan-out place: each node's rule is removed, re-sent with the next latest end, or left alone.
     */
    List<NodeResult> end(FanoutAdmission admission, StoredDirective ended) {
        List<StoredDirective> active = store.active(ended.spec().kind(), ended.spec().criteria());
        Instant now = clock.instant();
        Map<String, RuleStep> steps = new LinkedHashMap<>();
        Map<String, UUID> formerRules = new LinkedHashMap<>();
        List<NodeResult> results = new ArrayList<>();
        for (StoredDirective.NodeRow row : ended.nodes()) {
            if (row.ruleId() == null) {
                nodeStates.recordCancelled(ended.id(), row.node());
                results.add(new NodeResult(row.node(), "skipped", null, null, "the rule never reached this node"));
                continue;
            }
            formerRules.put(row.node(), row.ruleId());
            steps.put(row.node(), RuleStep.toEnd(ended, row.ruleId(),
                    RuleGroup.on(row.node(), ended.spec().criteria(), active, now)));
        }
        FanoutResult<RuleStep.Done> result = fanout.run(admission, nodes(steps), "cancel-" + ended.spec().kind().label(),
                node -> steps.get(node.name()).run(node.client(), ended.spec().kind())).await().indefinitely();
        nodeStates.recordSteps(ended.id(), true, steps, result.outcomes());
        List<NodeResult> answered = result.outcomes().stream()
                .map(o -> NodeResult.of(o, done -> RuleStep.ended(o.node(), steps.get(o.node()), done,
                        formerRules.get(o.node()))))
                .toList();
        List<NodeResult> all = new ArrayList<>(answered);
        all.addAll(results);
        return all;
    }

    private List<FleetNode> nodes(Map<String, RuleStep> steps) {
        return inventory.all().stream().filter(n -> steps.containsKey(n.name())).toList();
    }
}
