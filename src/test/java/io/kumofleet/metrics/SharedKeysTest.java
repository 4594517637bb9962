package io.kumofleet.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SharedKeysTest {

    @Test
    void nodesSharingTheirNamesStoreEachOnceAndSummarizeAsNodesThatDoNot() {
        SharedKeys keys = new SharedKeys();
        byte[] first = Fixtures.bytes("busy-metrics.txt");
        byte[] second = Fixtures.bytes("sample-metrics.txt");
        NodeMetrics a = parsed(new NodeMetrics(true, true, NodeMetrics.Sizes.SMALL, keys), first);
        int storedForOne = keys.keyCount();
        NodeMetrics b = parsed(new NodeMetrics(true, true, NodeMetrics.Sizes.SMALL, keys), first);
        NodeMetrics c = parsed(new NodeMetrics(true, true, NodeMetrics.Sizes.SMALL, keys), second);

        assertThat(storedForOne).isPositive();
        assertThat(b.sizes()).isEqualTo(a.sizes());
        QueueSummary shared = new QueueSummary();
        shared.include("a", a.queues());
        shared.include("b", b.queues());
        shared.include("c", c.queues());
        QueueSummary apart = QueueSummaryTest.summaryOf(Map.of("a", first, "b", first, "c", second));
        for (SummaryOrder order : SummaryOrder.values()) {
            assertThat(shared.readyRows(order, QueueSummary.UNLIMITED))
                    .isEqualTo(apart.readyRows(order, QueueSummary.UNLIMITED));
            assertThat(shared.scheduledRows(order, QueueSummary.UNLIMITED))
                    .isEqualTo(apart.scheduledRows(order, QueueSummary.UNLIMITED));
        }
        assertThat(keys.mostlyStale(List.of(a.keysInUse(), b.keysInUse(), c.keysInUse()))).isFalse();
    }

    @Test
    void namesNoNodeReportsAnyMoreMakeThemStaleOnceTheyAreMost() {
        SharedKeys keys = new SharedKeys();
        NodeMetrics before = parsed(new NodeMetrics(true, false, NodeMetrics.Sizes.SMALL, keys), queues("old", 5000));
        NodeMetrics sameNames = parsed(new NodeMetrics(true, false, NodeMetrics.Sizes.SMALL, keys), queues("old", 5000));
        NodeMetrics fewNew = parsed(new NodeMetrics(true, false, NodeMetrics.Sizes.SMALL, keys), queues("new", 1000));
        NodeMetrics elsewhere = parsed(new NodeMetrics(true, false), queues("old", 5000));

        assertThat(keys.keyCount()).isEqualTo(6000);
        assertThat(keys.mostlyStale(List.of(before.keysInUse()))).isFalse();
        assertThat(keys.mostlyStale(List.of(sameNames.keysInUse(), fewNew.keysInUse()))).isFalse();
        // The node now reports only the new names; figures kept in other names do not count.
        assertThat(keys.mostlyStale(List.of(fewNew.keysInUse(), elsewhere.keysInUse()))).isTrue();
    }

    private static byte[] queues(String prefix, int count) {
        StringBuilder text = new StringBuilder("# TYPE scheduled_count gauge\n");
        for (int i = 0; i < count; i++) {
            text.append("scheduled_count{queue=\"").append(prefix).append('-').append(i).append("@example.com\"} 1\n");
        }
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static NodeMetrics parsed(NodeMetrics metrics, byte[] payload) {
        PrometheusTextParser parser = metrics.parser();
        parser.feed(payload, 0, payload.length);
        parser.finish();
        return metrics;
    }
}
