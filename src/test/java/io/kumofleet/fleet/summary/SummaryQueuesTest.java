package io.kumofleet.fleet.summary;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.kumofleet.support.GatewayTest;
import io.kumofleet.support.TestFleet;
import io.kumofleet.text.NaturalOrder;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class SummaryQueuesTest extends GatewayTest {

    private static final List<String> NODES = List.of("sim-1", "sim-2", "sim-3");

    @Test
    void threeNodesWithOverlappingQueuesAddUpExactlyAndKeepEachNodesFigures() {
        TestFleet.node("sim-1").queues().addMessages("acme@gmail.com", 7);
        TestFleet.node("sim-2").queues().addMessages("acme@gmail.com", 11);
        TestFleet.node("sim-3").queues().addMessages("acme@gmail.com", 13);
        TestFleet.node("sim-2").queues().addMessages("only@two.example", 5);
        Map<String, NodeMetricsText> perNode = new LinkedHashMap<>();
        NODES.forEach(node -> perNode.put(node, NodeMetricsText.of(node)));

        JsonPath summary = given().queryParam("limit", 10000).get("/api/fleet/v1/queues/summary")
                .then().statusCode(200).extract().jsonPath();

        assertThat(summary.getInt("coverage.nodes_total")).isEqualTo(3);
        assertThat(summary.getInt("coverage.nodes_reporting")).isEqualTo(3);
        assertThat(summary.getList("coverage.failed")).isEmpty();

        Map<String, Map<String, Long>> scheduledByQueue = new HashMap<>();
        perNode.forEach((node, m) -> m.scheduled.forEach((queue, count) ->
                scheduledByQueue.computeIfAbsent(queue, q -> new LinkedHashMap<>()).put(node, count)));
        List<Map<String, Object>> scheduled = summary.getList("scheduled.rows");
        assertThat(scheduled).hasSize(scheduledByQueue.size());
        for (Map<String, Object> row : scheduled) {
            Map<String, Long> expected = scheduledByQueue.get((String) row.get("name"));
            assertThat(longs(row.get("by_node"))).as((String) row.get("name")).isEqualTo(expected);
            assertThat(((Number) row.get("count")).longValue()).isEqualTo(sum(expected.values()));
        }
        assertThat(summary.getLong("scheduled.total.count"))
                .isEqualTo(scheduledByQueue.values().stream().mapToLong(m -> sum(m.values())).sum());
        assertThat(summary.getInt("scheduled.total.queues")).isEqualTo(scheduledByQueue.size());

        Map<String, Object> acme = row(scheduled, "acme@gmail.com");
        assertThat(longs(acme.get("by_node"))).containsOnlyKeys(NODES);
        assertThat(longs(acme.get("by_node")).get("sim-2")).isEqualTo(perNode.get("sim-2").scheduled.get("acme@gmail.com"));
        assertThat(longs(row(scheduled, "only@two.example").get("by_node"))).containsOnlyKeys("sim-2");
        assertThat(row(scheduled, "only@two.example")).containsEntry("tenant", "only").containsEntry("domain", "two.example");

        Map<String, Map<String, long[]>> readyByQueue = new HashMap<>();
        perNode.forEach((node, m) -> m.ready.forEach((queue, figures) ->
                readyByQueue.computeIfAbsent(queue, q -> new LinkedHashMap<>()).put(node, figures)));
        List<Map<String, Object>> ready = summary.getList("ready.rows");
        assertThat(ready).hasSize(readyByQueue.size());
        long[] grand = new long[4];
        for (Map<String, Object> row : ready) {
            Map<String, long[]> expected = readyByQueue.get((String) row.get("name"));
            Map<String, Map<String, Object>> byNode = (Map<String, Map<String, Object>>) row.get("by_node");
            assertThat(byNode).as((String) row.get("name")).containsOnlyKeys(expected.keySet());
            long[] total = new long[4];
            expected.forEach((node, f) -> {
                assertThat(figures(byNode.get(node))).as(row.get("name") + " on " + node).containsExactly(f);
                for (int i = 0; i < 4; i++) {
                    total[i] += f[i];
                }
            });
            assertThat(figures(row)).containsExactly(total);
            for (int i = 0; i < 4; i++) {
                grand[i] += total[i];
            }
        }
        assertThat(figures(summary.getMap("ready.total"))).containsExactly(grand);
        Map<String, Object> gmail = ready.stream()
                .filter(r -> r.get("name").equals("egress-1->(alt1|alt2|alt3|alt4)?.gmail-smtp-in.l.google.com@smtp_client"))
                .findFirst().orElseThrow();
        assertThat(gmail).containsEntry("site", "(alt1|alt2|alt3|alt4)?.gmail-smtp-in.l.google.com")
                .containsEntry("source", "egress-1").containsEntry("protocol", "smtp_client");
    }

    @Test
    void rowsAreByNameOrByVolumeAndLimitedWhileTotalsCountEveryRow() {
        JsonPath all = given().queryParam("limit", 10000).get("/api/fleet/v1/queues/summary")
                .then().statusCode(200).extract().jsonPath();
        JsonPath top = given().queryParam("limit", 3).queryParam("by_volume", true).get("/api/fleet/v1/queues/summary")
                .then().statusCode(200).extract().jsonPath();

        List<Map<String, Object>> scheduled = all.getList("scheduled.rows");
        List<String> byCount = scheduled.stream()
                .sorted((a, b) -> Long.compare(((Number) b.get("count")).longValue(), ((Number) a.get("count")).longValue()))
                .map(r -> (String) r.get("count").toString()).limit(3).toList();
        assertThat(top.getList("scheduled.rows.count").stream().map(Object::toString).toList()).isEqualTo(byCount);
        assertThat(top.getList("ready.rows")).hasSize(3);
        assertThat(top.getMap("scheduled.total")).isEqualTo(all.getMap("scheduled.total"));
        assertThat(top.getMap("ready.total")).isEqualTo(all.getMap("ready.total"));
        assertThat(all.getList("scheduled.rows.name", String.class)).isSortedAccordingTo(NaturalOrder.INSTANCE);
        assertThat(all.getList("ready.rows.name", String.class)).isSortedAccordingTo(NaturalOrder.INSTANCE);
    }

    private static Map<String, Object> row(List<Map<String, Object>> rows, String name) {
        return rows.stream().filter(r -> r.get("name").equals(name)).findFirst().orElseThrow();
    }

    private static Map<String, Long> longs(Object byNode) {
        Map<String, Long> out = new LinkedHashMap<>();
        ((Map<String, Object>) byNode).forEach((k, v) -> out.put(k, ((Number) v).longValue()));
        return out;
    }

    private static long[] figures(Map<String, Object> f) {
        return new long[] {((Number) f.get("delivered")).longValue(), ((Number) f.get("transfail")).longValue(),
            ((Number) f.get("connections")).longValue(), ((Number) f.get("queued")).longValue()};
    }

    private static long sum(java.util.Collection<Long> values) {
        return values.stream().mapToLong(Long::longValue).sum();
    }
}
