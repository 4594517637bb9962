package io.kumofleet.fleet.directive;

import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The directives still in force that share one criteria on one node. kumod keeps one rule per
 * criteria on a node, so the node holds one rule for all of them: the carrier's, the one that ends
 * last, whose end is the latest any of them needs and whose reason names it.
 */
record RuleGroup(List<StoredDirective> members) {

    /** Which of two directives a shared rule carries: the later end, then the later created, then the id. */
    static final Comparator<StoredDirective> CARRIER_ORDER = Comparator
            .comparing((StoredDirective d) -> d.spec().expires())
            .thenComparing(StoredDirective::createdAt)
            .thenComparing(StoredDirective::id);

    /**
     * The directives among {@code candidates} (of one kind) that are active, not yet past their end at
     * {@code now}, have {@code criteria} and still target {@code node}.
     */
    static RuleGroup on(String node, Criteria criteria, Collection<StoredDirective> candidates, Instant now) {
        return new RuleGroup(candidates.stream()
                .filter(d -> d.state() == DirectiveState.ACTIVE && d.spec().expires().isAfter(now))
                .filter(d -> d.spec().criteria().equals(criteria))
                .filter(d -> d.nodes().stream().anyMatch(row -> row.node().equals(node)
                        && row.state() != NodeState.CANCELLED))
                .toList());
    }

    /** The directive whose rule the node should hold; empty when none needs a rule there. */
    Optional<StoredDirective> carrier() {
        return members.stream().max(CARRIER_ORDER);
    }

    /** This group without one directive (the one being ended). */
    RuleGroup without(String id) {
        return new RuleGroup(members.stream().filter(d -> !d.id().equals(id)).toList());
    }

    /** The fleet ids of the members. */
    List<String> ids() {
        return members.stream().map(StoredDirective::id).toList();
    }

    /** The member that made a node's rule, if the rule names one. */
    Optional<StoredDirective> member(String fleetId) {
        return members.stream().filter(d -> d.id().equals(fleetId)).findFirst();
    }
}
