package io.kumofleet.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** In the gateway, {@code kumo.fleet.simulated-nodes=2} starts sim-1 and sim-2 on Quarkus's Vert.x. */
@QuarkusTest
@TestProfile(SimEmbeddedTest.TwoSimulatedNodes.class)
class SimEmbeddedTest {

    /** Two small simulated nodes that only move when told to. */
    public static class TwoSimulatedNodes implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("kumo.fleet.simulated-nodes", "2",
                    "kumo.fleet.simulator.queues", "20",
                    "kumo.fleet.simulator.tick-interval", "0s");
        }

        /** The gateway fronts only its embedded nodes here, not the test fleet the other tests configure. */
        @Override
        public boolean disableGlobalTestResources() {
            return true;
        }
    }

    @Inject
    EmbeddedSimulator simulator;

    @Test
    void startsNamedNodesThatAnswerLikeKumod() throws IOException, InterruptedException {
        List<SimulatedNode> nodes = simulator.nodes();
        assertEquals(List.of("sim-1", "sim-2"), nodes.stream().map(SimulatedNode::name).toList());
        assertNotEquals(nodes.get(0).url(), nodes.get(1).url());
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        for (SimulatedNode node : nodes) {
            assertEquals(20, node.queues().scheduledQueueCount());
            HttpResponse<String> info = client.send(HttpRequest.newBuilder(node.url().resolve("/api/machine-info")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, info.statusCode());
            JsonNode body = SimJson.MAPPER.readTree(info.body());
            assertEquals("kumod", body.get("process_kind").asText());
            assertEquals(node.nodeId(), body.get("node_id").asText());
        }
        assertNotEquals(nodes.get(0).nodeId(), nodes.get(1).nodeId());
    }
}
