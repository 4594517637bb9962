package io.kumofleet.fleet.summary;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.kumofleet.support.GatewayTest;
import io.kumofleet.support.TestFleet;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/**
 * Tests run with {@code kumo.fleet.summary-cache=0s}: readings are shared by summaries of their kind
 * while under way, never reused, and a node is never asked for its {@code /metrics} twice at once.
 */
@QuarkusTest
class SummarySingleFlightTest extends GatewayTest {

    private static final List<String> NODES = List.of("sim-1", "sim-2", "sim-3");

    @Test
    void summariesAskedWhileNodesAreBeingReadShareTheReadingOfTheirKindAndTheOtherKindWaitsForIt() {
        // The nodes hold their answers long enough for the later requests to arrive (below the 1 s timeout).
        NODES.forEach(n -> TestFleet.node(n).faults().latency(Duration.ofMillis(700)));
        NODES.forEach(n -> TestFleet.node(n).requests().resetMostAtOnce("GET", "/metrics"));
        Map<String, Long> metricsBefore = count("GET /metrics");
        Map<String, Long> bouncesBefore = count("GET /api/admin/bounce/v1");

        CompletableFuture<Response> first = CompletableFuture.supplyAsync(
                () -> given().get("/api/fleet/v1/queues/summary"));
        // Wait until every node has been asked, then ask again while their answers are held back.
        await().atMost(Duration.ofSeconds(5)).pollInterval(Duration.ofMillis(5))
                .until(() -> NODES.stream().allMatch(n -> requests(n, "GET /metrics") == metricsBefore.get(n) + 1));
        CompletableFuture<Response> second = CompletableFuture.supplyAsync(
                () -> given().queryParam("by_volume", true).get("/api/fleet/v1/queues/summary"));
        CompletableFuture<Response> providers = CompletableFuture.supplyAsync(
                () -> given().get("/api/fleet/v1/providers/summary"));

        for (CompletableFuture<Response> answer : List.of(first, second, providers)) {
            assertThat(answer.join().statusCode()).isEqualTo(200);
            assertThat(answer.join().jsonPath().getInt("coverage.nodes_reporting")).isEqualTo(3);
        }
        NODES.forEach(n -> {
            // One queue reading for both queue summaries, one provider reading (without rule lists) after it.
            assertThat(requests(n, "GET /metrics")).as(n).isEqualTo(metricsBefore.get(n) + 2);
            assertThat(TestFleet.node(n).requests().mostAtOnce("GET", "/metrics")).as(n).isEqualTo(1);
            assertThat(requests(n, "GET /api/admin/bounce/v1")).as(n).isEqualTo(bouncesBefore.get(n) + 1);
        });
    }

    @Test
    void withoutKeepTimeEachLaterSummaryReadsTheNodesAgain() {
        Map<String, Long> before = count("GET /metrics");

        given().get("/api/fleet/v1/queues/summary").then().statusCode(200);
        given().get("/api/fleet/v1/providers/summary").then().statusCode(200);

        NODES.forEach(n -> assertThat(requests(n, "GET /metrics")).as(n).isEqualTo(before.get(n) + 2));
    }

    private static Map<String, Long> count(String request) {
        Map<String, Long> counts = new LinkedHashMap<>();
        NODES.forEach(n -> counts.put(n, requests(n, request)));
        return counts;
    }

    private static long requests(String node, String request) {
        String[] methodAndPath = request.split(" ", 2);
        return TestFleet.node(node).requests().of(methodAndPath[0], methodAndPath[1]);
    }
}
