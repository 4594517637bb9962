package io.kumofleet.fleet.summary;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.kumofleet.config.FleetConfig;
import io.kumofleet.fanout.FanoutExecutor;
import io.kumofleet.fanout.FanoutResult;
import io.kumofleet.fanout.FleetNode;
import io.kumofleet.support.GatewayTest;
import io.kumofleet.support.PatientNodes;
import io.kumofleet.support.TestFleet;
import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.inject.Vetoed;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Tests run with {@code kumo.fleet.summary-cache=0s}: readings are shared by summaries of their kind
 * while under way, never reused, and a node is never asked for its {@code /metrics} twice at once.
 * The nodes hold their {@code /metrics} answers while later summaries are asked, for as long as it
 * takes, so their node timeout is far longer than any test.
 */
@QuarkusTest
@TestProfile(PatientNodes.class)
class SummarySingleFlightTest extends GatewayTest {

    private static final List<String> NODES = List.of("sim-1", "sim-2", "sim-3");
    private static final Duration HANG = Duration.ofMinutes(2);

    /**
     * The gateway's readings, counting the summaries that have asked for theirs: once a summary is
     * counted, every node's reading it needs has been started, joined or queued behind the other kind.
     */
    @Vetoed
    static final class CountedReadings extends NodeReadings {

        final AtomicInteger asked = new AtomicInteger();

        CountedReadings(FanoutExecutor fanout, FleetConfig config) {
            super(fanout, config);
        }

        @Override
        Uni<FanoutResult<NodeReading>> read(List<FleetNode> nodes, ReadingKind kind) {
            Uni<FanoutResult<NodeReading>> reading = super.read(nodes, kind);
            return Uni.createFrom().emitter(emitter -> {
                // Subscribing asks every node's shared reading at once, before it returns.
                reading.subscribe().with(emitter::complete, emitter::fail);
                asked.incrementAndGet();
            });
        }
    }

    @Inject
    FanoutExecutor fanout;

    @Inject
    FleetConfig config;

    private CountedReadings readings;

    @BeforeEach
    void countReadings() {
        readings = new CountedReadings(fanout, config);
        QuarkusMock.installMockForType(readings, NodeReadings.class);
    }

    @Test
    void summariesAskedWhileNodesAreBeingReadShareTheReadingOfTheirKindAndTheOtherKindWaitsForIt() {
        NODES.forEach(n -> TestFleet.node(n).faults().hold("/metrics"));
        NODES.forEach(n -> TestFleet.node(n).requests().resetMostAtOnce("GET", "/metrics"));
        Map<String, Long> metricsBefore = count("GET /metrics");
        Map<String, Long> bouncesBefore = count("GET /api/admin/bounce/v1");

        CompletableFuture<Response> first = CompletableFuture.supplyAsync(
                () -> given().get("/api/fleet/v1/queues/summary"));
        await().atMost(HANG).until(() -> NODES.stream().allMatch(n -> TestFleet.node(n).faults().held() == 1));
        CompletableFuture<Response> second = CompletableFuture.supplyAsync(
                () -> given().queryParam("by_volume", true).get("/api/fleet/v1/queues/summary"));
        CompletableFuture<Response> providers = CompletableFuture.supplyAsync(
                () -> given().get("/api/fleet/v1/providers/summary"));
        await().atMost(HANG).until(() -> readings.asked.get() == 3);
        NODES.forEach(n -> assertThat(TestFleet.node(n).faults().held()).as(n).isEqualTo(1));
        NODES.forEach(n -> TestFleet.node(n).faults().release());

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
