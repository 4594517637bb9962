package io.kumofleet.fleet;

import io.kumofleet.fanout.Target;
import java.util.List;

/** Which nodes, in a request body: named nodes and/or tags; omitted means every node. */
public record TargetRequest(List<String> nodes, List<String> tags) {

    /** The fan-out target; a missing target means every node. */
    public static Target toTarget(TargetRequest target) {
        return target == null ? Target.all() : new Target(target.nodes(), target.tags());
    }
}
