package io.kumofleet.metrics;

/** The rows of kcli's provider-summary: per provider (default) or per provider and pool ({@code --by-pool}). */
public enum ProviderGrouping {
    /** Rows keyed by {@code provider}, from the {@code *_by_provider} metrics. */
    BY_PROVIDER,
    /**
     * Rows keyed by {@code provider} and {@code pool}: D, T and F from the
     * {@code *_by_provider_and_source} metrics summed over {@code source}, C and Q from the
     * {@code *_by_provider_and_pool} metrics.
     */
    BY_POOL
}
