package io.kumofleet.metrics;

import java.util.Map;

/**
 * One row of the provider summary: a provider (and pool, when grouped by pool), its figures summed
 * over the nodes and each reporting node's own figures.
 *
 * @param pool the egress pool, or null when grouped by provider only
 * @param byNode the figures of each node that reported this row, in node order
 */
public record ProviderRow(String provider, String pool, ProviderCounts total, Map<String, ProviderCounts> byNode) {}
