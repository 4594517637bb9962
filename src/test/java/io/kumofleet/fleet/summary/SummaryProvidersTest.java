package io.kumofleet.fleet.summary;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.kumofleet.support.GatewayTest;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class SummaryProvidersTest extends GatewayTest {

    private static final List<String> NODES = List.of("sim-1", "sim-2", "sim-3");

    @Test
    void providersAddUpOverTheNodesWithEachNodesFiguresInKcliOrder() {
        Map<String, Map<String, long[]>> expected = new HashMap<>();
        NODES.forEach(node -> NodeMetricsText.of(node).providers.forEach((provider, figures) ->
                expected.computeIfAbsent(provider, p -> new LinkedHashMap<>()).put(node, figures)));

        JsonPath summary = given().get("/api/fleet/v1/providers/summary").then().statusCode(200).extract().jsonPath();

        assertThat(summary.getString("grouping")).isEqualTo("provider");
        assertThat(summary.getInt("coverage.nodes_reporting")).isEqualTo(3);
        List<Map<String, Object>> rows = summary.getList("rows");
        assertThat(rows).hasSize(expected.size());
        assertThat(summary.getInt("total.rows")).isEqualTo(expected.size());
        long previousVolume = Long.MAX_VALUE;
        for (Map<String, Object> row : rows) {
            Map<String, long[]> perNode = expected.get((String) row.get("provider"));
            Map<String, Map<String, Object>> byNode = (Map<String, Map<String, Object>>) row.get("by_node");
            assertThat(byNode).containsOnlyKeys(perNode.keySet());
            long[] total = new long[5];
            perNode.forEach((node, f) -> {
                assertThat(figures(byNode.get(node))).as(row.get("provider") + " on " + node).containsExactly(f);
                for (int i = 0; i < 5; i++) {
                    total[i] += f[i];
                }
            });
            long[] rowFigures = figures(row);
            assertThat(rowFigures).containsExactly(total);
            long volume = rowFigures[0] + rowFigures[1] + rowFigures[2] + rowFigures[4];
            assertThat(volume).isLessThanOrEqualTo(previousVolume);
            previousVolume = volume;
            assertThat(row.get("pool")).isNull();
        }
    }

    @Test
    void byPoolGivesAPoolPerRowAndTheSameTotals() {
        JsonPath byProvider = given().get("/api/fleet/v1/providers/summary").then().statusCode(200).extract().jsonPath();
        JsonPath byPool = given().queryParam("by_pool", true).get("/api/fleet/v1/providers/summary")
                .then().statusCode(200).extract().jsonPath();

        assertThat(byPool.getString("grouping")).isEqualTo("pool");
        assertThat(byPool.getList("rows.pool", String.class)).isNotEmpty().doesNotContainNull()
                .allSatisfy(pool -> assertThat(pool).isIn("pool-a", "pool-b"));
        assertThat(byPool.getLong("total.delivered")).isEqualTo(byProvider.getLong("total.delivered"));
        assertThat(byPool.getLong("total.connections")).isEqualTo(byProvider.getLong("total.connections"));
        assertThat(given().queryParam("limit", 2).get("/api/fleet/v1/providers/summary").then().statusCode(200)
                .extract().jsonPath().getList("rows")).hasSize(2);
    }

    private static long[] figures(Map<String, Object> f) {
        return new long[] {((Number) f.get("delivered")).longValue(), ((Number) f.get("transfail")).longValue(),
            ((Number) f.get("fail")).longValue(), ((Number) f.get("connections")).longValue(),
            ((Number) f.get("queued")).longValue()};
    }
}
