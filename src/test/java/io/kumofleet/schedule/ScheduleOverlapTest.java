package io.kumofleet.schedule;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.kumofleet.fleet.directive.Reconciler;
import io.kumofleet.support.GatewayTest;
import io.kumofleet.support.NodeApi;
import io.kumofleet.support.TestFleet;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A schedule's windows and manual directives with the same criteria never cut each other short. */
@QuarkusTest
class ScheduleOverlapTest extends GatewayTest {

    @Inject
    ScheduleDispatcher dispatcher;

    @Inject
    Reconciler reconciler;

    @Test
    void aManualSuspensionOutlivesARecurringWindowThatFiresTwice() {
        String manual = post("/suspensions", "{\"tenant\":\"acme\",\"reason\":\"maintenance\",\"duration\":\"2h\","
                + "\"target\":{\"nodes\":[\"sim-3\"]}}").getString("directive.id");
        JsonPath schedule = post("/schedules", "{\"kind\":\"suspension\",\"tenant\":\"acme\",\"reason\":\"quiet minute\","
                + "\"cron\":\"*/30 * * * *\",\"zone\":\"UTC\",\"duration\":\"1m\"}");
        List<Map<String, String>> windows = schedule.getList("next_windows");

        for (Map<String, String> window : windows.subList(0, 2)) {
            Instant start = Instant.parse(window.get("start"));
            TestFleet.clock().set(start);
            assertThat(dispatcher.dispatchDue()).isEqualTo(1);
            Duration left = Duration.between(start, TestFleet.EPOCH.plus(Duration.ofHours(2)));

            assertThat(reasons("sim-3")).containsExactly("maintenance [fleet:" + manual + "]");
            assertThat(reasons("sim-1")).singleElement().asString().startsWith("quiet minute [fleet:");
            given().get("/api/fleet/v1/suspensions/" + manual).then().body("state", equalTo("active"));

            TestFleet.clock().set(start.plus(Duration.ofMinutes(2)));
            reconciler.reconcile();

            assertThat(NodeApi.rules("sim-1", "suspend")).isEmpty();
            assertThat(NodeApi.rules("sim-3", "suspend")).extracting(r -> r.get("reason"), r -> r.get("duration"))
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("maintenance [fleet:" + manual + "]",
                            humantime(left.minusMinutes(2))));
            given().get("/api/fleet/v1/suspensions/" + manual).then().body("state", equalTo("active"));
        }
        given().queryParam("state", "expired").get("/api/fleet/v1/suspensions").then()
                .body("directives.schedule_id", equalTo(List.of(schedule.getString("id"), schedule.getString("id"))));
    }

    private static List<Object> reasons(String node) {
        return NodeApi.rules(node, "suspend").stream().map(r -> r.get("reason")).toList();
    }

    /** kumod's rendering of a whole number of minutes under a day, e.g. {@code 1h 28m}. */
    private static String humantime(Duration d) {
        return d.toHours() == 0 ? d.toMinutes() + "m" : d.toHours() + "h " + d.toMinutesPart() + "m";
    }

    private static JsonPath post(String path, String body) {
        return given().contentType("application/json").body(body).post("/api/fleet/v1" + path).then()
                .statusCode(201).extract().jsonPath();
    }
}
