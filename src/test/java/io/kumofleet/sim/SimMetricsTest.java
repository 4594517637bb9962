package io.kumofleet.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** {@code /metrics} in kumod's text format and {@code /metrics.json} in its JSON shape. */
class SimMetricsTest extends SimTestBase {

    private static final Set<String> KEPT = Set.of("scheduled_count", "connection_count", "ready_count",
            "total_messages_delivered", "deliver_message_latency_rollup_bucket", "scheduled_count_total",
            "connection_count_by_provider_and_pool", "total_messages_delivered_by_provider_and_source",
            "queued_count_by_provider", "p_scheduled_count");

    private PrometheusLines scrape(String path) {
        HttpResponse<String> response = get(path);
        assertEquals(200, response.statusCode());
        assertEquals("text/plain; charset=utf-8", response.headers().firstValue("content-type").orElse(""));
        assertEquals("chunked", response.headers().firstValue("transfer-encoding").orElse(""));
        PrometheusLines lines = new PrometheusLines(KEPT);
        lines.feed(response.body());
        lines.finish();
        return lines;
    }

    @Test
    void textHasTypesForEverySampleAndKumodsLabelLayouts() {
        PrometheusLines lines = scrape("/metrics");
        Map<String, String> types = lines.types();
        assertEquals("histogram", types.get("deliver_message_latency_rollup"));
        assertEquals("histogram", types.get("lua_event_latency"));
        assertEquals(3 * 14, lines.samplesOf("lua_event_latency"), "three events, 12 buckets + sum + count each");
        assertEquals("gauge", types.get("scheduled_count"));
        assertEquals("counter", types.get("total_messages_delivered"));
        assertTrue(types.containsKey("ready_full"));
        assertEquals(0, lines.samplesOf("ready_full"), "a HELP/TYPE pair without samples");
        for (String family : List.of("connection_count", "ready_count", "total_connection_count",
                "total_messages_delivered", "total_messages_transfail", "total_messages_fail", "scheduled_by_domain",
                "scheduled_by_tenant", "scheduled_by_tenant_campaign", "scheduled_count_total", "scheduled_queue_count",
                "total_messages_delivered_by_provider", "total_messages_transfail_by_provider",
                "total_messages_fail_by_provider", "connection_count_by_provider", "queued_count_by_provider",
                "connection_count_by_provider_and_pool", "queued_count_by_provider_and_pool",
                "total_messages_delivered_by_provider_and_source", "total_messages_transfail_by_provider_and_source",
                "total_messages_fail_by_provider_and_source", "total_messages_received", "memory_usage")) {
            assertTrue(lines.samplesOf(family) > 0, family);
        }
        assertEquals(200, lines.samplesOf("scheduled_count"));
        assertEquals(2 + 200, lines.samplesOf("connection_count"), "listener, protocol aggregate, one per ready queue");

        String ready = node.queues().readyQueueOf("gmail.com");
        assertTrue(lines.kept().contains(new PrometheusLines.Sample("ready_count",
                "service=\"smtp_client:" + ready + "\"", Long.toString(node.queues().readyCount(ready)))));
        assertTrue(lines.kept().contains(new PrometheusLines.Sample("scheduled_count",
                "queue=\"gmail.com\"", Long.toString(node.queues().scheduledCount("gmail.com")))));
        assertTrue(lines.kept().contains(new PrometheusLines.Sample("scheduled_count_total", "",
                Long.toString(node.queues().totalScheduled()))));
        assertTrue(lines.kept().stream().anyMatch(s -> s.name().equals("connection_count")
                && s.labels().equals("service=\"smtp_client\"")));
    }

