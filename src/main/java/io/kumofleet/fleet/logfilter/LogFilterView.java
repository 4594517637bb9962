package io.kumofleet.fleet.logfilter;

import java.time.Instant;

/**
 * What the gateway last set as a node's diagnostic log filter, and when it goes back to the baseline.
 *
 * @param filter the filter the gateway last set, or null when it never set one
 * @param baseline the filter the node runs with by configuration ({@code kumo.fleet.nodes.<n>.log-filter})
 */
public record LogFilterView(
        String node,
        String filter,
        String baseline,
        Instant setAt,
        String setBy,
        Instant revertAt,
        Instant revertedAt,
        String lastError) {}
