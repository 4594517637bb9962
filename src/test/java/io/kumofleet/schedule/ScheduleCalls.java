package io.kumofleet.schedule;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** The gateway's schedule and bounce API as the firing tests call it. */
final class ScheduleCalls {

    private ScheduleCalls() {}

    /** A bounce schedule of one 30-minute window on one node (null: every node). */
    static String create(String domain, Instant start, String node) {
        String target = node == null ? "" : ",\"target\":{\"nodes\":[\"" + node + "\"]}";
        return given().contentType("application/json")
                .body("{\"kind\":\"bounce\",\"domain\":\"" + domain + "\",\"reason\":\"pipeline\",\"start\":\"" + start
                        + "\",\"duration\":\"30m\"" + target + "}")
                .post("/api/fleet/v1/schedules").then().statusCode(201).extract().jsonPath().getString("id");
    }

    static List<Map<String, Object>> runs(String schedule) {
        return given().get("/api/fleet/v1/schedules/" + schedule).then().statusCode(200).extract().jsonPath()
                .getList("runs");
    }

    /** The schedule's one run. */
    static Map<String, Object> run(String schedule) {
        List<Map<String, Object>> runs = runs(schedule);
        assertThat(runs).hasSize(1);
        return runs.get(0);
    }

    static List<Map<String, Object>> bounces() {
        return given().queryParam("state", "all").get("/api/fleet/v1/bounces").then().statusCode(200).extract()
                .jsonPath().getList("directives");
    }
}
