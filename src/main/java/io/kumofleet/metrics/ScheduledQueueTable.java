package io.kumofleet.metrics;

import java.util.List;

/**
 * The scheduled-queue rows a query asked for, with what every row that passed its filter adds up
 * to (not only the rows within the limit).
 *
 * @param queues how many scheduled queues passed the filter
 * @param total their counts added up
 */
public record ScheduledQueueTable(List<ScheduledQueueRow> rows, int queues, long total) {}
