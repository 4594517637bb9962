package io.kumofleet.fleet.directive;

import io.kumofleet.fanout.FanoutExecutor;
import io.kumofleet.fanout.FleetNode;
import io.kumofleet.fleet.NodeInventory;
import io.kumofleet.fleet.NodeResult;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
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
    private final NodeStateStore nodeStates;

    public ScheduledDirectives(NodeInventory inventory, FanoutExecutor fanout, DirectiveStore store,
            NodeStateStore nodeStates) {
        this.inventory = inventory;
        this.fanout = fanout;
        this.store = store;
        this.nodeStates = nodeStates;
    }

    /** A directive a schedule stored, with the nodes its target selected then; send it with {@link #send}. */
    public record Stored(String id, DirectiveSpec spec, List<FleetNode> nodes) {}

    /**
     * Stores a directive a schedule makes, under the fleet id the schedule chose and recorded (so that
     * after a crash it can tell whether the directive exists), in the caller's transaction if there is one.
     */
    public Stored store(DirectiveSpec spec, String scheduleId, String id) {
        List<FleetNode> nodes = inventory.select(spec.target());
        store.createSuperseding(id, spec, nodes.stream().map(FleetNode::name).toList(), "schedule:" + scheduleId,
                scheduleId);
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
        return fanout.runScheduled(directive.nodes(), "apply-" + directive.spec().kind().label(),
                        node -> NodeRules.apply(node.client(), directive.spec(), directive.id()))
                .subscribeAsCompletionStage()
                .thenApplyAsync(result -> QuarkusTransaction.requiringNew().call(() -> {
                    nodeStates.recordSent(directive.id(), result.outcomes());
                    List<NodeResult> results = result.outcomes().stream().map(NodeRules::applied).toList();
                    recordAlongside.accept(results);
                    return results;
                }), writers);
    }

    /** When the directive with this fleet id was stored, if there is one and that schedule made it. */
    public Optional<Instant> createdBy(String id, String scheduleId) {
        return store.createdAt(id, scheduleId);
    }
}
