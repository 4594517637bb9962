package io.kumofleet.fleet;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;

import io.kumofleet.fleet.directive.Reconciler;
import io.kumofleet.kumod.ScheduledQueueName;
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

@QuarkusTest
class BounceDirectivesTest extends GatewayTest {

    private static final String QUEUE = "acme@example.com";

    @Inject
    Reconciler reconciler;

    @Test
    void bounceReachesEveryNodeWithItsEndAndFleetIdAndEmptiesTheQueues() {
        List.of("sim-1", "sim-2", "sim-3").forEach(n -> TestFleet.node(n).queues().addMessages(QUEUE, 25));

        JsonPath created = createBounce("{\"domain\":\"example.com\",\"reason\":\"purge bad send\",\"duration\":\"30m\"}");

        String id = created.getString("directive.id");
        assertThat(created.getList("outcomes.result")).containsOnly("applied").hasSize(3);
        assertThat(created.getString("directive.expires")).isEqualTo(TestFleet.EPOCH.plus(Duration.ofMinutes(30)).toString());
        for (String node : List.of("sim-1", "sim-2", "sim-3")) {
            List<Map<String, Object>> rules = NodeApi.rules(node, "bounce");
            assertThat(rules).hasSize(1);
            assertThat(rules.get(0).get("reason")).isEqualTo("purge bad send [fleet:" + id + "]");
            assertThat(rules.get(0).get("domain")).isEqualTo("example.com");
            assertThat(rules.get(0).get("duration")).isEqualTo("30m");
            assertThat(TestFleet.node(node).queues().messageCount(QUEUE)).isZero();
        }

        JsonPath cancelled = given().delete("/api/fleet/v1/bounces/" + id).then().statusCode(200).extract().jsonPath();

        assertThat(cancelled.getList("outcomes.result")).containsOnly("cancelled").hasSize(3);
        assertThat(cancelled.getString("directive.state")).isEqualTo("cancelled");
        List.of("sim-1", "sim-2", "sim-3").forEach(n -> assertThat(NodeApi.rules(n, "bounce")).isEmpty());
        given().queryParam("state", "cancelled").get("/api/fleet/v1/bounces").then()
                .body("directives.id", equalTo(List.of(id)));
    }

    @Test
    void aNodeDownAtCreationGetsTheRuleWithTheOriginalEndWhenItComesBack() {
        TestFleet.await(TestFleet.node("sim-2").goDown());

        JsonPath created = createBounce("{\"domain\":\"example.com\",\"reason\":\"r\",\"duration\":\"1h\"}");

        assertThat(created.getString("outcomes.find { it.node == 'sim-2' }.result")).isEqualTo("failed");
        assertThat(created.getString("outcomes.find { it.node == 'sim-1' }.result")).isEqualTo("applied");
        String id = created.getString("directive.id");

        TestFleet.await(TestFleet.node("sim-2").comeUp());
        TestFleet.clock().advance(Duration.ofMinutes(10));
        assertThat(reconciler.reconcile()).isZero();

        List<Map<String, Object>> rules = NodeApi.rules("sim-2", "bounce");
        assertThat(rules).hasSize(1);
        assertThat(rules.get(0).get("reason")).isEqualTo("r [fleet:" + id + "]");
        assertThat(rules.get(0).get("duration")).isEqualTo("50m"); // the original end, not a fresh hour
        given().get("/api/fleet/v1/bounces/" + id).then()
                .body("nodes.state", everyItem(equalTo("applied")))
                .body("nodes.find { it.node == 'sim-2' }.applications", equalTo(1));
    }

    @Test
    void aRestartedNodeGetsTheRuleAgainUntilTheDirectiveEnds() {
        String id = createBounce("{\"tenant\":\"acme\",\"reason\":\"r\",\"duration\":\"20m\"}").getString("directive.id");
        TestFleet.await(TestFleet.node("sim-3").restart());
        assertThat(NodeApi.rules("sim-3", "bounce")).isEmpty();

        reconciler.reconcile();

        assertThat(NodeApi.rules("sim-3", "bounce")).extracting(r -> r.get("reason")).containsExactly("r [fleet:" + id + "]");
        given().queryParam("action", "reapply-bounce").get("/api/fleet/v1/audit").then()
                .body("", hasSize(1))
                .body("[0].actor", equalTo("system:reconciler"))
                .body("[0].outcomes[0].node", equalTo("sim-3"));

        TestFleet.clock().advance(Duration.ofMinutes(21));
        TestFleet.await(TestFleet.node("sim-3").restart());
        reconciler.reconcile();

        assertThat(NodeApi.rules("sim-3", "bounce")).isEmpty();
        given().get("/api/fleet/v1/bounces/" + id).then().body("state", equalTo("expired"));
        given().queryParam("action", "reapply-bounce").get("/api/fleet/v1/audit").then().body("", hasSize(1));
    }

