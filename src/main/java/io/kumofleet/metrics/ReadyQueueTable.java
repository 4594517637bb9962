package io.kumofleet.metrics;

import java.util.List;

/**
 * The ready-queue rows a query asked for, with what every row that passed its filter adds up to
 * (not only the rows within the limit).
 *
 * @param queues how many ready queues passed the filter
 * @param total their figures added up
 */
public record ReadyQueueTable(List<ReadyQueueRow> rows, int queues, ReadyCounts total) {}
