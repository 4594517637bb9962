package io.kumofleet.fanout;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** Turns a {@link Target} into the nodes it means, refusing names and tags that match nothing. */
public final class NodeSelector {

    private NodeSelector() {}

    /** The selected nodes in inventory order; throws {@link SelectionException} for a mistake. */
    public static List<FleetNode> select(List<FleetNode> inventory, Target target) {
        if (inventory.isEmpty()) {
            throw new SelectionException("the gateway has no nodes configured (kumo.fleet.nodes.<name>.url)");
        }
        if (target.isAll()) {
            return inventory;
        }
        Set<String> known = new TreeSet<>();
        Set<String> knownTags = new TreeSet<>();
        inventory.forEach(n -> {
            known.add(n.name());
            knownTags.addAll(n.tags());
        });
        List<String> unknown = new ArrayList<>();
        target.nodes().stream().filter(n -> !known.contains(n)).forEach(n -> unknown.add("node '" + n + "'"));
        target.tags().stream().filter(t -> !knownTags.contains(t)).forEach(t -> unknown.add("tag '" + t + "'"));
        if (!unknown.isEmpty()) {
            throw new SelectionException("unknown " + String.join(", ", unknown)
                    + "; known nodes: " + String.join(", ", known)
                    + (knownTags.isEmpty() ? "" : "; known tags: " + String.join(", ", knownTags)));
        }
        Set<FleetNode> selected = new LinkedHashSet<>();
        for (FleetNode node : inventory) {
            if (target.nodes().contains(node.name()) || node.tags().stream().anyMatch(target.tags()::contains)) {
                selected.add(node);
            }
        }
        return List.copyOf(selected);
    }
}
