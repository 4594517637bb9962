package io.kumofleet.security;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.kumofleet.support.GatewayTest;
import io.kumofleet.support.NodeApi;
import io.kumofleet.support.TestCredentials;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Ending a fleet-wide change needs the role that making it needed: an operator cannot undo an admin's. */
@QuarkusTest
class FleetWideCancelTest extends GatewayTest {

    private static final List<String> NODES = List.of("sim-1", "sim-2", "sim-3");

    @Test
    void anOperatorCannotCancelABounceOnEveryNode() {
        String id = create("/bounces", "{\"domain\":\"example.com\",\"reason\":\"r\",\"duration\":\"1h\"}");

        operator().delete("/api/fleet/v1/bounces/" + id).then().statusCode(403)
                .contentType("application/problem+json").body("detail", containsString("admin"));

        given().get("/api/fleet/v1/bounces/" + id).then().body("state", equalTo("active"));
        NODES.forEach(node -> assertThat(NodeApi.rules(node, "bounce")).hasSize(1));
        given().delete("/api/fleet/v1/bounces/" + id).then().statusCode(200);
    }

    @Test
    void anOperatorCannotCancelAnEverythingSuspensionEvenOnOneNode() {
        String id = create("/suspensions", "{\"everything\":true,\"reason\":\"r\",\"target\":{\"nodes\":[\"sim-1\"]}}");

        operator().delete("/api/fleet/v1/suspensions/" + id).then().statusCode(403);

        given().get("/api/fleet/v1/suspensions/" + id).then().body("state", equalTo("active"));
        assertThat(NodeApi.rules("sim-1", "suspend")).hasSize(1);
    }

    @Test
    void anOperatorCannotCancelAReadyQueueSuspensionOnEveryNode() {
        String id = create("/ready-queue-suspensions",
                "{\"name\":\"unspecified->mx.example.com@smtp_client\",\"reason\":\"r\"}");

        operator().delete("/api/fleet/v1/ready-queue-suspensions/" + id).then().statusCode(403);

        given().get("/api/fleet/v1/ready-queue-suspensions/" + id).then().body("state", equalTo("active"));
    }

    @Test
    void anOperatorCannotCancelAScheduleForEveryNode() {
        String id = given().contentType("application/json")
                .body("{\"kind\":\"suspension\",\"tenant\":\"acme\",\"reason\":\"quiet\",\"cron\":\"0 22 * * *\","
                        + "\"zone\":\"UTC\",\"duration\":\"1h\"}")
                .post("/api/fleet/v1/schedules").then().statusCode(201).extract().jsonPath().getString("id");

        operator().delete("/api/fleet/v1/schedules/" + id).then().statusCode(403)
                .contentType("application/problem+json");

        given().get("/api/fleet/v1/schedules/" + id).then().body("state", equalTo("active"));
    }

    @Test
    void anOperatorCancelsWhatAnOperatorMayMake() {
        String bounce = operator().contentType("application/json")
                .body("{\"domain\":\"example.com\",\"reason\":\"r\",\"target\":{\"nodes\":[\"sim-2\"]}}")
                .post("/api/fleet/v1/bounces").then().statusCode(201).extract().jsonPath().getString("directive.id");
        String schedule = operator().contentType("application/json")
                .body("{\"kind\":\"bounce\",\"domain\":\"example.com\",\"reason\":\"r\",\"cron\":\"0 22 * * *\","
                        + "\"zone\":\"UTC\",\"duration\":\"1h\",\"target\":{\"nodes\":[\"sim-2\"]}}")
                .post("/api/fleet/v1/schedules").then().statusCode(201).extract().jsonPath().getString("id");

        operator().delete("/api/fleet/v1/bounces/" + bounce).then().statusCode(200);
        operator().delete("/api/fleet/v1/schedules/" + schedule).then().statusCode(200);

        assertThat(NodeApi.rules("sim-2", "bounce")).isEmpty();
    }

    private static RequestSpecification operator() {
        return given().header("Authorization", "Bearer " + TestCredentials.OPERATOR);
    }

    private static String create(String path, String body) {
        return given().contentType("application/json").body(body).post("/api/fleet/v1" + path).then()
                .statusCode(201).extract().jsonPath().getString("directive.id");
    }
}
