package io.kumofleet.support;

import io.kumofleet.sim.SimulatedFleet;
import io.kumofleet.sim.SimulatedNode;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.net.URI;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

/** Starts the test fleet before the gateway and configures the gateway to front it. */
public class SimulatedFleetResource implements QuarkusTestResourceLifecycleManager {

    @Override
    public Map<String, String> start() {
        return config(TestFleet.start(), SimulatedNode::url);
    }

    /** The gateway's configuration for the test fleet, reaching each node at {@code url} (the node's own, or a proxy's). */
    static Map<String, String> config(SimulatedFleet fleet, Function<SimulatedNode, URI> url) {
        Map<String, String> config = new HashMap<>();
        for (SimulatedNode node : fleet.nodes()) {
            String prefix = "kumo.fleet.nodes." + node.name();
            config.put(prefix + ".url", url.apply(node).toString());
            config.put(prefix + ".tags", node.name().equals("sim-3") ? "us" : "eu");
        }
        config.put("kumo.fleet.node-timeout", "1s");
        config.put("kumo.fleet.simulated-nodes", "0");
        return config;
    }

    @Override
    public void stop() {
        // The fleet lives as long as the test JVM; every Quarkus restart fronts the same nodes.
    }
}
