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

    @Test
    void anIdenticalDirectiveSupersedesTheOlderOne() {
        String body = "{\"domain\":\"example.com\",\"reason\":\"first\"}";
        String first = given().contentType("application/json").body(body).post("/api/fleet/v1/suspensions")
                .then().statusCode(201).extract().jsonPath().getString("directive.id");
        String second = given().contentType("application/json").body(body.replace("first", "second"))
                .post("/api/fleet/v1/suspensions").then().statusCode(201).extract().jsonPath().getString("directive.id");

        given().get("/api/fleet/v1/suspensions/" + first).then().statusCode(200)
                .body("state", org.hamcrest.Matchers.equalTo("cancelled"))
                .body("ended_by", org.hamcrest.Matchers.equalTo("superseded by " + second));
        assertThat(NodeApi.rules("sim-1", "suspend")).extracting(r -> r.get("reason"))
                .containsExactly("second [fleet:" + second + "]");
    }

    @Test
    void anIdenticalDirectiveOnFewerNodesIsAConflict() {
        given().contentType("application/json").body("{\"domain\":\"example.com\",\"reason\":\"all\"}")
                .post("/api/fleet/v1/suspensions").then().statusCode(201);

        given().contentType("application/json")
                .body("{\"domain\":\"example.com\",\"reason\":\"one\",\"target\":{\"nodes\":[\"sim-1\"]}}")
                .post("/api/fleet/v1/suspensions").then().statusCode(409)
                .contentType("application/problem+json");
    }
}
