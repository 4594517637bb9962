package io.kumofleet.contract;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import io.kumofleet.fleet.directive.Reconciler;
import io.kumofleet.fleet.logfilter.LogFilterService;
import io.kumofleet.support.GatewayTest;
import io.kumofleet.support.NodeApi;
import io.kumofleet.support.TestFleet;
import io.kumofleet.support.ValidatingFleetProfile;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The requests the gateway sends to nodes, and the answers it gets, validate against kumod's API
 * document: every node call of a directive's life (dry run, create, live list, reconcile after a
 * restart, cancel) and of the log filter and node status goes through a {@link ValidatingFleet}.
 */
@QuarkusTest
@TestProfile(ValidatingFleetProfile.class)
class GatewayTrafficValidationTest extends GatewayTest {

    private static final List<String> NODES = List.of("sim-1", "sim-2", "sim-3");
    private static final String READY_QUEUE = "unspecified->mx.example.com@smtp_client";
    private static final Map<String, String> KINDS = Map.of(
            "bounces", "bounce", "suspensions", "suspend", "ready-queue-suspensions", "suspend-ready-q");

    /** Injected by {@link io.kumofleet.support.ValidatingFleetResource}. */
    ValidatingFleet proxies;

    @Inject
    Reconciler reconciler;

    @Inject
    LogFilterService logFilters;

    @Test
    void everyNodeCallOfADirectivesLifeAndTheLogFilterFollowsKumodsDocument() {
        proxies.clear(); // what happened before this test (start-up, other tests' resets) is not ours to judge
        Map<String, Long> reachedBefore = reachedNodes();
        given().contentType("application/json").body("{\"domain\":\"example.com\",\"reason\":\"r\",\"dry_run\":true}")
                .post("/api/fleet/v1/bounces").then().statusCode(200)
                .body("nodes", hasSize(NODES.size())).body("nodes.error", everyItem(nullValue()));
        String bounce = create("bounces", "{\"domain\":\"example.com\",\"reason\":\"purge\",\"duration\":\"30m\"}");
        String suspension = create("suspensions", "{\"tenant\":\"acme\",\"campaign\":\"spring\",\"reason\":\"pause\","
                + "\"expires\":\"" + TestFleet.EPOCH.plus(Duration.ofHours(2)) + "\"}");
        String readySuspension = create("ready-queue-suspensions",
                "{\"name\":\"" + READY_QUEUE + "\",\"reason\":\"block\",\"duration\":\"1h\"}");
        for (String kind : KINDS.keySet()) {
            given().queryParam("live", true).get("/api/fleet/v1/" + kind).then().statusCode(200)
                    .body("directives", hasSize(1))
                    .body("directives[0].nodes", hasSize(NODES.size()))
                    .body("directives[0].nodes.state", everyItem(equalTo("applied")))
                    .body("unowned_rules", empty())
                    .body("unreadable_nodes", empty());
        }
        given().contentType("application/json").body("{\"filter\":\"kumod=debug\",\"revert_after\":\"10m\"}")
                .put("/api/fleet/v1/log-filter").then().statusCode(200)
                .body("outcomes.result", equalTo(List.of("set", "set", "set")));
        // a filter kumod would refuse is refused by the gateway, before any node is called
        given().contentType("application/json").body("{\"filter\":\"kumod=loud\",\"target\":{\"nodes\":[\"sim-1\"]}}")
                .put("/api/fleet/v1/log-filter").then().statusCode(422);
        given().get("/api/fleet/v1/nodes").then().statusCode(200)
                .body("nodes", hasSize(NODES.size())).body("nodes.status", everyItem(equalTo("up")));

        TestFleet.await(TestFleet.node("sim-2").restart());
        assertThat(reconciler.reconcile()).isZero();
        KINDS.values().forEach(kind -> assertThat(NodeApi.rules("sim-2", kind)).hasSize(1));

        for (var cancelled : Map.of("bounces", bounce, "suspensions", suspension,
                "ready-queue-suspensions", readySuspension).entrySet()) {
            given().delete("/api/fleet/v1/" + cancelled.getKey() + "/" + cancelled.getValue()).then().statusCode(200)
                    .body("outcomes.result", equalTo(List.of("cancelled", "cancelled", "cancelled")));
        }
        TestFleet.clock().advance(Duration.ofMinutes(11));
        assertThat(logFilters.revertDue()).isEqualTo(3);

        assertThat(proxies.violations()).isEmpty();
        Map<String, Long> reachedAfter = reachedNodes();
        for (String node : NODES) {
            for (String operation : expectedEverywhere()) {
                long proxied = operations(node).stream().filter(operation::equals).count();
                assertThat(proxied).as(node + ": " + operation).isPositive();
                // only the gateway calls these (the test reads rule lists straight from the nodes)
                if (!operation.startsWith("GET /api/admin/")) {
                    String key = node + " " + operation;
                    assertThat(reachedAfter.get(key) - reachedBefore.get(key)).as("every " + key + " went through the proxy")
                            .isEqualTo(proxied);
                }
            }
        }
        for (String kind : KINDS.values()) {
            assertThat(operations("sim-2")).as("re-applied after the restart")
                    .filteredOn(("POST /api/admin/" + kind + "/v1")::equals).hasSize(2);
        }
    }

    /** What every node must have been asked, whatever the order. */
    private static List<String> expectedEverywhere() {
        List<String> expected = new ArrayList<>(List.of("GET /metrics", "POST /api/admin/set_diagnostic_log_filter/v1",
                "GET /api/machine-info", "GET /api/check-liveness/v1"));
        for (String kind : KINDS.values()) {
            expected.addAll(List.of("POST /api/admin/" + kind + "/v1", "GET /api/admin/" + kind + "/v1",
                    "DELETE /api/admin/" + kind + "/v1"));
        }
        return expected;
    }

    /** How many requests each node received per expected operation, by {@code node METHOD path}. */
    private static Map<String, Long> reachedNodes() {
        Map<String, Long> reached = new HashMap<>();
        for (String node : NODES) {
            for (String operation : expectedEverywhere()) {
                String[] methodAndPath = operation.split(" ");
                reached.put(node + " " + operation, TestFleet.node(node).requests().of(methodAndPath[0], methodAndPath[1]));
            }
        }
        return reached;
    }

    private List<String> operations(String node) {
        return proxies.exchanges().get(node).stream().filter(KumodExchange::answered).map(KumodExchange::operation).toList();
    }

    private static String create(String kind, String body) {
        return given().contentType("application/json").body(body).post("/api/fleet/v1/" + kind).then().statusCode(201)
                .body("outcomes.result", equalTo(List.of("applied", "applied", "applied")))
                .extract().jsonPath().getString("directive.id");
    }
}
