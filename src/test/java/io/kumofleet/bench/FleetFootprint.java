package io.kumofleet.bench;

import io.kumofleet.metrics.NodeMetrics;
import io.kumofleet.metrics.PrometheusTextParser;
import io.kumofleet.metrics.QueueSummary;
import io.kumofleet.metrics.ReadyQueueRow;
import io.kumofleet.metrics.ScheduledQueueRow;
import io.kumofleet.metrics.SharedKeys;
import io.kumofleet.metrics.SummaryOrder;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Measures the heap a fleet queue summary keeps for 10 nodes × 100,000 ready queues (distinct per
 * node, the worst case) and 100,000 scheduled queues (the same names on every node), and how long
 * parsing and the row queries take: first with each node's names kept in its own tables, then with
 * the names shared by the nodes ({@link SharedKeys}, as the gateway keeps them). Run it with
 * {@code -Xmx} to check a heap budget.
 */
public final class FleetFootprint {

    private static final int NODES = 10;
    private static final int QUEUES = 100_000;

    private FleetFootprint() {}

    public static void main(String[] args) {
        long apart = measure("names kept per node", null);
        long shared = measure("names shared by the nodes", new SharedKeys());
        System.out.printf("shared names keep %.2f of the heap that names kept per node do%n", (double) shared / apart);
    }

    /** Parses the fleet into one summary (names in {@code keys}, or per node if null), prints and returns the heap kept. */
    private static long measure(String label, SharedKeys keys) {
        long before = usedAfterGc();
        QueueSummary summary = new QueueSummary();
        long t0 = System.nanoTime();
        for (int n = 0; n < NODES; n++) {
            NodeMetrics node = keys == null ? new NodeMetrics(true, false)
                    : new NodeMetrics(true, false, NodeMetrics.Sizes.SMALL, keys);
            PrometheusTextParser parser = node.parser();
            for (String metric : BusyPayload.READY_METRICS) {
                feed(parser, "# TYPE " + metric + " gauge\n");
                StringBuilder chunk = new StringBuilder();
                for (int i = 0; i < QUEUES; i++) {
                    chunk.append(metric).append("{service=\"smtp_client:node").append(n).append('-')
                            .append(BusyPayload.readyQueue(i)).append("\"} ").append(i % 977).append('\n');
                    if (chunk.length() > 60_000) {
                        feed(parser, chunk.toString());
                        chunk.setLength(0);
                    }
                }
                feed(parser, chunk.toString());
            }
            feed(parser, "# TYPE scheduled_count gauge\n");
            StringBuilder chunk = new StringBuilder();
            for (int i = 0; i < QUEUES; i++) {
                chunk.append("scheduled_count{queue=\"").append(BusyPayload.scheduledQueue(i)).append("\"} ")
                        .append(i % 5000).append('\n');
                if (chunk.length() > 60_000) {
                    feed(parser, chunk.toString());
                    chunk.setLength(0);
                }
            }
            feed(parser, chunk.toString());
            parser.finish();
            summary.include("node-" + n, node.queues());
        }
        long t1 = System.nanoTime();
        long kept = usedAfterGc() - before;
        List<ReadyQueueRow> ready = summary.readyRows(SummaryOrder.BY_VOLUME, 100);
        long t2 = System.nanoTime();
        List<ScheduledQueueRow> scheduled = summary.scheduledRows(SummaryOrder.BY_NAME, QueueSummary.UNLIMITED);
        long t3 = System.nanoTime();
        System.out.printf("%s: %d nodes x %,d ready + %,d scheduled queues: %,d MB kept after parsing (%.1f s)%n",
                label, NODES, QUEUES, QUEUES, kept >> 20, (t1 - t0) / 1e9);
        System.out.printf("top 100 ready rows by volume of %,d: %.2f s; all %,d scheduled rows by name: %.2f s%n",
                NODES * QUEUES, (t2 - t1) / 1e9, scheduled.size(), (t3 - t2) / 1e9);
        System.out.println(ready.get(0).name() + " " + ready.get(0).total() + " " + scheduled.get(0).byNode().size());
        return kept;
    }

    private static void feed(PrometheusTextParser parser, String text) {
        parser.feed(text.getBytes(StandardCharsets.UTF_8));
    }

    private static long usedAfterGc() {
        Runtime rt = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return rt.totalMemory() - rt.freeMemory();
    }
}
