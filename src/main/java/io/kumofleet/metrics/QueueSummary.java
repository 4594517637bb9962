package io.kumofleet.metrics;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.IntPredicate;
import java.util.function.Predicate;

/**
 * kcli's queue-summary over one or more nodes: each node's samples go to its own
 * {@link QueueFigures} (so nodes can be parsed in parallel, one thread per node), and the row
 * queries add the nodes up, keeping each node's own figures in the rows.
 *
 * <p>Query only after feeding has finished. A node whose payload failed half-way can be
 * {@link #discard discarded} so its partial figures do not count.
 */
public final class QueueSummary {

    /** No row limit. */
    public static final int UNLIMITED = Integer.MAX_VALUE;

    private static final Predicate<String> ALL = name -> true;

    private final NodeRegistry<QueueFigures> nodes = new NodeRegistry<>(QueueFigures::new);

    /** The figures of {@code node}, created on first use; feed them from one thread. */
    public QueueFigures node(String node) {
        return nodes.get(node);
    }

    /** Adds one sample reported by {@code node}. */
    public void add(String node, Sample sample) {
        nodes.get(node).accept(sample);
    }

    /** Forgets everything {@code node} reported; true if it had reported anything. */
    public boolean discard(String node) {
        return nodes.discard(node);
    }

    /** The nodes that reported, in the order they were first named. */
    public List<String> nodes() {
        return nodes.names();
    }

    /** The ready-queue rows in {@code order}, at most {@code limit} of them. */
    public List<ReadyQueueRow> readyRows(SummaryOrder order, int limit) {
        return readyRows(order, limit, ALL);
    }

    /**
     * The ready-queue rows whose name passes {@code filter} (kcli's {@code --domain} is applied
     * before {@code --limit}), in {@code order}, at most {@code limit} of them.
     */
    public List<ReadyQueueRow> readyRows(SummaryOrder order, int limit, Predicate<String> filter) {
        List<Map.Entry<String, QueueFigures>> parts = nodes.entries();
        MergedCounters merged = new MergedCounters(tables(parts, f -> f.ready), 4);
        RowOrder.RowComparator byName = merged::compareKeys;
        RowOrder.RowComparator cmp = order == SummaryOrder.BY_NAME ? byName : (a, b) -> {
            int c = Long.compare(readyVolume(merged, b), readyVolume(merged, a));
            return c != 0 ? c : byName.compare(a, b);
        };
        int[] rows = RowOrder.firstRows(merged.size(), keep(merged, filter), cmp, limit);
        List<ReadyQueueRow> out = new ArrayList<>(rows.length);
        for (int row : rows) {
            String name = merged.first(row);
            Map<String, ReadyCounts> byNode = new LinkedHashMap<>();
            merged.forEachPart(row, (part, partRow) -> byNode.put(parts.get(part).getKey(),
                    QueueFigures.readyCounts(parts.get(part).getValue().ready, partRow)));
            ReadyCounts total = new ReadyCounts(merged.count(row, QueueFigures.DELIVERED),
                    merged.count(row, QueueFigures.TRANSFAIL), merged.count(row, QueueFigures.CONNECTIONS),
                    merged.count(row, QueueFigures.READY));
            out.add(new ReadyQueueRow(name, ReadyQueueColumns.of(name), total, Collections.unmodifiableMap(byNode)));
        }
        return out;
    }

    /** The scheduled-queue rows in {@code order}, at most {@code limit} of them. */
    public List<ScheduledQueueRow> scheduledRows(SummaryOrder order, int limit) {
        return scheduledRows(order, limit, ALL);
    }

    /** The scheduled-queue rows whose name passes {@code filter}, in {@code order}, at most {@code limit}. */
    public List<ScheduledQueueRow> scheduledRows(SummaryOrder order, int limit, Predicate<String> filter) {
        List<Map.Entry<String, QueueFigures>> parts = nodes.entries();
        MergedCounters merged = new MergedCounters(tables(parts, f -> f.scheduled), 1);
        RowOrder.RowComparator byName = merged::compareKeys;
        RowOrder.RowComparator cmp = order == SummaryOrder.BY_NAME ? byName : (a, b) -> {
            int c = Long.compare(merged.count(b, 0), merged.count(a, 0));
            return c != 0 ? c : byName.compare(a, b);
        };
        int[] rows = RowOrder.firstRows(merged.size(), keep(merged, filter), cmp, limit);
        List<ScheduledQueueRow> out = new ArrayList<>(rows.length);
        for (int row : rows) {
            String name = merged.first(row);
            Map<String, Long> byNode = new LinkedHashMap<>();
            merged.forEachPart(row, (part, partRow) -> byNode.put(parts.get(part).getKey(),
                    parts.get(part).getValue().scheduled.count(partRow, 0)));
            out.add(new ScheduledQueueRow(name, ScheduledQueueName.parse(name), merged.count(row, 0),
                    Collections.unmodifiableMap(byNode)));
        }
        return out;
    }

    private static IntPredicate keep(MergedCounters merged, Predicate<String> filter) {
        return filter == ALL ? r -> true : r -> filter.test(merged.first(r));
    }

    private static List<KeyedCounters> tables(List<Map.Entry<String, QueueFigures>> parts,
            Function<QueueFigures, KeyedCounters> table) {
        List<KeyedCounters> tables = new ArrayList<>(parts.size());
        for (Map.Entry<String, QueueFigures> part : parts) {
            tables.add(table.apply(part.getValue()));
        }
        return tables;
    }

    private static long readyVolume(MergedCounters t, int row) {
        return Counts.add(Counts.add(t.count(row, 0), t.count(row, 1)), Counts.add(t.count(row, 2), t.count(row, 3)));
    }
}
