package io.kumofleet.fleet.summary;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.kumofleet.support.CutOffNode;
import io.kumofleet.support.GatewayTest;
import io.kumofleet.support.TestFleet;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@TestProfile(FourNodesAndACutOffOne.class)
class SummaryFailuresTest extends GatewayTest {

    @AfterEach
    void healSpare() {
        TestFleet.extra("sim-4").faults().clear();
        TestFleet.node("sim-2").faults().release();
    }

    @Test
    void aDownASlowAndAGarbledNodeAreListedWhileTheOthersAnswerWithinTheTimeout() {
        TestFleet.await(TestFleet.node("sim-1").goDown());
        // Held until the test ends: only the node timeout can end the gateway's call.
        TestFleet.node("sim-2").faults().hold();
        TestFleet.node("sim-3").faults().garbageRate(1.0);
        NodeMetricsText spare = NodeMetricsText.of(TestFleet.extra("sim-4"));

        JsonPath summary = given().queryParam("limit", 10000).get("/api/fleet/v1/queues/summary")
                .then().statusCode(200).extract().jsonPath();
        assertThat(summary.getInt("coverage.nodes_total")).isEqualTo(5);
        assertThat(summary.getInt("coverage.nodes_reporting")).isEqualTo(1);
        Map<String, Object> down = failure(summary, "sim-1");
        assertThat(down).containsEntry("kind", "unreachable");
        assertThat((String) down.get("reason")).contains("sim-1");
        Map<String, Object> slow = failure(summary, "sim-2");
        assertThat(slow).containsEntry("kind", "timeout");
        Map<String, Object> garbled = failure(summary, "sim-3");
        assertThat(garbled).containsEntry("kind", "bad_response");
        assertThat((String) garbled.get("reason")).contains("GET /metrics", "line 1:", "<html>");
        Map<String, Object> cutOff = failure(summary, "cut-off");
        assertThat(cutOff).containsEntry("kind", "bad_response");
        assertThat((String) cutOff.get("reason")).contains("line " + CutOffNode.BAD_LINE + ":");

        // Only sim-4 counts: the cut-off node's first 5,000 queues were parsed, then thrown away.
        List<Map<String, Object>> scheduled = summary.getList("scheduled.rows");
        assertThat(scheduled).hasSize(spare.scheduled.size());
        assertThat(scheduled).allSatisfy(row -> assertThat((Map<String, Object>) row.get("by_node")).containsOnlyKeys("sim-4"));
        assertThat(summary.getList("scheduled.rows.name", String.class)).noneMatch(name -> name.contains("cut-off"));
        assertThat(summary.getLong("scheduled.total.count"))
                .isEqualTo(spare.scheduled.values().stream().mapToLong(Long::longValue).sum());
        assertThat(summary.getList("ready.rows")).hasSize(spare.ready.size());
    }

    @Test
    void aNodeThatRecoversCountsAgainAtTheNextRequest() {
        TestFleet.node("sim-3").faults().garbageRate(1.0);
        given().queryParam("tag", "eu").queryParam("tag", "us").get("/api/fleet/v1/queues/summary").then()
                .statusCode(200);
        TestFleet.node("sim-3").faults().clear();

        JsonPath summary = given().queryParam("tag", "eu").queryParam("tag", "us").get("/api/fleet/v1/queues/summary")
                .then().statusCode(200).extract().jsonPath();

        assertThat(summary.getInt("coverage.nodes_total")).isEqualTo(3);
        assertThat(summary.getInt("coverage.nodes_reporting")).isEqualTo(3);
    }

    private static Map<String, Object> failure(JsonPath summary, String node) {
        List<Map<String, Object>> failed = summary.getList("coverage.failed");
        return failed.stream().filter(f -> f.get("node").equals(node)).findFirst()
                .orElseThrow(() -> new AssertionError(node + " is not among the failed nodes: " + failed));
    }
}
