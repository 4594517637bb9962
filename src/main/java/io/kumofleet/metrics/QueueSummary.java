package io.kumofleet.metrics;

import io.kumofleet.kumod.ReadyQueueColumns;
import io.kumofleet.kumod.ScheduledQueueName;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
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

    /** The filter that keeps every queue; pass this one rather than an equivalent, so no name is decoded to be tested. */
    public static final Predicate<String> EVERY_QUEUE = name -> true;

    private final NodeRegistry<QueueFigures> nodes = new NodeRegistry<>(QueueFigures::new);

    /** The figures of {@code node}, created on first use; feed them from one thread. */
    public QueueFigures node(String node) {
        return nodes.get(node);
    }

    /**
     * Adds figures parsed elsewhere (e.g. a node's {@link NodeMetrics}, shared by several
     * summaries); they must be complete, and are read, never changed.
     */
    public void include(String node, QueueFigures figures) {
        nodes.put(node, figures);
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
        return readyRows(order, limit, EVERY_QUEUE);
    }

    /**
     * The ready-queue rows whose name passes {@code filter} (kcli's {@code --domain} is applied
     * before {@code --limit}), in {@code order}, at most {@code limit} of them.
     */
    public List<ReadyQueueRow> readyRows(SummaryOrder order, int limit, Predicate<String> filter) {
        return readyTable(order, limit, filter).rows();
    }

    /** Like {@link #readyRows(SummaryOrder, int, Predicate)}, with the totals of every row that passes. */
    public ReadyQueueTable readyTable(SummaryOrder order, int limit, Predicate<String> filter) {
        List<Map.Entry<String, QueueFigures>> parts = nodes.entries();
        MergedCounters merged = new MergedCounters(tables(parts, f -> f.ready), 4);
        RowOrder.RowComparator byName = merged::compareKeys;
        RowOrder.RowComparator cmp = order == SummaryOrder.BY_NAME ? byName : (a, b) -> {
            int c = Long.compare(readyVolume(merged, b), readyVolume(merged, a));
            return c != 0 ? c : byName.compare(a, b);
        };
        IntPredicate keep = keep(merged, filter);
        long[] sums = new long[4];
        int queues = 0;
        for (int row = 0; row < merged.size(); row++) {
            if (keep.test(row)) {
                queues++;
                for (int c = 0; c < sums.length; c++) {
                    sums[c] = Counts.add(sums[c], merged.count(row, c));
                }
            }
        }
        int[] rows = RowOrder.firstRows(merged.size(), keep, cmp, limit);
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
        ReadyCounts total = new ReadyCounts(sums[QueueFigures.DELIVERED], sums[QueueFigures.TRANSFAIL],
                sums[QueueFigures.CONNECTIONS], sums[QueueFigures.READY]);
        return new ReadyQueueTable(out, queues, total);
    }

    /** The scheduled-queue rows in {@code order}, at most {@code limit} of them. */
    public List<ScheduledQueueRow> scheduledRows(SummaryOrder order, int limit) {
        return scheduledRows(order, limit, EVERY_QUEUE);
    }

    /** The scheduled-queue rows whose name passes {@code filter}, in {@code order}, at most {@code limit}. */
    public List<ScheduledQueueRow> scheduledRows(SummaryOrder order, int limit, Predicate<String> filter) {
        return scheduledTable(order, limit, filter).rows();
    }

    /** Like {@link #scheduledRows(SummaryOrder, int, Predicate)}, with the totals of every row that passes. */
    public ScheduledQueueTable scheduledTable(SummaryOrder order, int limit, Predicate<String> filter) {
        List<Map.Entry<String, QueueFigures>> parts = nodes.entries();
        MergedCounters merged = new MergedCounters(tables(parts, f -> f.scheduled), 1);
        RowOrder.RowComparator byName = merged::compareKeys;
        RowOrder.RowComparator cmp = order == SummaryOrder.BY_NAME ? byName : (a, b) -> {
            int c = Long.compare(merged.count(b, 0), merged.count(a, 0));
            return c != 0 ? c : byName.compare(a, b);
        };
        IntPredicate keep = keep(merged, filter);
        long sum = 0;
        int queues = 0;
        for (int row = 0; row < merged.size(); row++) {
            if (keep.test(row)) {
                queues++;
                sum = Counts.add(sum, merged.count(row, 0));
            }
        }
        int[] rows = RowOrder.firstRows(merged.size(), keep, cmp, limit);
        List<ScheduledQueueRow> out = new ArrayList<>(rows.length);
        for (int row : rows) {
            String name = merged.first(row);
            Map<String, Long> byNode = new LinkedHashMap<>();
            merged.forEachPart(row, (part, partRow) -> byNode.put(parts.get(part).getKey(),
                    parts.get(part).getValue().scheduled.count(partRow, 0)));
            out.add(new ScheduledQueueRow(name, ScheduledQueueName.parse(name), merged.count(row, 0),
                    Collections.unmodifiableMap(byNode)));
        }
        return new ScheduledQueueTable(out, queues, sum);
    }

    /** The distinct scheduled-queue names of every node, for resolving their domains before filtering. */
    public Set<String> scheduledQueueNames() {
        Set<String> names = new HashSet<>();
        for (Map.Entry<String, QueueFigures> part : nodes.entries()) {
            KeyedCounters table = part.getValue().scheduled;
            for (int row = 0; row < table.size(); row++) {
                names.add(table.first(row));
            }
        }
        return names;
    }

    private static IntPredicate keep(MergedCounters merged, Predicate<String> filter) {
        return filter == EVERY_QUEUE ? r -> true : r -> filter.test(merged.first(r));
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
