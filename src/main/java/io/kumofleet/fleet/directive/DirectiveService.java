package io.kumofleet.fleet.directive;

import io.kumofleet.fanout.FanoutAdmission;
import io.kumofleet.fanout.FanoutExecutor;
import io.kumofleet.fanout.FanoutResult;
import io.kumofleet.fanout.FleetNode;
import io.kumofleet.fanout.NodeFailure;
import io.kumofleet.fanout.NodeOutcome;
import io.kumofleet.fleet.FleetWideGuard;
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
    private final SharedRules rules;
    private final AuditLog audit;
    private final FleetWideGuard guard;

    public DirectiveService(NodeInventory inventory, FanoutExecutor fanout, DirectiveStore store, SharedRules rules,
            AuditLog audit, FleetWideGuard guard) {
        this.inventory = inventory;
        this.fanout = fanout;
        this.store = store;
        this.rules = rules;
        this.audit = audit;
        this.guard = guard;
    }

    /**
     * Stores the directive (ending those it replaces), then puts it in force on every target node.
     * Nodes that fail stay pending for the reconciler; the answer says what each node did and which
     * active directives with the same criteria it overlaps (they stay in force).
     */
    public DirectiveResult create(TargetedDirective directive, String actor, Object request) {
        DirectiveSpec spec = directive.spec();
        // The fan-out place is taken before the directive is stored, so a full gateway refuses with nothing done.
        try (FanoutAdmission admission = fanout.admit()) {
            String id = FleetTag.newId();
            List<String> nodes = directive.nodes().stream().map(FleetNode::name).toList();
            List<StoredDirective> replaced = store.create(id, spec, nodes, actor, null, directive.replaces());
            StoredDirective created = find(spec.kind(), id);
            List<NodeResult> outcomes = rules.start(admission, created);
            for (StoredDirective old : replaced) {
                List<NodeResult> ended = rules.end(admission, old);
                audit.record(actor, "replace-" + old.spec().kind().label(), old.id(), Map.of("replaced_by", id), ended);
            }
            audit.record(actor, "create-" + spec.kind().label(), id, request, outcomes);
            List<Overlap> overlaps = Overlap.among(store.active(spec.kind(), spec.criteria()), id, Set.copyOf(nodes));
            return new DirectiveResult(get(spec.kind(), id), outcomes, overlaps,
                    replaced.stream().map(StoredDirective::id).toList());
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
        // Ending a fleet-wide change needs the role that making it needed.
        StoredDirective directive = find(kind, id);
        Set<String> names = directive.nodes().stream().map(StoredDirective.NodeRow::node).collect(Collectors.toSet());
        guard.check("cancelling a " + kind.label(), directive.spec().everything(),
                inventory.all().stream().filter(n -> names.contains(n.name())).toList());
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
        List<NodeResult> outcomes = rules.end(admission, directive);
        audit.record(actor, "cancel-" + kind.label(), id, Map.of("id", id), outcomes);
        return new DirectiveResult(get(kind, id), outcomes);
    }

    private StoredDirective find(DirectiveKind kind, String id) {
        return store.find(kind, id).orElseThrow(() -> new DirectiveNotFoundException(kind, id));
    }
}
