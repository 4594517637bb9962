package io.kumofleet.support;

import io.kumofleet.sim.SimulatedNode;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.HashMap;
import java.util.Map;

/** Starts the test fleet before the gateway and configures the gateway to front it. */
public class SimulatedFleetResource implements QuarkusTestResourceLifecycleManager {

    @Override
    public Map<String, String> start() {
        Map<String, String> config = new HashMap<>();
        for (SimulatedNode node : TestFleet.start().nodes()) {
            String prefix = "kumo.fleet.nodes." + node.name();
            config.put(prefix + ".url", node.url().toString());
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
