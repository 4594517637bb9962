package io.kumofleet.fleet;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.kumofleet.support.GatewayTest;
import io.kumofleet.support.NodeApi;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class SuspensionDirectivesTest extends GatewayTest {

    @Test
    void suspensionOnTaggedNodesOnly() {
        String id = given().contentType("application/json")
                .body("{\"tenant\":\"acme\",\"reason\":\"pause\",\"duration\":\"2h\",\"target\":{\"tags\":[\"eu\"]}}")
                .post("/api/fleet/v1/suspensions").then().statusCode(201)
                .extract().jsonPath().getString("directive.id");

        for (String node : List.of("sim-1", "sim-2")) {
            List<Map<String, Object>> rules = NodeApi.rules(node, "suspend");
            assertThat(rules).hasSize(1);
            assertThat(rules.get(0)).containsEntry("tenant", "acme").containsEntry("duration", "2h")
                    .containsEntry("reason", "pause [fleet:" + id + "]");
        }
        assertThat(NodeApi.rules("sim-3", "suspend")).isEmpty();
    }

    @Test
    void readyQueueSuspensionByName() {
        String queue = "unspecified->mx.example.com@smtp_client";
        String id = given().contentType("application/json")
                .body("{\"name\":\"" + queue + "\",\"reason\":\"block\",\"target\":{\"nodes\":[\"sim-3\"]}}")
                .post("/api/fleet/v1/ready-queue-suspensions").then().statusCode(201)
                .extract().jsonPath().getString("directive.id");

        List<Map<String, Object>> rules = NodeApi.rules("sim-3", "suspend-ready-q");
        assertThat(rules).hasSize(1);
        assertThat(rules.get(0)).containsEntry("name", queue).containsEntry("reason", "block [fleet:" + id + "]")
                .containsEntry("duration", "5m");
    }
}
