package io.kumofleet.fleet.summary;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.kumofleet.support.GatewayTest;
import io.kumofleet.support.TestFleet;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
@TestProfile(SummaryCacheTest.LongKeep.class)
class SummaryCacheTest extends GatewayTest {

    /** Readings kept far longer than the test takes. */
    public static class LongKeep implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("kumo.fleet.summary-cache", "1h");
        }
    }

    @Test
    void aReadingServesLaterSummariesOfItsKindWithinTheKeepTime() {
        List<String> nodes = List.of("sim-1", "sim-2", "sim-3");
        given().get("/api/fleet/v1/queues/summary").then().statusCode(200);
        Map<String, Long> afterQueues = counts(nodes);

        given().queryParam("node", "sim-2").get("/api/fleet/v1/queues/summary").then().statusCode(200);
        given().get("/api/fleet/v1/queues/summary").then().statusCode(200);
        nodes.forEach(n -> assertThat(metrics(n)).as(n).isEqualTo(afterQueues.get(n)));

        // Provider summaries read the providers once, for both groupings.
        given().queryParam("by_pool", true).get("/api/fleet/v1/providers/summary").then().statusCode(200);
        given().get("/api/fleet/v1/providers/summary").then().statusCode(200);
        given().get("/api/fleet/v1/queues/summary").then().statusCode(200);
        nodes.forEach(n -> assertThat(metrics(n)).as(n).isEqualTo(afterQueues.get(n) + 1));
    }

    private static Map<String, Long> counts(List<String> nodes) {
        Map<String, Long> counts = new LinkedHashMap<>();
        nodes.forEach(n -> counts.put(n, metrics(n)));
        return counts;
    }

    private static long metrics(String node) {
        return TestFleet.node(node).requests().of("GET", "/metrics");
    }
}
