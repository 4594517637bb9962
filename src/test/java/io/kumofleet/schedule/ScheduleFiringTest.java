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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ScheduleFiringTest extends GatewayTest {

    @Inject
    ScheduleDispatcher dispatcher;

    @Inject
    Reconciler reconciler;

    @Test
    void oneShotWindowFiresAtStartWithExpiresAtEndAndEndsAtEnd() {
        Instant start = TestFleet.EPOCH.plus(Duration.ofMinutes(10));
        JsonPath created = create("{\"kind\":\"bounce\",\"domain\":\"example.com\",\"reason\":\"campaign abort\","
                + "\"start\":\"" + start + "\",\"duration\":\"30m\"}");
        String id = created.getString("id");
        assertThat(created.getString("next_windows[0].start")).isEqualTo(start.toString());
        assertThat(created.getString("next_windows[0].end")).isEqualTo(start.plus(Duration.ofMinutes(30)).toString());

        assertThat(dispatcher.dispatchDue()).isZero();
        assertThat(NodeApi.rules("sim-1", "bounce")).isEmpty();

        TestFleet.clock().advance(Duration.ofMinutes(10));
        assertThat(dispatcher.dispatchDue()).isEqualTo(1);

        JsonPath schedule = given().get("/api/fleet/v1/schedules/" + id).then().statusCode(200).extract().jsonPath();
        assertThat(schedule.getString("runs[0].status")).isEqualTo("fired");
        assertThat(schedule.getLong("runs[0].lateness_ms")).isZero();
        assertThat(schedule.getList("runs[0].outcomes.result")).containsOnly("applied").hasSize(3);
        String directive = schedule.getString("runs[0].directive_id");
        given().get("/api/fleet/v1/bounces/" + directive).then()
                .body("expires", equalTo(start.plus(Duration.ofMinutes(30)).toString()));
        for (String node : List.of("sim-1", "sim-2", "sim-3")) {
            assertThat(NodeApi.rules(node, "bounce")).extracting(r -> r.get("duration")).containsExactly("30m");
        }
        assertThat(dispatcher.dispatchDue()).isZero();

        TestFleet.clock().advance(Duration.ofMinutes(31));
        reconciler.reconcile();
        given().get("/api/fleet/v1/bounces/" + directive).then().body("state", equalTo("expired"));
        assertThat(NodeApi.rules("sim-1", "bounce")).isEmpty();
    }

    @Test
    void recurringWindowsAcrossADstChangeFireExactlyAsPromised() {
        // Europe/Berlin springs forward on 2030-03-31 at 02:00; 02:30 does not exist that night.
        TestFleet.clock().set(Instant.parse("2030-03-29T12:00:00Z"));
        JsonPath created = create("{\"kind\":\"suspension\",\"tenant\":\"acme\",\"reason\":\"quiet hours\","
                + "\"cron\":\"30 2 * * *\",\"zone\":\"Europe/Berlin\",\"duration\":\"1h\"}");
        List<Map<String, String>> promised = created.getList("next_windows");
        assertThat(promised).hasSize(5);
        assertThat(promised.get(0).get("start_in_zone")).isEqualTo("2030-03-30T02:30:00+01:00");
        assertThat(promised.get(promised.size() - 1).get("start_in_zone")).endsWith("T02:30:00+02:00");

        List<String> fired = new ArrayList<>();
        for (Map<String, String> window : promised) {
            Instant start = Instant.parse(window.get("start"));
            TestFleet.clock().set(start.minusSeconds(1));
            assertThat(dispatcher.dispatchDue()).isZero();
            TestFleet.clock().set(start);
            assertThat(dispatcher.dispatchDue()).isEqualTo(1);
            fired.add(start.toString());
        }

        List<String> runs = given().get("/api/fleet/v1/schedules/" + created.getString("id")).then()
                .extract().jsonPath().getList("runs.window_start");
        assertThat(runs).containsExactlyInAnyOrderElementsOf(fired);
        assertThat(runs).doesNotHaveDuplicates().hasSize(5);
    }

    @Test
    void aStartMissedWhileDownFiresLateOnceWithTheRemainingWindow() {
        Instant start = TestFleet.EPOCH.plus(Duration.ofMinutes(5));
        String id = create("{\"kind\":\"bounce\",\"campaign\":\"spring\",\"reason\":\"abort\",\"start\":\"" + start
                + "\",\"duration\":\"1h\"}").getString("id");

        TestFleet.clock().advance(Duration.ofMinutes(20)); // the gateway was down from before the start until now
        assertThat(dispatcher.dispatchDue()).isEqualTo(1);
        assertThat(dispatcher.dispatchDue()).isZero();

        given().get("/api/fleet/v1/schedules/" + id).then()
                .body("runs.size()", equalTo(1))
                .body("runs[0].status", equalTo("fired"))
                .body("runs[0].lateness_ms", equalTo(15 * 60 * 1000));
        assertThat(NodeApi.rules("sim-2", "bounce")).extracting(r -> r.get("duration")).containsExactly("45m");
    }

    @Test
    void aWindowThatEndedWhileDownIsRecordedAsMissed() {
        Instant start = TestFleet.EPOCH.plus(Duration.ofMinutes(5));
        String id = create("{\"kind\":\"bounce\",\"domain\":\"example.com\",\"reason\":\"abort\",\"start\":\""
                + start + "\",\"end\":\"" + start.plus(Duration.ofMinutes(10)) + "\"}").getString("id");

        TestFleet.clock().advance(Duration.ofMinutes(30));
        dispatcher.dispatchDue();

        given().get("/api/fleet/v1/schedules/" + id).then()
                .body("state", equalTo("finished"))
                .body("runs[0].status", equalTo("missed"));
        assertThat(NodeApi.rules("sim-1", "bounce")).isEmpty();
        given().get("/api/fleet/v1/bounces").then().body("directives.size()", equalTo(0));
    }

    @Test
    void cancellingStopsFiringAndCancelsTheWindowInForce() {
        String id = create("{\"kind\":\"bounce\",\"tenant\":\"acme\",\"reason\":\"hourly\",\"cron\":\"0 * * * *\","
                + "\"zone\":\"UTC\",\"duration\":\"10m\"}").getString("id");
        TestFleet.clock().set(TestFleet.EPOCH.plus(Duration.ofHours(1)));
        assertThat(dispatcher.dispatchDue()).isEqualTo(1);
        assertThat(NodeApi.rules("sim-1", "bounce")).hasSize(1);

        given().delete("/api/fleet/v1/schedules/" + id).then().statusCode(200)
                .body("schedule.state", equalTo("cancelled"))
                .body("cancelled_directive.outcomes.result", equalTo(List.of("cancelled", "cancelled", "cancelled")));

        assertThat(NodeApi.rules("sim-1", "bounce")).isEmpty();
        TestFleet.clock().advance(Duration.ofHours(1));
        assertThat(dispatcher.dispatchDue()).isZero();
    }

    private static JsonPath create(String body) {
        return given().contentType("application/json").body(body).post("/api/fleet/v1/schedules").then()
                .statusCode(201).extract().jsonPath();
    }
}
