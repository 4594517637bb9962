package io.kumofleet.metrics;

import io.kumofleet.kumod.ScheduledQueueName;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * One node's provider figures as kcli's provider-summary gathers them from {@code /metrics}
 * ({@code provider_summary.rs}), for one {@link ProviderGrouping}. A selected sample without its
 * {@code provider} (or {@code pool}) label is an error, where kcli would panic.
 *
 * <p>When asked to, it also collects for {@code --show-domains} the routing domain (else the
 * domain) of every {@code scheduled_count} queue; resolving them to sites is the caller's business.
 */
public final class ProviderFigures implements SampleSink {

    static final MetricSelection BY_PROVIDER = MetricSelection.of(
            "total_messages_delivered_by_provider", "total_messages_transfail_by_provider",
            "total_messages_fail_by_provider", "connection_count_by_provider", "queued_count_by_provider",
            "scheduled_count");
    static final MetricSelection BY_POOL = MetricSelection.of(
            "total_messages_delivered_by_provider_and_source", "total_messages_transfail_by_provider_and_source",
            "total_messages_fail_by_provider_and_source", "connection_count_by_provider_and_pool",
            "queued_count_by_provider_and_pool", "scheduled_count");
    private static final int SCHEDULED = 5;

    private final ProviderGrouping grouping;
    private final boolean collectDomains;
    final KeyedCounters rows;
    private final Set<String> domains = new LinkedHashSet<>();

    /** Empty figures for {@code grouping}, also collecting scheduled-queue domains if {@code collectDomains}. */
    public ProviderFigures(ProviderGrouping grouping, boolean collectDomains) {
        this(grouping, collectDomains, TableSize.SMALL, new SharedKeys());
    }

    /** Empty figures with room for {@code expected} rows, their providers (and pools) kept in {@code keys}. */
    ProviderFigures(ProviderGrouping grouping, boolean collectDomains, TableSize expected, SharedKeys keys) {
        this.grouping = grouping;
        this.collectDomains = collectDomains;
        this.rows = new KeyedCounters(5, grouping == ProviderGrouping.BY_POOL ? keys.providerPools : keys.providers,
                expected);
    }

    /** The metrics to select for {@code grouping}: D, T, F, C, Q in that order, then {@code scheduled_count}. */
    public static MetricSelection metrics(ProviderGrouping grouping) {
        return grouping == ProviderGrouping.BY_POOL ? BY_POOL : BY_PROVIDER;
    }

    /** A parser that feeds this node's {@code /metrics} body into these figures. */
    public PrometheusTextParser parser() {
        return new PrometheusTextParser(metrics(grouping), this);
    }

    /** The grouping these figures use. */
    public ProviderGrouping grouping() {
        return grouping;
    }

    /** Gives back the spare room of the growing tables once the node's payload is complete. */
    @Override
    public void finished() {
        rows.trim();
    }

    @Override
    public void accept(Sample sample) {
        int metric = sample.metric();
        if (metric == SCHEDULED) {
            if (!collectDomains) {
                return;
            }
            String queue = sample.label("queue");
            if (queue == null) {
                throw sample.error("scheduled_count without a queue label");
            }
            domains.add(ScheduledQueueName.parse(queue).effectiveDomain());
        } else if (metric >= 0 && metric < SCHEDULED) {
            int provider = required(sample, "provider");
            int pool = grouping == ProviderGrouping.BY_POOL ? required(sample, "pool") : -1;
            byte[] buf = sample.buf;
            try {
                rows.add(buf, sample.valueFrom(provider), sample.valueTo(provider),
                        buf, pool < 0 ? 0 : sample.valueFrom(pool), pool < 0 ? 0 : sample.valueTo(pool),
                        metric, sample.count());
            } catch (KeyDictionary.InvalidKey e) {
                throw sample.error(e.getMessage());
            }
        }
    }

    /** The routing domain, else the domain, of each scheduled queue seen (if collecting), in first-seen order. */
    public Set<String> scheduledDomains() {
        return Collections.unmodifiableSet(domains);
    }

    /** This node's figures for a row, or null if it did not report it; {@code pool} is null by provider. */
    public ProviderCounts counts(String provider, String pool) {
        int row = rows.find(provider, pool);
        return row < 0 ? null : counts(rows, row);
    }

    static ProviderCounts counts(KeyedCounters table, int row) {
        return new ProviderCounts(table.count(row, 0), table.count(row, 1), table.count(row, 2),
                table.count(row, 3), table.count(row, 4));
    }

    private static int required(Sample sample, String label) {
        int index = sample.labelIndex(label);
        if (index < 0) {
            throw sample.error("missing label " + label);
        }
        return index;
    }
}
