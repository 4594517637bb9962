package io.kumofleet.fleet;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.kumofleet.fleet.logfilter.LogFilterService;
import io.kumofleet.support.GatewayTest;
import io.kumofleet.support.TestFleet;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class LogFilterTest extends GatewayTest {

    @Inject
    LogFilterService logFilters;

    @Test
    void setsTheFilterAndRevertsItToTheBaselineWhenTheTimeIsUp() {
        given().contentType("application/json")
                .body("{\"filter\":\"kumod=debug\",\"revert_after\":\"30m\",\"target\":{\"tags\":[\"eu\"]}}")
                .put("/api/fleet/v1/log-filter").then().statusCode(200)
                .body("outcomes.result", equalTo(List.of("set", "set")))
                .body("revert_at", equalTo(TestFleet.EPOCH.plus(Duration.ofMinutes(30)).toString()));
        assertThat(TestFleet.node("sim-1").logFilter()).isEqualTo("kumod=debug");
        assertThat(TestFleet.node("sim-3").logFilter()).isNotEqualTo("kumod=debug");
        given().get("/api/fleet/v1/log-filter").then()
                .body("find { it.node == 'sim-2' }.filter", equalTo("kumod=debug"))
                .body("find { it.node == 'sim-3' }.filter", equalTo(null));

        TestFleet.clock().advance(Duration.ofMinutes(29));
        assertThat(logFilters.revertDue()).isZero();
        TestFleet.clock().advance(Duration.ofMinutes(2));
        assertThat(logFilters.revertDue()).isEqualTo(2);

        assertThat(TestFleet.node("sim-1").logFilter()).isEqualTo("kumod=info");
        given().get("/api/fleet/v1/log-filter").then()
                .body("find { it.node == 'sim-1' }.filter", equalTo("kumod=info"))
                .body("find { it.node == 'sim-1' }.reverted_at", equalTo(TestFleet.clock().instant().toString()));
        given().queryParam("action", "revert-log-filter").get("/api/fleet/v1/audit").then()
                .body("actor", equalTo(List.of("system:log-filter-revert")))
                .body("[0].outcomes.node", equalTo(List.of("sim-1", "sim-2")));
    }

    @Test
    void aFilterKumodWouldRejectIsRefusedBeforeAnyNodeIsCalled() {
        String before = TestFleet.node("sim-1").logFilter();
        for (String filter : List.of("kumod=loud", "=", "[{bad")) {
            given().contentType("application/json").body(Map.of("filter", filter))
                    .put("/api/fleet/v1/log-filter").then().statusCode(422)
                    .contentType("application/problem+json")
                    .body("detail", containsString("not one kumod accepts"));
        }
        assertThat(TestFleet.node("sim-1").logFilter()).isEqualTo(before);
        assertThat(TestFleet.node("sim-1").requests().of("POST", "/api/admin/set_diagnostic_log_filter/v1")).isZero();
        given().queryParam("action", "set-log-filter").get("/api/fleet/v1/audit").then().body("", hasSize(0));
    }

    @Test
    void aLongFilterIsSetRecordedAndAudited() {
        String filter = String.join(",", java.util.Collections.nCopies(30, "kumod::smtp_server=debug"));
        assertThat(filter.length()).isGreaterThan(256);

        given().contentType("application/json").body(Map.of("filter", filter, "target", Map.of("nodes", List.of("sim-1"))))
                .put("/api/fleet/v1/log-filter").then().statusCode(200)
                .body("outcomes.result", equalTo(List.of("set")));

        assertThat(TestFleet.node("sim-1").logFilter()).isEqualTo(filter);
        assertThat(TestFleet.node("sim-1").requests().of("POST", "/api/admin/set_diagnostic_log_filter/v1")).isOne();
        given().get("/api/fleet/v1/log-filter").then().body("find { it.node == 'sim-1' }.filter", equalTo(filter));
        given().queryParam("action", "set-log-filter").get("/api/fleet/v1/audit").then()
                .body("[0].request.filter", equalTo(filter));
    }

    @Test
    void aFilterLongerThanTheGatewayKeepsIsRefusedWithNothingChanged() {
        String before = TestFleet.node("sim-2").logFilter();
        String filter = String.join(",", java.util.Collections.nCopies(500, "kumod=debug"));

        given().contentType("application/json").body(Map.of("filter", filter)).put("/api/fleet/v1/log-filter").then()
                .statusCode(422).body("detail", containsString("at most 4096"));

        assertThat(TestFleet.node("sim-2").logFilter()).isEqualTo(before);
    }

    @Test
    void badRevertAfterIsRefused() {
        given().contentType("application/json").body("{\"filter\":\"kumod=debug\",\"revert_after\":\"soon\"}")
                .put("/api/fleet/v1/log-filter").then().statusCode(422).body("detail", containsString("revert_after"));
    }
}
