package io.kumofleet.schedule;

import static io.kumofleet.schedule.ScheduleCalls.bounces;
import static io.kumofleet.schedule.ScheduleCalls.create;
import static io.kumofleet.schedule.ScheduleCalls.run;
import static io.kumofleet.schedule.ScheduleCalls.runs;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import io.kumofleet.config.FleetConfig;
import io.kumofleet.fleet.directive.Reconciler;
import io.kumofleet.sim.Faults;
import io.kumofleet.support.GatewayTest;
import io.kumofleet.support.HangGuard;
import io.kumofleet.support.NodeApi;
import io.kumofleet.support.PatientNodes;
import io.kumofleet.support.TestFleet;
import io.quarkus.runtime.configuration.ConfigurationException;
import io.quarkus.runtime.configuration.DurationConverter;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import io.smallrye.config.SmallRyeConfigBuilder;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Firing as a pipeline: a slow node holds up neither the next claims nor other schedules' windows,
 * and firings under way are bounded. Time is the hand-moved test clock; a slow node is sim-3 holding
 * its bounce answers (the simulator's hold fault) until the test releases them, and the nodes' timeout
 * is one only a hang reaches, so that the test alone decides when sim-3 has answered.
 */
@QuarkusTest
@TestProfile(PatientNodes.class)
class SchedulePipelineTest extends GatewayTest {

    private static final String BOUNCES = "/api/admin/bounce/v1";
    private static final Instant T1 = TestFleet.EPOCH.plus(Duration.ofMinutes(1));
    private static final Instant T2 = TestFleet.EPOCH.plus(Duration.ofMinutes(2));

    @Inject
    ScheduleDispatcher dispatcher;

    @Inject
    ScheduleClaims claims;

    @Inject
    WindowFiring firing;

    @Inject
    Reconciler reconciler;

    @Inject
    Clock clock;

    @Test
    void aSlowNodeHoldsUpNeitherTheNextClaimsNorOtherSchedulesWindows() {
        slowNode().hold(BOUNCES);
        String slow = create("slow.example", T1, "sim-3");
        String quick = create("quick.example", T2, "sim-1");

        TestFleet.clock().set(T1);
        assertThat(dispatcher.startDue()).isEqualTo(1);
        awaitSlowNodeCalled(); // fired: the directive is stored and sent, while the node has not answered
        TestFleet.clock().set(T2);
        assertThat(dispatcher.startDue()).isEqualTo(1);

        await().atMost(HangGuard.LIMIT).pollInterval(Duration.ofMillis(10))
                .until(() -> "fired".equals(run(quick).get("status")));
        assertThat(run(slow).get("status")).as("sim-3 has not answered yet").isEqualTo("firing");
        assertThat(run(quick).get("lateness_ms")).isEqualTo(0);
        assertThat(NodeApi.rules("sim-1", "bounce")).hasSize(1);

        slowNode().release();
        dispatcher.dispatchDue(); // returns once the slow firing has ended too
        Map<String, Object> slowRun = run(slow);
        assertThat(slowRun.get("status")).isEqualTo("fired");
        assertThat(slowRun.get("lateness_ms")).isEqualTo(0);
        assertThat(outcomes(slowRun)).extracting(o -> o.get("node"), o -> o.get("result"))
                .containsExactly(tuple("sim-3", "applied"));
        assertThat(NodeApi.rules("sim-3", "bounce")).hasSize(1);
    }

    @Test
    void dueWindowsBeyondTheFiringsUnderWayWaitInTheDatabase() {
        slowNode().hold(BOUNCES);
        String first = create("first.example", T1, "sim-3");
        String second = create("second.example", T1.plusSeconds(30), "sim-1");
        ScheduleDispatcher onePlace = new ScheduleDispatcher(claims, firing, clock, config(1));
        try {
            TestFleet.clock().set(T2);
            assertThat(onePlace.startDue()).isEqualTo(1);
            assertThat(onePlace.startDue()).as("the one place is taken until sim-3's call ends").isZero();
            assertThat(runs(second)).isEmpty();
            assertThat(run(first).get("status")).isEqualTo("firing");
            awaitSlowNodeCalled();
            assertThat(onePlace.startDue()).as("sim-3 has not answered yet").isZero();
            assertThat(runs(second)).isEmpty();

            slowNode().release();
            assertThat(onePlace.dispatchDue()).isEqualTo(1);
            assertThat(run(first).get("status")).isEqualTo("fired");
            assertThat(run(second).get("status")).isEqualTo("fired");
            assertThat(NodeApi.rules("sim-1", "bounce")).hasSize(1);
        } finally {
            onePlace.stop();
        }
        assertThat(NodeApi.rules("sim-3", "bounce")).hasSize(1);
    }

    @Test
    void noPlaceForFiringsIsAConfigurationError() {
        assertThatThrownBy(() -> new ScheduleDispatcher(claims, firing, clock, config(0)))
                .isInstanceOf(ConfigurationException.class)
                .hasMessage("kumo.fleet.schedule-in-flight must be at least 1, not 0");
    }

    @Test
    void cancellingWhileAWindowsNodesAreStillCalledCancelsItsDirective() {
        slowNode().hold(BOUNCES);
        String id = create("cancel.example", T1, null);
        TestFleet.clock().set(T1);
        assertThat(dispatcher.startDue()).isEqualTo(1);
        awaitSlowNodeCalled();
        assertThat(bounces()).hasSize(1);

        JsonPath cancelled = given().delete("/api/fleet/v1/schedules/" + id).then().statusCode(200)
                .extract().jsonPath();
        assertThat(cancelled.getString("schedule.runs[0].status")).as("sim-3 has not answered yet")
                .isEqualTo("firing");
        assertThat(cancelled.getString("cancelled_directive.directive.state")).isEqualTo("cancelled");

        slowNode().release();
        dispatcher.dispatchDue();
        assertThat(NodeApi.rules("sim-3", "bounce")).as("sim-3 took the rule after the cancel").hasSize(1);
        reconciler.reconcile(); // removes what the fan-out put on the nodes after the cancel
        for (String node : List.of("sim-1", "sim-2", "sim-3")) {
            assertThat(NodeApi.rules(node, "bounce")).isEmpty();
        }
    }

    private static Faults slowNode() {
        return TestFleet.node("sim-3").faults();
    }

    /** The firing has sent its directive to sim-3, which holds the call. */
    private static void awaitSlowNodeCalled() {
        await().atMost(HangGuard.LIMIT).pollInterval(Duration.ofMillis(10)).until(() -> slowNode().held() == 1);
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> outcomes(Map<String, Object> run) {
        return (List<Map<String, Object>>) run.get("outcomes");
    }

    /** sim-3 answers again and the gateway finds it up, so that the next test finds it neither held nor held back. */
    @AfterEach
    void recoverSlowNode() {
        slowNode().clear();
        given().queryParam("node", "sim-3").get("/api/fleet/v1/nodes").then().statusCode(200)
                .body("nodes[0].status", equalTo("up"));
    }

    private static FleetConfig config(int inFlight) {
        return new SmallRyeConfigBuilder()
                .withMapping(FleetConfig.class)
                .withConverter(Duration.class, 200, new DurationConverter())
                .withDefaultValues(Map.of(
                        "kumo.fleet.schedule-in-flight", String.valueOf(inFlight),
                        "kumo.fleet.instance-id", "gw-narrow",
                        "kumo.fleet.log-filter-revert-check", "10s",
                        "kumo.fleet.schedule-poll", "1h"))
                .build()
                .getConfigMapping(FleetConfig.class);
    }
}
