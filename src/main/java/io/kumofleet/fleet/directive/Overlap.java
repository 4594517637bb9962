package io.kumofleet.fleet.directive;

import io.kumofleet.fleet.TargetRequest;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * An active directive with the same kind and criteria as a new one on some of the same nodes: both
 * stay in force, and those nodes hold one rule until the later of their ends.
 */
public record Overlap(String id, String kind, Instant expires, TargetRequest target, List<String> nodes) {

    /** The directives among {@code active} (one kind and criteria) that share any of {@code nodes}, but {@code self}. */
    static List<Overlap> among(Collection<StoredDirective> active, String self, Set<String> nodes) {
        return active.stream()
                .filter(d -> self == null || !d.id().equals(self))
                .map(d -> new Overlap(d.id(), d.spec().kind().label(), d.spec().expires(),
                        new TargetRequest(d.spec().target().nodes(), d.spec().target().tags()),
                        d.nodes().stream().map(StoredDirective.NodeRow::node).filter(nodes::contains).toList()))
                .filter(o -> !o.nodes().isEmpty())
                .toList();
    }
}
