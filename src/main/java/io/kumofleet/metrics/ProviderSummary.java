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
        List<Map.Entry<String, ProviderFigures>> parts = nodes.entries();
        KeyedCounters merged = new KeyedCounters(5, grouping == ProviderGrouping.BY_POOL);
        for (Map.Entry<String, ProviderFigures> part : parts) {
            merged.mergeFrom(part.getValue().rows);
        }
        int[] rows = RowOrder.firstRows(merged.size(), r -> true, (a, b) -> {
            int c = Long.compare(volume(merged, b), volume(merged, a));
            if (c == 0) {
                c = NaturalOrder.INSTANCE.compare(merged.first(a), merged.first(b));
            }
            if (c == 0 && grouping == ProviderGrouping.BY_POOL) {
                c = NaturalOrder.INSTANCE.compare(merged.second(a), merged.second(b));
            }
            return c;
        }, limit);
        List<ProviderRow> out = new ArrayList<>(rows.length);
        for (int row : rows) {
            String provider = merged.first(row);
            String pool = merged.second(row);
            Map<String, ProviderCounts> byNode = new LinkedHashMap<>();
            for (Map.Entry<String, ProviderFigures> part : parts) {
                ProviderCounts counts = part.getValue().counts(provider, pool);
                if (counts != null) {
                    byNode.put(part.getKey(), counts);
                }
            }
            out.add(new ProviderRow(provider, pool, ProviderFigures.counts(merged, row),
                    Collections.unmodifiableMap(byNode)));
        }
        return out;
    }

    private static long volume(KeyedCounters t, int row) {
        return Counts.add(Counts.add(t.count(row, 0), t.count(row, 1)), Counts.add(t.count(row, 2), t.count(row, 4)));
    }
}
