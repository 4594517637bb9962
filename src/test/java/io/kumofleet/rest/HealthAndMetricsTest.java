package io.kumofleet.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** Readiness covers the database; Prometheus metrics are exposed. */
@QuarkusTest
class HealthAndMetricsTest {

    @Test
    void readinessIncludesTheDatabase() {
        given().get("/q/health/ready").then()
                .statusCode(200)
                .body("checks.name", hasItem("Database connections health check"));
    }
}
