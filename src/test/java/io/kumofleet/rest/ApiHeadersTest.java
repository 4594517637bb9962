package io.kumofleet.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.kumofleet.support.GatewayTest;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** Every API answer, refusals included, tells browsers not to sniff it and caches not to keep it. */
@QuarkusTest
class ApiHeadersTest extends GatewayTest {

    @Test
    void answersAreNeitherSniffedNorCached() {
        given().get("/api/fleet/v1/nodes").then().statusCode(200)
                .header("X-Content-Type-Options", equalTo("nosniff"))
                .header("Cache-Control", equalTo("no-store"));
    }

    @Test
    void refusalsAreNeitherSniffedNorCached() {
        given().header("Authorization", "Bearer not-a-token").get("/api/fleet/v1/nodes").then().statusCode(401)
                .header("X-Content-Type-Options", equalTo("nosniff"))
                .header("Cache-Control", equalTo("no-store"));
        given().get("/api/fleet/v1/bounces/00000000").then().statusCode(404)
                .header("X-Content-Type-Options", equalTo("nosniff"))
                .header("Cache-Control", equalTo("no-store"));
    }
}