    @Test
    void streamingCollectorsSeparateLabelsWithCommaSpaceAndTheRegistryWithComma() {
        PrometheusLines lines = scrape("/metrics");
        List<PrometheusLines.Sample> pools = samples(lines, "connection_count_by_provider_and_pool");
        assertFalse(pools.isEmpty());
        pools.forEach(s -> assertTrue(s.labels().matches("provider=\"[^\"]+\", pool=\"[^\"]+\""), s.labels()));
        assertTrue(pools.stream().anyMatch(s -> s.labels().equals("provider=\"google\", pool=\"pool-a\"")));
        List<PrometheusLines.Sample> sources = samples(lines, "total_messages_delivered_by_provider_and_source");
        sources.forEach(s -> assertTrue(s.labels().matches("provider=\"[^\"]+\", source=\"[^\"]+\", pool=\"[^\"]+\""),
                s.labels()));
        List<PrometheusLines.Sample> buckets = samples(lines, "deliver_message_latency_rollup_bucket");
        assertEquals(12, buckets.size());
        assertEquals("service=\"smtp_client\",le=\"0.005\"", buckets.get(0).labels());
        assertEquals("service=\"smtp_client\",le=\"+Inf\"", buckets.get(11).labels());
        samples(lines, "scheduled_count").forEach(s -> assertTrue(s.value().matches("\\d+"), "integer values"));
    }

    @Test
    void providerTotalsAddUp() {
        PrometheusLines lines = scrape("/metrics");
        long queued = samples(lines, "queued_count_by_provider").stream().mapToLong(s -> Long.parseLong(s.value())).sum();
        long ready = node.queues().readyQueueNames().stream().mapToLong(r -> node.queues().readyCount(r)).sum();
        assertEquals(node.queues().totalScheduled() + ready, queued);
    }

    @Test
    void prefixIsPrependedToEveryMetricName() {
        HttpResponse<String> response = get("/metrics?prefix=p_");
        PrometheusLines lines = new PrometheusLines(KEPT);
        lines.feed(response.body());
        lines.finish();
        assertTrue(lines.types().keySet().stream().allMatch(n -> n.startsWith("p_")), lines.types().keySet()::toString);
        assertEquals(200, lines.samplesOf("p_scheduled_count"));
        for (String line : response.body().split("\n")) {
            assertTrue(line.startsWith("p_") || line.startsWith("# HELP p_") || line.startsWith("# TYPE p_"), line);
        }
    }

    @Test
    void metricsFollowBounces() {
        ok(post("/api/admin/bounce/v1", "{\"domain\":\"gmail.com\",\"reason\":\"r\"}"));
        PrometheusLines lines = scrape("/metrics");
        List<PrometheusLines.Sample> gmail = samples(lines, "scheduled_count").stream()
                .filter(s -> s.labels().endsWith("gmail.com\"")).collect(Collectors.toList());
        assertFalse(gmail.isEmpty());
        gmail.forEach(s -> assertEquals("0", s.value(), s.labels()));
    }

    @Test
    void jsonHasKumodsShapes() {
        HttpResponse<String> response = get("/metrics.json");
        assertEquals(200, response.statusCode());
        assertEquals("application/json; charset=utf-8", response.headers().firstValue("content-type").orElse(""));
        JsonNode metrics = json(response);
        JsonNode total = metrics.get("scheduled_count_total");
        assertEquals("gauge", total.get("type").asText());
        assertEquals("total number of messages across all scheduled queues.", total.get("help").asText());
        assertEquals(node.queues().totalScheduled(), total.get("value").asLong());
        JsonNode byQueue = metrics.get("scheduled_count").get("value").get("queue");
        assertEquals(200, byQueue.size());
        assertEquals(node.queues().scheduledCount("gmail.com"), byQueue.get("gmail.com").asLong());
        JsonNode pools = metrics.get("connection_count_by_provider_and_pool").get("value");
        assertTrue(pools.isArray() && pools.size() > 0);
        assertTrue(pools.get(0).has("provider") && pools.get(0).has("pool") && pools.get(0).has("@"));
        JsonNode histogram = metrics.get("deliver_message_latency_rollup").get("value").get("service").get("smtp_client");
        for (String field : List.of("count", "sum", "avg", "bucket")) {
            assertTrue(histogram.has(field), field);
        }
        assertEquals(11, histogram.get("bucket").size());
        assertTrue(metrics.get("ready_full").get("value").isObject(), "one label, no samples: an empty map");
        assertFalse(metrics.has("p_scheduled_count"));
    }

    @Test
    void jsonIgnoresThePrefix() {
        assertTrue(json(get("/metrics.json?prefix=p_")).has("scheduled_count"));
    }

    private static List<PrometheusLines.Sample> samples(PrometheusLines lines, String name) {
        return lines.kept().stream().filter(s -> s.name().equals(name)).collect(Collectors.toList());
    }
}
