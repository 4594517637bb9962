package io.kumofleet.metrics;

import io.kumofleet.kumod.ScheduledQueueName;
import java.util.Map;

/**
 * One row of the scheduled-queue table: a {@code scheduled_count{queue}} queue, its parsed name,
 * the count summed over the nodes and each reporting node's own count.
 *
 * @param byNode the count of each node that reported this queue, in node order
 */
public record ScheduledQueueRow(String name, ScheduledQueueName components, long count, Map<String, Long> byNode) {}
