package io.kumofleet.fleet;

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
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Directives with the same criteria are independent desired state: each node holds one rule for
 * them (kumod keeps one per criteria) until the latest end among those in force, and ending one
 * never ends what another still needs.
 */
@QuarkusTest
class OverlappingDirectivesTest extends GatewayTest {

    private static final String QUEUE = "acme@example.com";
    private static final List<String> NODES = List.of("sim-1", "sim-2", "sim-3");

    @Inject
    Reconciler reconciler;

    @Test
    void aShorterBounceNeitherReplacesNorShortensALongerOne() {
        String longer = create("bounces", "{\"domain\":\"example.com\",\"reason\":\"long\",\"duration\":\"30m\"}")
                .getString("directive.id");

        JsonPath shorter = create("bounces", "{\"domain\":\"example.com\",\"reason\":\"short\",\"duration\":\"5mins\"}");

        assertThat(shorter.getList("overlaps.id")).containsExactly(longer);
        assertThat(shorter.getList("overlaps[0].nodes")).containsExactlyElementsOf(NODES);
        assertThat(shorter.getList("outcomes.result")).containsOnly("applied").hasSize(3);
        state("bounces", longer, "active");
        state("bounces", shorter.getString("directive.id"), "active");
        for (String node : NODES) {
            assertThat(rules(node, "bounce")).containsExactly(Map.entry("long [fleet:" + longer + "]", "30m"));
        }
        // queued mail is still bounced while either is in force
        TestFleet.node("sim-1").queues().addMessages(QUEUE, 5);
        TestFleet.clock().advance(Duration.ofMinutes(10));
        reconciler.reconcile();
        TestFleet.node("sim-1").queues().addMessages(QUEUE, 5);
        assertThat(TestFleet.node("sim-1").queues().messageCount(QUEUE)).isZero();
        assertThat(rules("sim-1", "bounce")).containsExactly(Map.entry("long [fleet:" + longer + "]", "20m"));
    }

    @Test
    void aLongerSuspensionTakesTheRuleAndTheShorterOneSharesIt() {
        String shorter = create("suspensions", "{\"tenant\":\"acme\",\"reason\":\"short\",\"duration\":\"10m\"}")
                .getString("directive.id");
        String longer = create("suspensions", "{\"tenant\":\"acme\",\"reason\":\"long\",\"duration\":\"2h\"}")
                .getString("directive.id");

        for (String node : NODES) {
            assertThat(rules(node, "suspend")).containsExactly(Map.entry("long [fleet:" + longer + "]", "2h"));
        }
        given().get("/api/fleet/v1/suspensions/" + shorter).then()
                .body("state", equalTo("active"))
                .body("nodes.state", org.hamcrest.Matchers.everyItem(equalTo("applied")));
    }

    @Test
    void cancellingTheLongerOfTwoLeavesTheShortersEndAndCancellingBothLeavesNoRule() {
        String longer = create("bounces", "{\"domain\":\"example.com\",\"reason\":\"long\",\"duration\":\"30m\"}")
                .getString("directive.id");
        String shorter = create("bounces", "{\"domain\":\"example.com\",\"reason\":\"short\",\"duration\":\"10m\"}")
                .getString("directive.id");

        JsonPath cancelled = given().delete("/api/fleet/v1/bounces/" + longer).then().statusCode(200)
                .extract().jsonPath();

        assertThat(cancelled.getList("outcomes.result")).containsOnly("cancelled").hasSize(3);
        assertThat(cancelled.getString("outcomes[0].message")).contains(shorter);
        for (String node : NODES) {
            assertThat(rules(node, "bounce")).containsExactly(Map.entry("short [fleet:" + shorter + "]", "10m"));
        }
        assertThat(reconciler.reconcile()).isZero();

        given().delete("/api/fleet/v1/bounces/" + shorter).then().statusCode(200);

        NODES.forEach(node -> assertThat(NodeApi.rules(node, "bounce")).isEmpty());
        assertThat(reconciler.reconcile()).isZero();
    }

    @Test
    void cancellingTheShorterLeavesTheLongerAlone() {
        String longer = create("suspensions", "{\"tenant\":\"acme\",\"reason\":\"long\",\"duration\":\"2h\"}")
                .getString("directive.id");
        String shorter = create("suspensions",
                "{\"tenant\":\"acme\",\"reason\":\"short\",\"duration\":\"1m\",\"target\":{\"nodes\":[\"sim-3\"]}}")
                .getString("directive.id");

        given().delete("/api/fleet/v1/suspensions/" + shorter).then().statusCode(200)
                .body("outcomes[0].result", equalTo("cancelled"))
                .body("outcomes[0].message", org.hamcrest.Matchers.containsString(longer));

        assertThat(rules("sim-3", "suspend")).containsExactly(Map.entry("long [fleet:" + longer + "]", "2h"));
        state("suspensions", longer, "active");
    }

    @Test
    void whenTheShorterEndsTheLongerStaysInForceUntilItsOwnEnd() {
        String longer = create("suspensions",
                "{\"tenant\":\"acme\",\"reason\":\"maintenance\",\"duration\":\"2h\",\"target\":{\"nodes\":[\"sim-3\"]}}")
                .getString("directive.id");
        String window = create("suspensions", "{\"tenant\":\"acme\",\"reason\":\"quiet minute\",\"duration\":\"1m\"}")
                .getString("directive.id");
        assertThat(rules("sim-3", "suspend")).containsExactly(Map.entry("maintenance [fleet:" + longer + "]", "2h"));
        assertThat(rules("sim-1", "suspend")).containsExactly(Map.entry("quiet minute [fleet:" + window + "]", "1m"));

        TestFleet.clock().advance(Duration.ofMinutes(2));
        reconciler.reconcile();

        state("suspensions", window, "expired");
        state("suspensions", longer, "active");
        assertThat(NodeApi.rules("sim-1", "suspend")).isEmpty();
        assertThat(rules("sim-3", "suspend")).containsExactly(Map.entry("maintenance [fleet:" + longer + "]", "1h 58m"));
    }

