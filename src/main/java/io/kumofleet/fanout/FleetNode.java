package io.kumofleet.fanout;

import io.kumofleet.kumo.KumoNodeClient;
import java.util.List;

/** A node of the fleet: its name, its tags and the client that reaches it. */
public record FleetNode(String name, List<String> tags, KumoNodeClient client) {

    public FleetNode {
        tags = List.copyOf(tags);
    }
}
