package io.kumofleet.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.notNullValue;

import io.kumofleet.sim.SimulatedNode;
import io.kumofleet.support.GatewayTest;
import io.kumofleet.support.TestFleet;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class NodesResourceTest extends GatewayTest {

    @AfterEach
    void releaseHeldRequests() {
        TestFleet.node("sim-3").faults().release();
    }

    @Test
    void listsEveryNodeUpWithItsIdentity() {
        given().get("/api/fleet/v1/nodes").then()
                .statusCode(200)
                .body("nodes_total", equalTo(3))
                .body("nodes_up", equalTo(3))
                .body("nodes.name", equalTo(List.of("sim-1", "sim-2", "sim-3")))
                .body("nodes.status", everyItem(equalTo("up")))
                .body("nodes.version", everyItem(equalTo("2026.06.23-db312236")))
                .body("nodes.node_id", everyItem(notNullValue()))
                .body("nodes.credentials", everyItem(equalTo("none")))
                .body("nodes[0].node_id", equalTo(TestFleet.node("sim-1").nodeId()));
    }

    @Test
    void aStoppedNodeAndASlowNodeAreReportedDownWithinTheTimeout() {
        SimulatedNode stopped = TestFleet.node("sim-2");
        SimulatedNode slow = TestFleet.node("sim-3");
        TestFleet.await(stopped.goDown());
        // Held until the test ends: only the node timeout (1s in tests) can end the gateway's call.
        slow.faults().hold();

        JsonPath answer = given().get("/api/fleet/v1/nodes").then().statusCode(200).extract().jsonPath();

        assertThat(answer.getInt("nodes_up")).isEqualTo(1);
        Map<String, Object> down = answer.getMap("nodes.find { it.name == 'sim-2' }");
        Map<String, Object> late = answer.getMap("nodes.find { it.name == 'sim-3' }");
        assertThat(down.get("status")).isEqualTo("down");
        assertThat((String) down.get("error")).containsIgnoringCase("refused");
        assertThat(late.get("status")).isEqualTo("down");
        assertThat((String) late.get("error")).contains("no answer within 1000 ms");
        assertThat(answer.getString("nodes.find { it.name == 'sim-1' }.status")).isEqualTo("up");
    }

    @Test
    void selectsByNodeAndTag() {
        given().queryParam("tag", "eu").get("/api/fleet/v1/nodes").then()
                .statusCode(200).body("nodes.name", equalTo(List.of("sim-1", "sim-2")));
        given().queryParam("node", "sim-3").get("/api/fleet/v1/nodes").then()
                .statusCode(200).body("nodes.name", equalTo(List.of("sim-3")));
    }

    @Test
    void unknownNodeIsAProblemThatListsTheKnownOnes() {
        given().queryParam("node", "nope").get("/api/fleet/v1/nodes").then()
                .statusCode(422)
                .contentType("application/problem+json")
                .body("detail", containsString("unknown node 'nope'"))
                .body("detail", containsString("known nodes: sim-1, sim-2, sim-3"));
    }

    @Test
    void nodeCallsAreMeasuredPerNode() {
        TestFleet.await(TestFleet.node("sim-2").goDown());
        given().get("/api/fleet/v1/nodes").then().statusCode(200);

        String metrics = given().get("/q/metrics").then().statusCode(200).extract().asString();

        assertThat(metrics).contains("kumo_fleet_node_calls_seconds_count{node=\"sim-1\",operation=\"node-status\","
                + "outcome=\"success\"}");
        assertThat(metrics).contains("kumo_fleet_node_call_failures_total{node=\"sim-2\",operation=\"node-status\","
                + "reason=\"unreachable\"}");
    }
}
