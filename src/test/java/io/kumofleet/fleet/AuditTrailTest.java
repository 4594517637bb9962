package io.kumofleet.fleet;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.kumofleet.fleet.directive.Reconciler;
import io.kumofleet.schedule.ScheduleDispatcher;
import io.kumofleet.support.GatewayTest;
import io.kumofleet.support.NodeApi;
import io.kumofleet.support.TestFleet;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Every lifecycle event of a directive is an audit entry naming who (or what) did it. */
@QuarkusTest
class AuditTrailTest extends GatewayTest {

    @Inject
    Reconciler reconciler;

    @Inject
    ScheduleDispatcher dispatcher;

    @Test
    void aDirectiveWhoseEndPassesIsAnExpiryEntryAfterOneReconcile() {
        JsonPath created = BounceDirectivesTest.createBounce("{\"domain\":\"example.com\",\"reason\":\"r\",\"duration\":\"30m\"}");
        String id = created.getString("directive.id");
        TestFleet.clock().advance(Duration.ofMinutes(29));
        reconciler.reconcile();
        assertThat(trail(id).getList("action")).containsExactly("create-bounce");

        TestFleet.clock().advance(Duration.ofMinutes(1));
        reconciler.reconcile();

        JsonPath trail = trail(id);
        assertThat(trail.getList("action")).containsExactly("expire-bounce", "create-bounce");
        assertThat(trail.getString("[0].actor")).isEqualTo("system:expiry");
        assertThat(trail.getString("[0].subject")).isEqualTo(id);
        assertThat(trail.getString("[0].request.expires")).isEqualTo(created.getString("directive.expires"));
        reconciler.reconcile();
        assertThat(trail(id).getList("action")).as("an expiry is recorded once").hasSize(2);
    }

    @Test
    void theEndOfAScheduledWindowIsAnEntryOfThatSchedule() {
        Instant start = TestFleet.EPOCH.plus(Duration.ofMinutes(10));
        String schedule = given().contentType("application/json")
                .body("{\"kind\":\"suspension\",\"domain\":\"example.com\",\"reason\":\"window\",\"start\":\"" + start
                        + "\",\"duration\":\"30m\"}")
                .post("/api/fleet/v1/schedules").then().statusCode(201).extract().jsonPath().getString("id");
        TestFleet.clock().advance(Duration.ofMinutes(10));
        assertThat(dispatcher.dispatchDue()).isEqualTo(1);
        String directive = given().get("/api/fleet/v1/schedules/" + schedule).then().statusCode(200).extract()
                .jsonPath().getString("runs[0].directive_id");

        TestFleet.clock().advance(Duration.ofMinutes(30));
        reconciler.reconcile();

        JsonPath trail = trail(directive);
        assertThat(trail.getList("action")).containsExactly("end-window-suspension", "create-suspension");
        assertThat(trail.getList("actor")).containsOnly("schedule:" + schedule);
        assertThat(trail.getString("[0].request.expires")).isEqualTo(start.plus(Duration.ofMinutes(30)).toString());
    }

    @Test
    void aCancelANodeMissedIsFinishedThereByTheReconciler() {
        String id = BounceDirectivesTest.createBounce("{\"domain\":\"example.com\",\"reason\":\"r\",\"duration\":\"1h\"}")
                .getString("directive.id");
        TestFleet.await(TestFleet.node("sim-2").goDown());
        given().delete("/api/fleet/v1/bounces/" + id).then().statusCode(200);
        TestFleet.await(TestFleet.node("sim-2").comeUp());
        TestFleet.clock().advance(Duration.ofMinutes(10)); // past the back-off the failed cancel put sim-2 in

        reconciler.reconcile();

        assertThat(NodeApi.rules("sim-2", "bounce")).isEmpty();
        JsonPath finished = given().queryParam("directive", id).queryParam("actor", "system:reconciler")
                .get("/api/fleet/v1/audit").then().statusCode(200).extract().jsonPath();
        assertThat(finished.getList("action")).containsExactly("finish-cancel-bounce");
        assertThat(finished.getList("[0].outcomes.node")).containsExactly("sim-2");
    }

    private static JsonPath trail(String directive) {
        return given().queryParam("directive", directive).get("/api/fleet/v1/audit").then().statusCode(200)
                .extract().jsonPath();
    }
}