    @Test
    void aRuleMadeByHandWithTheSameCriteriaIsNoticedAndOursRestored() {
        String id = createBounce("{\"domain\":\"example.com\",\"reason\":\"ours\",\"duration\":\"1h\"}")
                .getString("directive.id");
        NodeApi.post("sim-1", "bounce", "{\"domain\":\"example.com\",\"reason\":\"by hand\",\"duration\":\"5m\"}");

        reconciler.reconcile();

        assertThat(NodeApi.rules("sim-1", "bounce")).extracting(r -> r.get("reason"))
                .containsExactly("ours [fleet:" + id + "]");
        String why = given().queryParam("action", "reapply-bounce").get("/api/fleet/v1/audit").then()
                .extract().jsonPath().getString("[0].outcomes[0].why");
        assertThat(why).contains("replaced on the node").contains("by hand");
    }

    @Test
    void liveListingShowsRulesNoDirectiveOwns() {
        createBounce("{\"domain\":\"example.com\",\"reason\":\"ours\"}");
        NodeApi.post("sim-3", "bounce", "{\"tenant\":\"other\",\"reason\":\"by hand\"}");

        given().queryParam("live", true).get("/api/fleet/v1/bounces").then()
                .statusCode(200)
                .body("directives", hasSize(1))
                .body("unowned_rules", hasSize(1))
                .body("unowned_rules[0].node", equalTo("sim-3"))
                .body("unowned_rules[0].rule.reason", equalTo("by hand"))
                .body("unreadable_nodes", hasSize(0));
    }

    @Test
    void cancellingWhereTheRuleIsAlreadyGoneCountsAsCancelled() {
        String id = createBounce("{\"domain\":\"example.com\",\"reason\":\"r\"}").getString("directive.id");
        TestFleet.await(TestFleet.node("sim-1").restart());

        given().delete("/api/fleet/v1/bounces/" + id).then().statusCode(200)
                .body("outcomes.find { it.node == 'sim-1' }.result", equalTo("already_gone"))
                .body("outcomes.find { it.node == 'sim-2' }.result", equalTo("cancelled"))
                .body("directive.nodes.state", everyItem(equalTo("cancelled")));
    }

    @Test
    void dryRunCountsWhatWouldMatchOnEachNodeAndCreatesNothing() {
        List.of("sim-1", "sim-2", "sim-3").forEach(n -> TestFleet.node(n).queues().addMessages(QUEUE, 7));
        long expected = 0;
        for (String node : List.of("sim-1", "sim-2", "sim-3")) {
            var queues = TestFleet.node(node).queues();
            expected += queues.scheduledQueueNames().stream()
                    .filter(q -> ScheduledQueueName.parse(q).matches(null, null, "example.com", null))
                    .mapToLong(queues::scheduledCount).sum();
        }

        JsonPath report = given().contentType("application/json")
                .body("{\"domain\":\"example.com\",\"reason\":\"r\",\"dry_run\":true}")
                .post("/api/fleet/v1/bounces").then().statusCode(200).extract().jsonPath();

        assertThat(report.getLong("total_messages")).isEqualTo(expected).isGreaterThanOrEqualTo(21);
        assertThat(report.getList("nodes.node")).containsExactly("sim-1", "sim-2", "sim-3");
        assertThat(report.getList("nodes[0].queues.queue")).contains(QUEUE);
        List.of("sim-1", "sim-2", "sim-3").forEach(n -> assertThat(NodeApi.rules(n, "bounce")).isEmpty());
        given().get("/api/fleet/v1/bounces").then().body("directives", hasSize(0));
    }

    static JsonPath createBounce(String body) {
        return given().contentType("application/json").body(body).post("/api/fleet/v1/bounces").then()
                .statusCode(201).extract().jsonPath();
    }
}
