package io.kumofleet.metrics;

import java.util.List;

/**
 * The provider rows a query asked for, with what every row adds up to (not only the rows within
 * the limit).
 *
 * @param size how many rows there are in all
 * @param total every row's figures added up
 */
public record ProviderTable(List<ProviderRow> rows, int size, ProviderCounts total) {}
