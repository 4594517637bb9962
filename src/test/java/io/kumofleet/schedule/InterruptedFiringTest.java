package io.kumofleet.schedule;

import static io.kumofleet.schedule.ScheduleCalls.bounces;
import static io.kumofleet.schedule.ScheduleCalls.create;
import static io.kumofleet.schedule.ScheduleCalls.run;
import static io.kumofleet.schedule.ScheduleCalls.runs;
import static org.assertj.core.api.Assertions.assertThat;

import io.kumofleet.fleet.directive.Reconciler;
import io.kumofleet.fleet.directive.ScheduledDirectives;
import io.kumofleet.support.GatewayTest;
import io.kumofleet.support.NodeApi;
import io.kumofleet.support.TestFleet;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A firing cut short by a crash is finished exactly once, and the reconciler leaves a directive alone
 * while a firing may still be sending it (for its nodes' timeouts, 1 s in tests, on the test clock).
 */
@QuarkusTest
class InterruptedFiringTest extends GatewayTest {

    private static final Instant T1 = TestFleet.EPOCH.plus(Duration.ofMinutes(1));

    @Inject
    ScheduleDispatcher dispatcher;

    @Inject
    ScheduleClaims claims;

    @Inject
    ScheduledDirectives directives;

    @Inject
    Reconciler reconciler;

    @Test
    void aFiringCutShortAfterItsDirectiveWasStoredEndsWithThatDirectiveAndNoOther() {
        String id = create("crash.example", T1, null);
        TestFleet.clock().set(T1);
        // a replica claims the window, stores its directive, and dies before calling any node
        Firing cut = claims.claim("gw-gone", T1, T1.plusSeconds(60), 10).firings().get(0);
        QuarkusTransaction.requiringNew().run(() -> directives.store(
                cut.template().endingAt(cut.window().end()), id, cut.directiveId()));

        TestFleet.clock().set(T1.plusSeconds(30));
        assertThat(dispatcher.dispatchDue()).as("the dead replica's lease still holds").isZero();
        TestFleet.clock().set(T1.plusSeconds(61));
        assertThat(dispatcher.dispatchDue()).isEqualTo(1);

        Map<String, Object> run = run(id);
        assertThat(run.get("status")).isEqualTo("fired");
        assertThat(run.get("directive_id")).isEqualTo(cut.directiveId());
        assertThat(run.get("fired_at")).as("when the directive was stored").isEqualTo(T1.toString());
        assertThat((String) run.get("message")).startsWith("resumed after an interruption");
        assertThat(bounces()).extracting(d -> d.get("id")).containsExactly(cut.directiveId());
        assertThat(runs(id)).hasSize(1);

        reconciler.reconcile(); // the nodes the dead replica never called get the rule
        for (String node : List.of("sim-1", "sim-2", "sim-3")) {
            assertThat(NodeApi.rules(node, "bounce")).hasSize(1);
        }
    }

    @Test
    void aFiringCutShortBeforeItsDirectiveWasStoredCreatesItWithTheRecordedId() {
        String id = create("crash.example", T1, null);
        TestFleet.clock().set(T1);
        Firing cut = claims.claim("gw-gone", T1, T1.plusSeconds(60), 10).firings().get(0);

        TestFleet.clock().set(T1.plusSeconds(61));
        assertThat(dispatcher.dispatchDue()).isEqualTo(1);

        Map<String, Object> run = run(id);
        assertThat(run.get("status")).isEqualTo("fired");
        assertThat(run.get("directive_id")).isEqualTo(cut.directiveId());
        assertThat(run.get("lateness_ms")).isEqualTo(61_000);
        assertThat(run.get("outcomes").toString()).doesNotContain("failed");
        assertThat(bounces()).extracting(d -> d.get("id")).containsExactly(cut.directiveId());
        assertThat(NodeApi.rules("sim-2", "bounce")).extracting(r -> r.get("duration")).containsExactly("28m 59s");
    }

    @Test
    void theReconcilerDoesNotSendADirectiveWhoseFiringMayStillBeSendingIt() {
        String id = create("inflight.example", T1, null);
        TestFleet.clock().set(T1);
        Firing firing = claims.claim("gw-a", T1, T1.plusSeconds(60), 10).firings().get(0);
        QuarkusTransaction.requiringNew().run(() -> directives.store(
                firing.template().endingAt(firing.window().end()), id, firing.directiveId()));

        long posts = TestFleet.node("sim-1").requests().of("POST", "/api/admin/bounce/v1");
        reconciler.reconcile(); // within the 1 s node timeout of its creation: the firing's fan-out may be under way
        assertThat(TestFleet.node("sim-1").requests().of("POST", "/api/admin/bounce/v1")).isEqualTo(posts);
        assertThat(NodeApi.rules("sim-1", "bounce")).isEmpty();

        TestFleet.clock().set(T1.plusSeconds(2)); // nobody sends it any more: the reconciler does
        reconciler.reconcile();
        for (String node : List.of("sim-1", "sim-2", "sim-3")) {
            assertThat(NodeApi.rules(node, "bounce")).hasSize(1);
        }
    }
}
