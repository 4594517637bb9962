package io.kumofleet.fanout;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.List;

/**
 * Which nodes a command is for: the named nodes plus the nodes carrying any of the tags; both empty
 * means every node.
 */
public record Target(List<String> nodes, List<String> tags) {

    public Target {
        nodes = nodes == null ? List.of() : List.copyOf(nodes);
        tags = tags == null ? List.of() : List.copyOf(tags);
    }

    /** Every node. */
    public static Target all() {
        return new Target(List.of(), List.of());
    }

    /** True when no node or tag is named, i.e. every node. */
    @JsonIgnore
    public boolean isAll() {
        return nodes.isEmpty() && tags.isEmpty();
    }
}
