package io.kumofleet.fleet;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import io.kumofleet.sim.SimFleetOptions;
import io.kumofleet.sim.SimulatedFleet;
import io.kumofleet.sim.SimulatedNode;
import io.kumofleet.support.GatewayProcess;
import io.kumofleet.support.HangGuard;
import io.vertx.core.Vertx;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A gateway restart loses nothing: directives stay applied and a pending log-filter revert still happens. */
class GatewayRestartIT {

    private static final Duration WAIT = HangGuard.LIMIT;

    @TempDir
    Path workDir;

    private Vertx vertx;
    private SimulatedFleet fleet;

    @BeforeEach
    void startNodes() {
        vertx = Vertx.vertx();
        fleet = SimulatedFleet.startAndWait(vertx, SimFleetOptions.of(2).withTickInterval(Duration.ZERO), WAIT);
    }

    @AfterEach
    void stopNodes() {
        fleet.stopAndWait(WAIT);
        SimulatedFleet.await(vertx.close(), WAIT);
    }

    @Test
    void activeDirectivesAndPendingRevertsSurviveARestart() throws Exception {
        Map<String, String> config = new LinkedHashMap<>();
        for (SimulatedNode node : fleet.nodes()) {
            config.put("kumo.fleet.nodes." + node.name() + ".url", node.url().toString());
        }
        config.put("kumo.fleet.reconcile-interval", "1s");
        config.put("kumo.fleet.log-filter-revert-check", "1s");
        GatewayProcess gateway = GatewayProcess.configure(workDir, config).start();
        String id;
        try {
            id = given().baseUri(gateway.url().toString()).contentType("application/json")
                    .body("{\"domain\":\"example.com\",\"reason\":\"survive\",\"duration\":\"1h\"}")
                    .post("/api/fleet/v1/bounces").then().statusCode(201).extract().jsonPath().getString("directive.id");
            given().baseUri(gateway.url().toString()).contentType("application/json")
                    .body("{\"filter\":\"kumod=debug\",\"revert_after\":\"6s\"}")
                    .put("/api/fleet/v1/log-filter").then().statusCode(200);
            assertThat(fleet.node(1).logFilter()).isEqualTo("kumod=debug");
        } finally {
            gateway.kill();
        }

        SimulatedFleet.await(fleet.node(2).restart(), WAIT); // forgets its rules while the gateway is down
        gateway.start();
        try {
            given().baseUri(gateway.url().toString()).get("/api/fleet/v1/bounces/" + id).then().statusCode(200)
                    .body("state", equalTo("active"));
            await("sim-2 holds the bounce again").atMost(WAIT)
                    .until(() -> bounceReasons(fleet.node(2)).contains("survive [fleet:" + id + "]"));
            await("sim-1 is back to its baseline filter").atMost(WAIT)
                    .until(() -> "kumod=info".equals(fleet.node(1).logFilter()));
            // The reverts are recorded once every node has answered, after sim-1's filter is already back.
            await("every node's revert is recorded").atMost(WAIT).until(() -> {
                List<Object> revertedAt = given().baseUri(gateway.url().toString()).get("/api/fleet/v1/log-filter")
                        .then().statusCode(200).extract().jsonPath().getList("reverted_at");
                return revertedAt.size() == fleet.nodes().size() && revertedAt.stream().allMatch(at -> at != null);
            });
        } catch (RuntimeException | AssertionError e) {
            throw new AssertionError(e.getMessage() + "\n--- gateway log ---\n" + gateway.log(), e);
        } finally {
            gateway.stop();
        }
    }

    private static List<String> bounceReasons(SimulatedNode node) {
        return given().baseUri(node.url().toString()).get("/api/admin/bounce/v1").then().statusCode(200)
                .extract().jsonPath().getList("reason");
    }
}
