package io.kumofleet.fleet.directive;

import io.kumofleet.fanout.FanoutAdmission;
import io.kumofleet.fanout.FanoutExecutor;
import io.kumofleet.fanout.FanoutResult;
import io.kumofleet.fanout.FleetNode;
import io.kumofleet.fanout.NodeFailure;
import io.kumofleet.fanout.NodeOutcome;
import io.kumofleet.fleet.InvalidRequestException;
import io.kumofleet.fleet.NodeInventory;
import io.kumofleet.fleet.NodeResult;
import io.kumofleet.fleet.audit.AuditLog;
import io.kumofleet.kumo.CancelOutcome;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Creates, lists and cancels fleet directives: stored first, then sent to every target node. */
@ApplicationScoped
public class DirectiveService {

    private final NodeInventory inventory;
    private final FanoutExecutor fanout;
    private final DirectiveStore store;
    private final NodeStateStore nodeStates;
    private final AuditLog audit;

    public DirectiveService(NodeInventory inventory, FanoutExecutor fanout, DirectiveStore store,
            NodeStateStore nodeStates, AuditLog audit) {
        this.inventory = inventory;
        this.fanout = fanout;
        this.store = store;
        this.nodeStates = nodeStates;
        this.audit = audit;
    }

    /**
     * Stores the directive, then puts its rule on every target node. Nodes that fail stay
     * pending for the reconciler; the answer says what each node did.
     */
    public DirectiveResult create(TargetedDirective directive, String actor, Object request) {
        DirectiveSpec spec = directive.spec();
        // The fan-out place is taken before the directive is stored, so a full gateway refuses with nothing done.
        try (FanoutAdmission admission = fanout.admit()) {
            String id = FleetTag.newId();
            store.createSuperseding(id, spec, directive.nodes().stream().map(FleetNode::name).toList(), actor, null);
            FanoutResult<UUID> result = fanout.run(admission, directive.nodes(), "apply-" + spec.kind().label(),
                    node -> NodeRules.apply(node.client(), spec, id)).await().indefinitely();
            nodeStates.recordSent(id, result.outcomes());
            List<NodeResult> outcomes = result.outcomes().stream().map(NodeRules::applied).toList();
            audit.record(actor, "create-" + spec.kind().label(), id, request, outcomes);
            return new DirectiveResult(get(spec.kind(), id), outcomes);
        }
    }

    /** Directives of a kind in a state (null: every state), newest first. */
    public List<DirectiveView> list(DirectiveKind kind, DirectiveState state) {
        return store.list(kind, state).stream().map(StoredDirective::view).toList();
    }

    /**
     * Directives of a kind, plus what the nodes hold right now that no directive owns (made by
     * hand or by the TSA daemon), per node.
     */
    public DirectiveListing live(DirectiveKind kind, DirectiveState state) {
        List<DirectiveView> directives = list(kind, state);
        Set<String> known = store.list(kind, null).stream().map(StoredDirective::id).collect(Collectors.toSet());
        FanoutResult<List<NodeRule>> lists = fanout.run(inventory.all(), "list-" + kind.label(),
                node -> NodeRules.list(node.client(), kind)).await().indefinitely();
        List<UnownedRule> unowned = lists.successes().stream()
                .flatMap(ok -> ok.value().stream()
                        .filter(rule -> rule.fleetId().filter(known::contains).isEmpty())
                        .map(rule -> new UnownedRule(ok.node(), rule)))
                .toList();
        List<NodeResult> unreadable = lists.failures().stream()
                .map(f -> new NodeResult(f.node(), "failed", null, f.failure().status(), f.failure().message()))
                .toList();
        return new DirectiveListing(directives, unowned, unreadable);
    }

    /** One directive; throws {@link DirectiveNotFoundException} when there is none of that kind. */
    public DirectiveView get(DirectiveKind kind, String id) {
        return find(kind, id).view();
    }

    /**
     * Cancels a directive on every node that got it. A node that answers 404 no longer holds it
     * (it expired or the node restarted), which counts as cancelled; a node that cannot be reached
     * keeps its rule until the reconciler gets through.
     */
    public DirectiveResult cancel(DirectiveKind kind, String id, String actor) {
        try (FanoutAdmission admission = fanout.admit()) {
            return cancel(kind, id, actor, admission);
        }
    }

    /** Like {@link #cancel(DirectiveKind, String, String)}, in a fan-out place the caller already holds. */
    public DirectiveResult cancel(DirectiveKind kind, String id, String actor, FanoutAdmission admission) {
        StoredDirective directive = find(kind, id);
        if (!store.markCancelled(id, actor)) {
            throw new InvalidRequestException("directive " + id + " is already " + directive.state().label());
        }
        Map<String, StoredDirective.NodeRow> rows = directive.nodes().stream()
                .collect(Collectors.toMap(StoredDirective.NodeRow::node, Function.identity()));
        Set<String> withRule = rows.values().stream().filter(r -> r.ruleId() != null)
                .map(StoredDirective.NodeRow::node).collect(Collectors.toSet());
        List<FleetNode> nodes = inventory.all().stream().filter(n -> withRule.contains(n.name())).toList();
        FanoutResult<CancelOutcome> result = fanout.run(admission, nodes, "cancel-" + kind.label(),
                node -> NodeRules.cancel(node.client(), kind, rows.get(node.name()).ruleId())).await().indefinitely();
        List<NodeResult> outcomes = QuarkusTransaction.requiringNew().call(() -> {
            List<NodeResult> results = new ArrayList<>();
            for (NodeOutcome<CancelOutcome> outcome : result.outcomes()) {
                if (outcome instanceof NodeOutcome.Succeeded<CancelOutcome>) {
                    nodeStates.recordCancelled(id, outcome.node());
                } else {
                    NodeFailure failure = ((NodeOutcome.Failed<CancelOutcome>) outcome).failure();
                    nodeStates.recordFailed(id, outcome.node(), failure);
                }
                results.add(NodeResult.of(outcome, answer -> new NodeResult(outcome.node(),
                        answer instanceof CancelOutcome.Removed ? "cancelled" : "already_gone",
                        rows.get(outcome.node()).ruleId().toString(), null, answer.message())));
            }
            rows.values().stream().filter(r -> r.ruleId() == null).forEach(r -> {
                nodeStates.recordCancelled(id, r.node());
                results.add(new NodeResult(r.node(), "skipped", null, null, "the rule never reached this node"));
            });
            return results;
        });
        audit.record(actor, "cancel-" + kind.label(), id, Map.of("id", id), outcomes);
        return new DirectiveResult(get(kind, id), outcomes);
    }

    private StoredDirective find(DirectiveKind kind, String id) {
        return store.find(kind, id).orElseThrow(() -> new DirectiveNotFoundException(kind, id));
    }
}
