package io.kumofleet.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class NodeMetricsTest {

    @Test
    void oneParseGivesWhatEachSummaryGetsFromItsOwnParse() {
        byte[] payload = Fixtures.bytes("busy-metrics.txt");
        NodeMetrics node = new NodeMetrics();
        PrometheusTextParser parser = node.parser();
        for (int off = 0; off < payload.length; off += 1000) {
            parser.feed(payload, off, Math.min(1000, payload.length - off));
        }
        parser.finish();

        QueueSummary shared = new QueueSummary();
        shared.include("local", node.queues());
        QueueSummary own = QueueSummaryTest.summaryOf(Map.of("local", payload));
        assertThat(shared.readyRows(SummaryOrder.BY_VOLUME, QueueSummary.UNLIMITED))
                .isEqualTo(own.readyRows(SummaryOrder.BY_VOLUME, QueueSummary.UNLIMITED));
        assertThat(shared.scheduledRows(SummaryOrder.BY_NAME, QueueSummary.UNLIMITED))
                .isEqualTo(own.scheduledRows(SummaryOrder.BY_NAME, QueueSummary.UNLIMITED));

        for (ProviderGrouping grouping : ProviderGrouping.values()) {
            ProviderSummary providers = new ProviderSummary(grouping, false);
            providers.include("local", node.providers(grouping));
            ProviderSummary alone = ProviderSummaryTest.summaryOf(grouping, false, Map.of("local", payload));
            assertThat(providers.rows(ProviderSummary.UNLIMITED)).isNotEmpty()
                    .isEqualTo(alone.rows(ProviderSummary.UNLIMITED));
        }
    }

    @Test
    void figuresCollectingOnlyQueuesOrOnlyProvidersMatchTheFullOnesAndHaveNothingElse() {
        byte[] payload = Fixtures.bytes("busy-metrics.txt");
        NodeMetrics all = parsed(new NodeMetrics(), payload);
        NodeMetrics queues = parsed(new NodeMetrics(true, false), payload);
        NodeMetrics providers = parsed(new NodeMetrics(false, true), payload);

        QueueSummary full = new QueueSummary();
        full.include("local", all.queues());
        QueueSummary only = new QueueSummary();
        only.include("local", queues.queues());
        assertThat(only.readyRows(SummaryOrder.BY_NAME, QueueSummary.UNLIMITED)).isNotEmpty()
                .isEqualTo(full.readyRows(SummaryOrder.BY_NAME, QueueSummary.UNLIMITED));
        assertThat(only.scheduledRows(SummaryOrder.BY_NAME, QueueSummary.UNLIMITED)).isNotEmpty()
                .isEqualTo(full.scheduledRows(SummaryOrder.BY_NAME, QueueSummary.UNLIMITED));
        for (ProviderGrouping grouping : ProviderGrouping.values()) {
            ProviderSummary fromAll = new ProviderSummary(grouping, false);
            fromAll.include("local", all.providers(grouping));
            ProviderSummary fromOnly = new ProviderSummary(grouping, false);
            fromOnly.include("local", providers.providers(grouping));
            assertThat(fromOnly.rows(ProviderSummary.UNLIMITED)).isNotEmpty()
                    .isEqualTo(fromAll.rows(ProviderSummary.UNLIMITED));
        }

        assertThatThrownBy(() -> queues.providers(ProviderGrouping.BY_POOL)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(providers::queues).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> new NodeMetrics(false, false)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void figuresSizedFromAPreviousReadingHoldTheSame() {
        byte[] payload = Fixtures.bytes("busy-metrics.txt");
        NodeMetrics first = parsed(new NodeMetrics(), payload);
        NodeMetrics.Sizes sizes = first.sizes();
        assertThat(sizes.ready().rows()).isEqualTo(first.queues().readyQueueCount());
        assertThat(sizes.scheduled().rows()).isEqualTo(first.queues().scheduledQueueCount());
        NodeMetrics second = parsed(new NodeMetrics(true, true, sizes), payload);

        assertThat(second.sizes()).isEqualTo(sizes);
        QueueSummary a = new QueueSummary();
        a.include("n", first.queues());
        QueueSummary b = new QueueSummary();
        b.include("n", second.queues());
        assertThat(b.readyRows(SummaryOrder.BY_NAME, QueueSummary.UNLIMITED))
                .isEqualTo(a.readyRows(SummaryOrder.BY_NAME, QueueSummary.UNLIMITED));
        assertThat(b.scheduledRows(SummaryOrder.BY_NAME, QueueSummary.UNLIMITED))
                .isEqualTo(a.scheduledRows(SummaryOrder.BY_NAME, QueueSummary.UNLIMITED));
        ProviderSummary p1 = new ProviderSummary(ProviderGrouping.BY_POOL, false);
        p1.include("n", first.providers(ProviderGrouping.BY_POOL));
        ProviderSummary p2 = new ProviderSummary(ProviderGrouping.BY_POOL, false);
        p2.include("n", second.providers(ProviderGrouping.BY_POOL));
        assertThat(p2.rows(ProviderSummary.UNLIMITED)).isEqualTo(p1.rows(ProviderSummary.UNLIMITED));
    }

    private static NodeMetrics parsed(NodeMetrics node, byte[] payload) {
        PrometheusTextParser parser = node.parser();
        for (int off = 0; off < payload.length; off += 1000) {
            parser.feed(payload, off, Math.min(1000, payload.length - off));
        }
        parser.finish();
        return node;
    }

    @Test
    void tablesAddUpEveryRowThatPassesNotOnlyTheLimitedOnes() {
        QueueSummary summary = QueueSummaryTest.summaryOf(Map.of("local", Fixtures.bytes("busy-metrics.txt")));
        ReadyQueueTable all = summary.readyTable(SummaryOrder.BY_NAME, QueueSummary.UNLIMITED, name -> true);
        ReadyQueueTable two = summary.readyTable(SummaryOrder.BY_NAME, 2, name -> true);
        assertThat(two.rows()).hasSize(2);
        assertThat(two.queues()).isEqualTo(all.rows().size()).isEqualTo(all.queues());
        assertThat(two.total().delivered()).isEqualTo(all.rows().stream().mapToLong(r -> r.total().delivered()).sum());
        assertThat(two.total().ready()).isEqualTo(all.rows().stream().mapToLong(r -> r.total().ready()).sum());

        ScheduledQueueTable scheduled = summary.scheduledTable(SummaryOrder.BY_NAME, 1, name -> name.contains("example"));
        assertThat(scheduled.rows()).hasSize(1);
        assertThat(scheduled.total()).isEqualTo(summary.scheduledRows(SummaryOrder.BY_NAME, QueueSummary.UNLIMITED,
                name -> name.contains("example")).stream().mapToLong(ScheduledQueueRow::count).sum());
        assertThat(summary.scheduledQueueNames()).hasSize(
                summary.scheduledRows(SummaryOrder.BY_NAME, QueueSummary.UNLIMITED).size());
    }
}
