package io.kumofleet.fleet.directive;

import io.kumofleet.fleet.NodeResult;
import io.kumofleet.kumo.CancelOutcome;
import io.kumofleet.kumo.KumoNodeClient;
import io.smallrye.mutiny.Uni;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * What one node needs, right after a directive starts or ends there, so that it holds one rule for
 * its criteria exactly while some directive in force needs it, until the latest end among them
 * ({@link RuleGroup}).
 */
sealed interface RuleStep {

    /** The node's answer: the rule it now holds (none after a removal) and its words, if any. */
    record Done(UUID ruleId, CancelOutcome cancel) {}

    /** Makes the node call this step needs, if any. */
    Uni<Done> run(KumoNodeClient client, DirectiveKind kind);

    /** The directives that now share the node's rule (empty when it is removed or untouched). */
    List<String> sharedBy();

    /** The directive whose rule the node now holds, when it holds one. */
    Optional<StoredDirective> carrier();

    /** Put the carrier's rule on the node; kumod replaces the rule of the same criteria, if any. */
    record Send(StoredDirective to, List<String> sharedBy) implements RuleStep {
        @Override
        public Uni<Done> run(KumoNodeClient client, DirectiveKind kind) {
            return NodeRules.apply(client, to.spec(), to.id()).map(id -> new Done(id, null));
        }

        @Override
        public Optional<StoredDirective> carrier() {
            return Optional.of(to);
        }
    }

    /** The node's rule already carries a directive that ends as late as any needs: nothing to send. */
    record Keep(StoredDirective to, UUID ruleId, List<String> sharedBy) implements RuleStep {
        @Override
        public Uni<Done> run(KumoNodeClient client, DirectiveKind kind) {
            return Uni.createFrom().item(new Done(ruleId, null));
        }

        @Override
        public Optional<StoredDirective> carrier() {
            return Optional.of(to);
        }
    }

    /** No directive in force needs the rule any more: remove it. */
    record Remove(UUID ruleId) implements RuleStep {
        @Override
        public Uni<Done> run(KumoNodeClient client, DirectiveKind kind) {
            return NodeRules.cancel(client, kind, ruleId).map(answer -> new Done(null, answer));
        }

        @Override
        public List<String> sharedBy() {
            return List.of();
        }

        @Override
        public Optional<StoredDirective> carrier() {
            return Optional.empty();
        }
    }

    /**
     * The step that puts {@code started} in force on a node, where {@code group} (which includes it)
     * is what is in force there now.
     */
    static RuleStep toStart(StoredDirective started, RuleGroup group, String node) {
        StoredDirective carrier = group.carrier().orElse(started);
        if (!carrier.id().equals(started.id())) {
            Optional<UUID> held = carrier.nodes().stream()
                    .filter(row -> row.node().equals(node) && row.state() == NodeState.APPLIED && row.ruleId() != null)
                    .map(StoredDirective.NodeRow::ruleId)
                    .findFirst();
            if (held.isPresent()) {
                return new Keep(carrier, held.get(), group.ids());
            }
        }
        return new Send(carrier, group.ids());
    }

    /**
     * The step that ends {@code ended} on a node whose rule it holds under {@code ruleId}, where
     * {@code rest} is what stays in force there: remove the rule when nothing does; send the
     * next carrier's when the rule carries the ended directive; else keep it.
     */
    static RuleStep toEnd(StoredDirective ended, UUID ruleId, RuleGroup rest) {
        Optional<StoredDirective> next = rest.carrier();
        if (next.isEmpty()) {
            return new Remove(ruleId);
        }
        boolean carriedEnded = RuleGroup.CARRIER_ORDER.compare(ended, next.get()) > 0;
        return carriedEnded ? new Send(next.get(), rest.ids()) : new Keep(next.get(), ruleId, rest.ids());
    }

    /** One node's outcome of starting {@code started} there, in the API's words. */
    static NodeResult started(String node, RuleStep step, Done done, String started) {
        StoredDirective carrier = step.carrier().orElseThrow();
        String message = carrier.id().equals(started) ? null
                : (step instanceof Keep ? "kept" : "sent") + " the node's rule for " + carrier.id()
                        + ", which ends later (" + carrier.spec().expires() + ") and covers this one";
        return new NodeResult(node, "applied", done.ruleId().toString(), null, message);
    }

    /** One node's outcome of ending a directive there, in the API's words. */
    static NodeResult ended(String node, RuleStep step, Done done, UUID formerRule) {
        if (step instanceof Remove) {
            return new NodeResult(node, done.cancel() instanceof CancelOutcome.Removed ? "cancelled" : "already_gone",
                    formerRule.toString(), null, done.cancel().message());
        }
        StoredDirective carrier = step.carrier().orElseThrow();
        Instant end = carrier.spec().expires();
        String message = step instanceof Send
                ? "the node's rule now ends with " + carrier.id() + " at " + end
                : "the node's rule stays for " + carrier.id() + ", which ends at " + end;
        return new NodeResult(node, "cancelled", done.ruleId().toString(), null, message);
    }
}
