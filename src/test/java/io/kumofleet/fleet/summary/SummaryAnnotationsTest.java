package io.kumofleet.fleet.summary;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.kumofleet.support.GatewayTest;
import io.kumofleet.support.NodeApi;
import io.kumofleet.support.TestFleet;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class SummaryAnnotationsTest extends GatewayTest {

    private static final String GMAIL_READY = "egress-1->(alt1|alt2|alt3|alt4)?.gmail-smtp-in.l.google.com@smtp_client";

    @Test
    void aFleetBounceMarksTheQueueOnEveryNodeWithItsDirectiveId() {
        String id = given().contentType("application/json")
                .body("{\"domain\":\"example.com\",\"reason\":\"purge bad send\",\"duration\":\"30m\"}")
                .post("/api/fleet/v1/bounces").then().statusCode(201).extract().jsonPath().getString("directive.id");

        JsonPath summary = summary();

        for (String queue : List.of("example.com", "acme@example.com")) {
            List<Map<String, Object>> annotations = scheduled(summary, queue);
            assertThat(annotations).extracting(a -> a.get("node")).containsExactly("sim-1", "sim-2", "sim-3");
            assertThat(annotations).allSatisfy(a -> assertThat(a)
                    .containsEntry("kind", "bounce")
                    .containsEntry("reason", "purge bad send [fleet:" + id + "]")
                    .containsEntry("directive_id", id)
                    .containsEntry("status", "\uD83D\uDDD1\uFE0F bounce: purge bad send [fleet:" + id + "]"));
        }
        assertThat(scheduled(summary, "gmail.com")).isEmpty();
    }

    @Test
    void aHandMadeSuspensionShowsForItsNodeOnlyAndABounceWinsOverIt() {
        NodeApi.post("sim-2", "suspend", "{\"domain\":\"gmail.com\",\"reason\":\"slow down\",\"duration\":\"1h\"}");
        NodeApi.post("sim-3", "suspend", "{\"domain\":\"yahoo.com\",\"reason\":\"hold\",\"duration\":\"1h\"}");
        NodeApi.post("sim-3", "bounce", "{\"domain\":\"yahoo.com\",\"reason\":\"drop\",\"duration\":\"1h\"}");

        JsonPath summary = summary();

        List<Map<String, Object>> gmail = scheduled(summary, "gmail.com");
        assertThat(gmail).hasSize(1);
        assertThat(gmail.get(0)).containsEntry("node", "sim-2").containsEntry("kind", "suspend")
                .containsEntry("reason", "slow down").containsEntry("directive_id", null)
                .containsEntry("status", "\uD83D\uDED1suspend: slow down");
        List<Map<String, Object>> yahoo = scheduled(summary, "yahoo.com");
        assertThat(yahoo).extracting(a -> a.get("node") + " " + a.get("kind")).containsExactly("sim-3 bounce");
    }

    @Test
    void readyQueuesShowTheirSuspensionsAndStatesPerNode() {
        NodeApi.post("sim-1", "suspend-ready-q",
                "{\"name\":\"" + GMAIL_READY + "\",\"reason\":\"maintenance\",\"duration\":\"1h\"}");
        Map<String, Map<String, Map<String, Object>>> states = given()
                .baseUri(TestFleet.node("sim-2").url().toString()).get("/api/admin/ready-q-states/v1")
                .then().statusCode(200).extract().jsonPath().getMap("states_by_ready_queue");
        assertThat(states).isNotEmpty();
        var throttled = states.entrySet().iterator().next();

        JsonPath summary = summary();

        List<Map<String, Object>> gmail = ready(summary, GMAIL_READY);
        assertThat(gmail).hasSize(1);
        assertThat(gmail.get(0)).containsEntry("node", "sim-1").containsEntry("kind", "suspend")
                .containsEntry("reason", "maintenance");
        List<Map<String, Object>> stateNotes = ready(summary, throttled.getKey()).stream()
                .filter(a -> a.get("node").equals("sim-2")).toList();
        var state = throttled.getValue().entrySet().iterator().next();
        assertThat(stateNotes).anySatisfy(a -> assertThat(a)
                .containsEntry("kind", "state")
                .containsEntry("state", state.getKey())
                .containsEntry("reason", state.getValue().get("context"))
                .containsEntry("since", state.getValue().get("since"))
                .hasEntrySatisfying("status", s -> assertThat((String) s)
                        .startsWith(state.getKey() + ": " + state.getValue().get("context") + " @ 2030-01-15 ")
                        .endsWith(" UTC")));
    }

    private static JsonPath summary() {
        return given().queryParam("limit", 10000).get("/api/fleet/v1/queues/summary")
                .then().statusCode(200).extract().jsonPath();
    }

    private static List<Map<String, Object>> scheduled(JsonPath summary, String queue) {
        return annotations(summary.getList("scheduled.rows"), queue);
    }

    private static List<Map<String, Object>> ready(JsonPath summary, String queue) {
        return annotations(summary.getList("ready.rows"), queue);
    }

    private static List<Map<String, Object>> annotations(List<Map<String, Object>> rows, String queue) {
        return rows.stream().filter(r -> r.get("name").equals(queue)).findFirst()
                .map(r -> (List<Map<String, Object>>) r.get("annotations"))
                .orElseThrow(() -> new AssertionError("no row " + queue));
    }
}