    @Test
    void aRestartedNodeGetsOneRuleWithTheLatestEnd() {
        String longer = create("bounces", "{\"domain\":\"example.com\",\"reason\":\"long\",\"duration\":\"1h\"}")
                .getString("directive.id");
        create("bounces", "{\"domain\":\"example.com\",\"reason\":\"short\",\"duration\":\"20m\"}");
        TestFleet.await(TestFleet.node("sim-2").restart());

        reconciler.reconcile();

        assertThat(rules("sim-2", "bounce")).containsExactly(Map.entry("long [fleet:" + longer + "]", "1h"));
        assertThat(reconciler.reconcile()).isZero();
    }

    @Test
    void aNodeLeftWithTheShorterRuleGetsTheLongerBack() {
        // as when two gateway replicas create both at once and the shorter one's call lands last
        String longer = create("bounces", "{\"domain\":\"example.com\",\"reason\":\"long\",\"duration\":\"1h\"}")
                .getString("directive.id");
        String shorter = create("bounces", "{\"domain\":\"example.com\",\"reason\":\"short\",\"duration\":\"20m\"}")
                .getString("directive.id");
        NodeApi.post("sim-1", "bounce", "{\"domain\":\"example.com\",\"reason\":\"short [fleet:" + shorter
                + "]\",\"duration\":\"20m\"}");

        reconciler.reconcile();

        assertThat(rules("sim-1", "bounce")).containsExactly(Map.entry("long [fleet:" + longer + "]", "1h"));
        assertThat(reconciler.reconcile()).isZero();
    }

    @Test
    void replacingIsExplicitAndEndsTheNamedDirective() {
        String first = create("bounces", "{\"domain\":\"example.com\",\"reason\":\"first\",\"duration\":\"30m\"}")
                .getString("directive.id");

        JsonPath second = create("bounces", "{\"domain\":\"example.com\",\"reason\":\"second\",\"duration\":\"5m\","
                + "\"replaces\":[\"" + first + "\"]}");

        String id = second.getString("directive.id");
        assertThat(second.getList("replaced")).containsExactly(first);
        assertThat(second.getList("overlaps")).isEmpty();
        given().get("/api/fleet/v1/bounces/" + first).then()
                .body("state", equalTo("cancelled"))
                .body("ended_by", equalTo("replaced by " + id));
        NODES.forEach(node -> assertThat(rules(node, "bounce"))
                .containsExactly(Map.entry("second [fleet:" + id + "]", "5m")));
        given().queryParam("action", "replace-bounce").get("/api/fleet/v1/audit").then()
                .body("subject", equalTo(List.of(first)));
        assertThat(reconciler.reconcile()).isZero();
    }

    @Test
    void replacingAnUnknownOrEndedDirectiveIsRefusedWithNothingDone() {
        given().contentType("application/json")
                .body("{\"domain\":\"example.com\",\"reason\":\"r\",\"replaces\":[\"0123abcd\"]}")
                .post("/api/fleet/v1/bounces").then().statusCode(404).contentType("application/problem+json");
        String first = create("bounces", "{\"domain\":\"example.com\",\"reason\":\"first\"}").getString("directive.id");
        given().delete("/api/fleet/v1/bounces/" + first).then().statusCode(200);

        given().contentType("application/json")
                .body("{\"domain\":\"example.com\",\"reason\":\"r\",\"replaces\":[\"" + first + "\"]}")
                .post("/api/fleet/v1/bounces").then().statusCode(409).contentType("application/problem+json");

        given().queryParam("state", "all").get("/api/fleet/v1/bounces").then()
                .body("directives.id", equalTo(List.of(first)));
        NODES.forEach(node -> assertThat(NodeApi.rules(node, "bounce")).isEmpty());
    }

    @Test
    void aDryRunShowsTheOverlaps() {
        String first = create("suspensions", "{\"domain\":\"example.com\",\"reason\":\"first\",\"duration\":\"1h\"}")
                .getString("directive.id");

        given().contentType("application/json")
                .body("{\"domain\":\"example.com\",\"reason\":\"r\",\"dry_run\":true,\"target\":{\"nodes\":[\"sim-2\"]}}")
                .post("/api/fleet/v1/suspensions").then().statusCode(200)
                .body("overlaps.id", equalTo(List.of(first)))
                .body("overlaps[0].nodes", equalTo(List.of("sim-2")));
    }

    private static JsonPath create(String kind, String body) {
        return given().contentType("application/json").body(body).post("/api/fleet/v1/" + kind).then()
                .statusCode(201).extract().jsonPath();
    }

    private static void state(String kind, String id, String state) {
        given().get("/api/fleet/v1/" + kind + "/" + id).then().body("state", equalTo(state));
    }

    /** A node's rules of a kind as reason -> remaining time. */
    private static List<Map.Entry<String, String>> rules(String node, String kind) {
        return NodeApi.rules(node, kind).stream()
                .map(r -> Map.entry((String) r.get("reason"), (String) r.get("duration")))
                .toList();
    }
}
