package io.kumofleet.fleet.directive;

import io.kumofleet.fanout.FanoutExecutor;
import io.kumofleet.fanout.FleetNode;
import io.kumofleet.fleet.NodeInventory;
import io.kumofleet.fleet.NodeResult;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executor;
import java.util.function.Consumer;

/**
 * Makes the directives schedules create: stored under the fleet id the schedule chose, sent without
 * the fan-out limit, and what each node did recorded together with whatever the schedule records.
 */
@ApplicationScoped
public class ScheduledDirectives {

    private final NodeInventory inventory;
    private final FanoutExecutor fanout;
    private final DirectiveStore store;
    private final SharedRules rules;

    public ScheduledDirectives(NodeInventory inventory, FanoutExecutor fanout, DirectiveStore store,
            SharedRules rules) {
        this.inventory = inventory;
        this.fanout = fanout;
        this.store = store;
        this.rules = rules;
    }

    /** A directive a schedule stored, with the nodes its target selected then; send it with {@link #send}. */
    public record Stored(String id, DirectiveSpec spec, List<FleetNode> nodes) {}

    /**
     * Stores a directive a schedule makes, under the fleet id the schedule chose and recorded (so that
     * after a crash it can tell whether the directive exists), in the caller's transaction if there is one.
     */
    public Stored store(DirectiveSpec spec, String scheduleId, String id) {
        List<FleetNode> nodes = inventory.select(spec.target());
        store.create(id, spec, nodes.stream().map(FleetNode::name).toList(), "schedule:" + scheduleId, scheduleId,
                List.of());
        return new Stored(id, spec, nodes);
    }

    /**
     * Puts a stored directive's rule on its nodes, never refused by the fan-out limit; the fan-out
     * starts at once and nothing waits for it. Once every node has answered, what each did is recorded
     * on {@code writers} in one transaction with {@code recordAlongside}; the stage ends with the nodes'
     * results then.
     */
    public CompletionStage<List<NodeResult>> send(Stored directive, Executor writers,
            Consumer<List<NodeResult>> recordAlongside) {
        StoredDirective stored = store.find(directive.spec().kind(), directive.id()).orElseThrow();
        Map<String, RuleStep> steps = rules.planStart(stored);
        return fanout.runScheduled(directive.nodes(), "apply-" + directive.spec().kind().label(),
                        node -> steps.get(node.name()).run(node.client(), directive.spec().kind()))
                .subscribeAsCompletionStage()
                .thenApplyAsync(result -> QuarkusTransaction.requiringNew().call(() -> {
                    List<NodeResult> results = rules.recordStarted(directive.id(), steps, result.outcomes());
                    recordAlongside.accept(results);
                    return results;
                }), writers);
    }

    /** When the directive with this fleet id was stored, if there is one and that schedule made it. */
    public Optional<Instant> createdBy(String id, String scheduleId) {
        return store.createdAt(id, scheduleId);
    }
}
