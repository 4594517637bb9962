package io.kumofleet.fleet;

import io.kumofleet.fanout.Target;
import java.util.List;

/** Which nodes, in a request body: named nodes and/or tags; omitted means every node. */
public record TargetRequest(List<String> nodes, List<String> tags) {

    /** The fan-out target; a missing target means every node. */
    public static Target toTarget(TargetRequest target) {
        if (target == null) {
            return Target.all();
        }
        requireNames("target.nodes", target.nodes());
        requireNames("target.tags", target.tags());
        return new Target(target.nodes(), target.tags());
    }

    /** Refuses a list with a null or blank entry, saying which. */
    public static void requireNames(String field, List<String> names) {
        if (names == null) {
            return;
        }
        for (int i = 0; i < names.size(); i++) {
            if (names.get(i) == null || names.get(i).isBlank()) {
                throw new InvalidRequestException(field + "[" + i + "] is " + (names.get(i) == null ? "null" : "blank")
                        + "; give a name");
            }
        }
    }
}
