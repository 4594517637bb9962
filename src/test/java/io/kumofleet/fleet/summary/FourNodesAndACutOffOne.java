package io.kumofleet.fleet.summary;

import io.kumofleet.support.CutOffNode;
import io.kumofleet.support.TestFleet;
import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/** The test fleet plus a fourth simulated node and a node whose /metrics breaks half-way. */
public class FourNodesAndACutOffOne implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of(
                "kumo.fleet.nodes.sim-4.url", TestFleet.extra("sim-4").url().toString(),
                "kumo.fleet.nodes.sim-4.tags", "spare",
                "kumo.fleet.nodes.cut-off.url", CutOffNode.url().toString(),
                "kumo.fleet.nodes.cut-off.tags", "spare");
    }
}
