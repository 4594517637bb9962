package io.kumofleet.security;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.kumofleet.sim.SimulatedNode;
import io.kumofleet.support.GatewayTest;
import io.kumofleet.support.HangGuard;
import io.kumofleet.support.NodeApi;
import io.kumofleet.support.TestFleet;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/** A gateway that may run one fan-out at a time answers a second one 429, having done nothing. */
@QuarkusTest
@TestProfile(FanoutFloodTest.OneFanoutAtATime.class)
class FanoutFloodTest extends GatewayTest {

    private static final String LIVENESS = "/api/check-liveness/v1";

    /** One fan-out at a time; sim-3 has a node timeout only a hang reaches, so only its release ends a held call. */
    public static class OneFanoutAtATime implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("kumo.fleet.max-concurrent-fanouts", "1", "kumo.fleet.nodes.sim-3.timeout", "10m");
        }
    }

    @Test
    void aChangeWhileTheOnlyFanoutPlaceIsTakenIs429AndChangesNothing() {
        SimulatedNode slow = TestFleet.node("sim-3");
        slow.faults().hold(LIVENESS);
        CompletableFuture<Integer> held = CompletableFuture.supplyAsync(() ->
                given().queryParam("node", "sim-3").get("/api/fleet/v1/nodes").statusCode());
        // sim-3 holds the gateway's call, and with it the only fan-out place, until it is released
        await().atMost(HangGuard.LIMIT).until(() -> slow.faults().held() == 1);

        Response refused = given().contentType("application/json")
                .body("{\"domain\":\"a.example\",\"reason\":\"r\",\"target\":{\"tags\":[\"eu\"]}}")
                .post("/api/fleet/v1/bounces");

        assertThat(refused.statusCode()).as(refused.asString()).isEqualTo(429);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.header("Retry-After")).isEqualTo("1");
        assertThat(refused.jsonPath().getString("detail")).contains("kumo.fleet.max-concurrent-fanouts",
                "nothing was sent or changed");
        assertThat(given().queryParam("state", "all").get("/api/fleet/v1/bounces").then().statusCode(200)
                .extract().jsonPath().getList("directives")).isEmpty();
        assertThat(NodeApi.rules("sim-1", "bounce")).isEmpty();

        // sim-3 answers at last, which ends the fan-out and frees its place.
        slow.faults().release();
        assertThat(held.join()).isEqualTo(200);
        given().contentType("application/json")
                .body("{\"domain\":\"a.example\",\"reason\":\"r\",\"target\":{\"tags\":[\"eu\"]}}")
                .post("/api/fleet/v1/bounces").then().statusCode(201);
    }
}
