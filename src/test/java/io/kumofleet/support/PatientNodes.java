package io.kumofleet.support;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The test fleet's nodes with a node timeout only a hang reaches, for tests that hold a node's answers
 * (the simulator's hold fault) for as long as they need: the gateway's call to a held node ends when
 * the test releases it, never because a busy machine let the test's 1 s node timeout pass first.
 */
public class PatientNodes implements QuarkusTestProfile {

    private static final List<String> NODES = List.of("sim-1", "sim-2", "sim-3");

    @Override
    public Map<String, String> getConfigOverrides() {
        Map<String, String> config = new HashMap<>();
        NODES.forEach(n -> config.put("kumo.fleet.nodes." + n + ".timeout", "10m"));
        return config;
    }
}
