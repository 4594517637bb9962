package io.kumofleet.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.startsWith;

import io.kumofleet.support.GatewayTest;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** Readiness covers the database; Prometheus metrics are exposed. */
@QuarkusTest
class HealthAndMetricsTest extends GatewayTest {

    @Test
    void readinessIncludesTheDatabase() {
        given().get("/q/health/ready").then()
                .statusCode(200)
                .body("checks.name", hasItem("Database connections health check"));
    }

    @Test
    void prometheusTextCarriesTheGatewaysOwnMetrics() {
        // A fan-out, so that the node-call timer has a sample whatever ran before.
        given().get("/api/fleet/v1/nodes").then().statusCode(200);

        given().accept("text/plain").get("/q/metrics").then()
                .statusCode(200)
                .contentType(startsWith("text/plain"))
                .body(containsString("# TYPE kumo_fleet_fanouts_active gauge"))
                .body(containsString("# TYPE kumo_fleet_fanouts_refused_total counter"))
                .body(matchesPattern("(?s).*\\nkumo_fleet_node_calls_seconds_count\\{[^}]*operation=\"node-status\"[^}]*} \\d.*"));
    }
}
