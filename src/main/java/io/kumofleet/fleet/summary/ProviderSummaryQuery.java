package io.kumofleet.fleet.summary;

import io.kumofleet.fanout.Target;
import io.kumofleet.metrics.ProviderGrouping;

/** What a provider summary is asked for: which nodes, kcli's {@code --by-pool} and {@code --limit}. */
public record ProviderSummaryQuery(Target target, ProviderGrouping grouping, int limit) {

    public ProviderSummaryQuery {
        QueueSummaryQuery.checkLimit(limit);
    }
}
