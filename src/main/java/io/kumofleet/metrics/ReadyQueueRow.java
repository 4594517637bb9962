package io.kumofleet.metrics;

import io.kumofleet.kumod.ReadyQueueColumns;
import java.util.Map;

/**
 * One row of the ready-queue table: a ready queue (the {@code service} label after its first
 * {@code :}), its figures summed over the nodes, and each reporting node's own figures.
 *
 * @param byNode the figures of each node that reported this queue, in node order
 */
public record ReadyQueueRow(
        String name, ReadyQueueColumns columns, ReadyCounts total, Map<String, ReadyCounts> byNode) {}
