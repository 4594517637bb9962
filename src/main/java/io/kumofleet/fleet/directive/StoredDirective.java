package io.kumofleet.fleet.directive;

import io.kumofleet.fleet.TargetRequest;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A directive as stored, detached from the database: its spec, its life and its node rows. */
public record StoredDirective(
        String id,
        DirectiveSpec spec,
        DirectiveState state,
        Instant createdAt,
        String createdBy,
        Instant endedAt,
        String endedBy,
        String scheduleId,
        List<NodeRow> nodes) {

    /** The directive's state on one node. */
    public record NodeRow(
            String node,
            NodeState state,
            UUID ruleId,
            Integer lastStatus,
            String lastError,
            Instant lastCheckedAt,
            Instant appliedAt,
            int applications) {}

    /** The API's view of this directive. */
    public DirectiveView view() {
        Criteria c = spec.criteria();
        var criteria = c.isEmpty() ? null : new DirectiveView.CriteriaView(c.campaign(), c.tenant(), c.domain(),
                c.routingDomain(), c.queueNames(), c.readyQueue());
        var target = new TargetRequest(spec.target().nodes(), spec.target().tags());
        return new DirectiveView(id, spec.kind().label(), criteria, spec.everything(), spec.reason(),
                spec.suppressLogging(), target, createdAt, createdBy, spec.expires(), state.label(), endedAt,
                endedBy, scheduleId,
                nodes.stream().map(n -> new DirectiveView.NodeStateView(n.node(), n.state().label(),
                        n.ruleId() == null ? null : n.ruleId().toString(), n.lastStatus(), n.lastError(),
                        n.lastCheckedAt(), n.appliedAt(), n.applications())).toList());
    }
}
