package io.kumofleet.fanout;

import io.kumofleet.kumo.KumoNodeClient;
import java.util.List;

/**
 * A node of the fleet: its name, its tags, the client that reaches it and the diagnostic log
 * filter it runs with when nobody changed it.
 */
public record FleetNode(String name, List<String> tags, KumoNodeClient client, String baselineLogFilter) {

    public FleetNode {
        tags = List.copyOf(tags);
    }
}
