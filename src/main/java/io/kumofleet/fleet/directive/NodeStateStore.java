package io.kumofleet.fleet.directive;

import io.kumofleet.fanout.NodeFailure;
import io.kumofleet.fanout.NodeOutcome;
import io.kumofleet.store.DirectiveNodeRecord;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Records what each node did with a directive's rule; each method is one transaction. */
@ApplicationScoped
public class NodeStateStore {

    private final Clock clock;

    public NodeStateStore(Clock clock) {
        this.clock = clock;
    }

    /** The node holds the directive's rule under {@code ruleId}; {@code sent} when the gateway just sent it. */
    @Transactional
    public void recordApplied(String id, String node, UUID ruleId, boolean sent) {
        applied(row(id, node), ruleId, sent);
    }

    /** Sending or checking the rule on the node failed. */
    @Transactional
    public void recordFailed(String id, String node, NodeFailure failure) {
        failed(row(id, node), failure);
    }

    /**
     * What each node did with the steps that started ({@code ending} false) or ended a directive
     * there: the subject's row, and the rows of every directive that now shares each node's rule.
     */
    @Transactional
    public void recordSteps(String subject, boolean ending, Map<String, RuleStep> steps,
            List<NodeOutcome<RuleStep.Done>> outcomes) {
        for (NodeOutcome<RuleStep.Done> outcome : outcomes) {
            String node = outcome.node();
            if (outcome instanceof NodeOutcome.Failed<RuleStep.Done> failed) {
                failed(row(subject, node), failed.failure());
                continue;
            }
            RuleStep step = steps.get(node);
            UUID ruleId = ((NodeOutcome.Succeeded<RuleStep.Done>) outcome).value().ruleId();
            if (ending) {
                cancelled(row(subject, node));
            }
            String sentFor = step instanceof RuleStep.Send send ? send.to().id() : null;
            for (String id : step.sharedBy()) {
                DirectiveNodeRecord row = row(id, node);
                if (row != null) {
                    applied(row, ruleId, id.equals(sentFor));
                }
            }
        }
    }

    private void applied(DirectiveNodeRecord n, UUID ruleId, boolean sent) {
        Instant now = clock.instant();
        n.state = NodeState.APPLIED.label();
        n.ruleId = ruleId.toString();
        n.lastStatus = null;
        n.lastError = null;
        n.lastCheckedAt = now;
        if (sent) {
            n.appliedAt = now;
            n.applications++;
        }
    }

    private void failed(DirectiveNodeRecord n, NodeFailure failure) {
        n.state = NodeState.FAILED.label();
        n.lastStatus = failure.status();
        n.lastError = failure.message();
        n.lastCheckedAt = clock.instant();
    }

    /** The node was seen not to hold the rule. */
    @Transactional
    public void recordAbsent(String id, String node, String why) {
        DirectiveNodeRecord n = row(id, node);
        n.state = NodeState.ABSENT.label();
        n.lastError = why;
        n.lastCheckedAt = clock.instant();
    }

    /** The rule is cancelled on the node, or was never there. */
    @Transactional
    public void recordCancelled(String id, String node) {
        cancelled(row(id, node));
    }

    private void cancelled(DirectiveNodeRecord n) {
        n.state = NodeState.CANCELLED.label();
        n.lastStatus = null;
        n.lastError = null;
        n.lastCheckedAt = clock.instant();
    }

    private DirectiveNodeRecord row(String id, String node) {
        return DirectiveNodeRecord.findById(new DirectiveNodeRecord.Key(id, node));
    }
}
