package io.kumofleet.metrics;

import java.util.ArrayList;
import java.util.List;

/**
 * One node's {@code /metrics} as the fleet summaries need it, from a single parse: its queue
 * figures, its provider figures both by provider and by pool, or both. Samples of the metrics
 * that are not collected are validated and skipped without being looked at further.
 *
 * <p>Feed it from one thread through {@link #parser()}; read it once the parser has finished.
 */
public final class NodeMetrics implements SampleSink {

    private final QueueFigures queues;
    private final ProviderFigures byProvider;
    private final ProviderFigures byPool;
    private final SharedKeys keys;
    private final MetricSelection selection;
    /** For each selected metric, the sinks that want it and the metric's index in each sink's own selection. */
    private final SampleSink[][] targets;
    private final int[][] localIndex;

    /**
     * How big a node's figures grew, to give its next reading room for as much from the start.
     * Holds four numbers per table, never the figures.
     */
    public record Sizes(TableSize ready, TableSize scheduled, TableSize byProvider, TableSize byPool) {

        /** Nothing known: room for a small node. */
        public static final Sizes SMALL = new Sizes(TableSize.SMALL, TableSize.SMALL, TableSize.SMALL, TableSize.SMALL);
    }

    /** Empty queue and provider figures. */
    public NodeMetrics() {
        this(true, true, Sizes.SMALL);
    }

    /** Empty figures that collect the queues, the providers (by provider and by pool), or both. */
    public NodeMetrics(boolean collectQueues, boolean collectProviders) {
        this(collectQueues, collectProviders, Sizes.SMALL);
    }

    /** Like {@link #NodeMetrics(boolean, boolean)}, with room for what {@code expected} says. */
    public NodeMetrics(boolean collectQueues, boolean collectProviders, Sizes expected) {
        this(collectQueues, collectProviders, expected, new SharedKeys());
    }

    /**
     * Like {@link #NodeMetrics(boolean, boolean, Sizes)}, keeping the names in {@code keys}, which
     * other nodes' figures may share (see {@link SharedKeys}).
     */
    public NodeMetrics(boolean collectQueues, boolean collectProviders, Sizes expected, SharedKeys keys) {
        if (!collectQueues && !collectProviders) {
            throw new IllegalArgumentException("nothing to collect");
        }
        this.keys = keys;
        queues = collectQueues ? new QueueFigures(expected.ready(), expected.scheduled(), keys) : null;
        byProvider = collectProviders
                ? new ProviderFigures(ProviderGrouping.BY_PROVIDER, false, expected.byProvider(), keys) : null;
        byPool = collectProviders
                ? new ProviderFigures(ProviderGrouping.BY_POOL, false, expected.byPool(), keys) : null;
        List<String> names = new ArrayList<>();
        List<List<SampleSink>> sinks = new ArrayList<>();
        List<List<Integer>> indexes = new ArrayList<>();
        if (collectQueues) {
            select(QueueFigures.METRICS, queues, names, sinks, indexes);
        }
        if (collectProviders) {
            // scheduled_count is only for --show-domains, which these figures do not collect.
            select(ProviderFigures.BY_PROVIDER, byProvider, names, sinks, indexes);
            select(ProviderFigures.BY_POOL, byPool, names, sinks, indexes);
        }
        selection = MetricSelection.of(names.toArray(String[]::new));
        targets = new SampleSink[names.size()][];
        localIndex = new int[names.size()][];
        for (int i = 0; i < names.size(); i++) {
            targets[i] = sinks.get(i).toArray(SampleSink[]::new);
            localIndex[i] = indexes.get(i).stream().mapToInt(Integer::intValue).toArray();
        }
    }

    /** How big these figures are (what was not collected counts as small). */
    public Sizes sizes() {
        return new Sizes(queues == null ? TableSize.SMALL : queues.ready.tableSize(),
                queues == null ? TableSize.SMALL : queues.scheduled.tableSize(),
                byProvider == null ? TableSize.SMALL : byProvider.rows.tableSize(),
                byPool == null ? TableSize.SMALL : byPool.rows.tableSize());
    }

    /** Which of the shared names these figures use, to remember once the figures are gone. */
    public KeysInUse keysInUse() {
        return keys.used(queues == null ? null : queues.ready, queues == null ? null : queues.scheduled,
                byProvider == null ? null : byProvider.rows, byPool == null ? null : byPool.rows);
    }

    /** A parser that feeds this node's {@code /metrics} body into these figures. */
    public PrometheusTextParser parser() {
        return new PrometheusTextParser(selection, this);
    }

    /** The queue figures (kcli's queue-summary); only if collected. */
    public QueueFigures queues() {
        if (queues == null) {
            throw new IllegalStateException("these figures do not collect the queues");
        }
        return queues;
    }

    /**
     * The provider figures for {@code grouping} (kcli's provider-summary, with or without
     * {@code --by-pool}); only if collected.
     */
    public ProviderFigures providers(ProviderGrouping grouping) {
        if (byProvider == null) {
            throw new IllegalStateException("these figures do not collect the providers");
        }
        return grouping == ProviderGrouping.BY_POOL ? byPool : byProvider;
    }

    @Override
    public void accept(Sample sample) {
        int metric = sample.metric;
        SampleSink[] sinks = targets[metric];
        int[] local = localIndex[metric];
        try {
            for (int i = 0; i < sinks.length; i++) {
                sample.metric = local[i];
                sinks[i].accept(sample);
            }
        } finally {
            sample.metric = metric;
        }
    }

    @Override
    public void finished() {
        for (SampleSink sink : new SampleSink[] {queues, byProvider, byPool}) {
            if (sink != null) {
                sink.finished();
            }
        }
    }

    private static void select(MetricSelection wanted, SampleSink sink, List<String> names,
            List<List<SampleSink>> sinks, List<List<Integer>> indexes) {
        for (int local = 0; local < wanted.names().size(); local++) {
            String name = wanted.name(local);
            if (sink instanceof ProviderFigures && name.equals("scheduled_count")) {
                continue;
            }
            int at = names.indexOf(name);
            if (at < 0) {
                at = names.size();
                names.add(name);
                sinks.add(new ArrayList<>());
                indexes.add(new ArrayList<>());
            }
            sinks.get(at).add(sink);
            indexes.get(at).add(local);
        }
    }
}
