package io.kumofleet.metrics;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * kcli's provider-summary over one or more nodes: per-node {@link ProviderFigures}, added up at
 * query time and ordered by volume (D + T + F + Q) descending, then natural provider name, then
 * natural pool name.
 */
public final class ProviderSummary {

    /** No row limit. */
    public static final int UNLIMITED = Integer.MAX_VALUE;

    private final ProviderGrouping grouping;
    private final NodeRegistry<ProviderFigures> nodes;

    /** An empty summary with rows per {@code grouping}; {@code collectDomains} is kcli's {@code --show-domains}. */
    public ProviderSummary(ProviderGrouping grouping, boolean collectDomains) {
        this.grouping = grouping;
        this.nodes = new NodeRegistry<>(() -> new ProviderFigures(grouping, collectDomains));
    }

    /** The grouping of the rows. */
    public ProviderGrouping grouping() {
        return grouping;
    }

    /** The figures of {@code node}, created on first use; feed them from one thread. */
    public ProviderFigures node(String node) {
        return nodes.get(node);
    }

    /**
     * Adds figures parsed elsewhere (e.g. a node's {@link NodeMetrics}); they must be complete and
     * grouped as this summary is, and are read, never changed.
     */
    public void include(String node, ProviderFigures figures) {
        if (figures.grouping() != grouping) {
            throw new IllegalArgumentException("figures grouped " + figures.grouping() + ", summary " + grouping);
        }
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

    /** The scheduled-queue domains of all nodes, for {@code --show-domains}. */
    public Set<String> scheduledDomains() {
        Set<String> all = new LinkedHashSet<>();
        for (Map.Entry<String, ProviderFigures> node : nodes.entries()) {
            all.addAll(node.getValue().scheduledDomains());
        }
        return all;
    }

    /** The rows in kcli's order, at most {@code limit} of them. */
    public List<ProviderRow> rows(int limit) {
        return table(limit).rows();
    }

    /** The rows in kcli's order, at most {@code limit} of them, with what every row adds up to. */
    public ProviderTable table(int limit) {
        List<Map.Entry<String, ProviderFigures>> parts = nodes.entries();
        List<KeyedCounters> tables = new ArrayList<>(parts.size());
        for (Map.Entry<String, ProviderFigures> part : parts) {
            tables.add(part.getValue().rows);
        }
        MergedCounters merged = new MergedCounters(tables, 5);
        int[] rows = RowOrder.firstRows(merged.size(), r -> true, (a, b) -> {
            int c = Long.compare(volume(merged, b), volume(merged, a));
            return c != 0 ? c : merged.compareKeys(a, b);
        }, limit);
        long[] sums = new long[5];
        for (int row = 0; row < merged.size(); row++) {
            for (int c = 0; c < sums.length; c++) {
                sums[c] = Counts.add(sums[c], merged.count(row, c));
            }
        }
        List<ProviderRow> out = new ArrayList<>(rows.length);
        for (int row : rows) {
            String provider = merged.first(row);
            String pool = merged.second(row);
            Map<String, ProviderCounts> byNode = new LinkedHashMap<>();
            merged.forEachPart(row, (part, partRow) -> byNode.put(parts.get(part).getKey(),
                    ProviderFigures.counts(parts.get(part).getValue().rows, partRow)));
            ProviderCounts total = new ProviderCounts(merged.count(row, 0), merged.count(row, 1),
                    merged.count(row, 2), merged.count(row, 3), merged.count(row, 4));
            out.add(new ProviderRow(provider, pool, total,
                    Collections.unmodifiableMap(byNode)));
        }
        return new ProviderTable(out, merged.size(), new ProviderCounts(sums[0], sums[1], sums[2], sums[3], sums[4]));
    }

    private static long volume(MergedCounters t, int row) {
        return Counts.add(Counts.add(t.count(row, 0), t.count(row, 1)), Counts.add(t.count(row, 2), t.count(row, 4)));
    }
}
