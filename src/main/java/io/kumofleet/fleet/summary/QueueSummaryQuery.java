package io.kumofleet.fleet.summary;

import io.kumofleet.fanout.Target;
import io.kumofleet.fleet.InvalidRequestException;
import io.kumofleet.metrics.SummaryOrder;

/**
 * What a queue summary is asked for: which nodes, kcli's {@code --by-volume}, {@code --limit}
 * (per table) and {@code --domain}.
 *
 * @param domain only the queues of this domain's site, or null for all
 */
public record QueueSummaryQuery(Target target, SummaryOrder order, int limit, String domain) {

    /** Rows per table when no limit is given: a fleet can hold millions of queues. */
    public static final int DEFAULT_LIMIT = 100;
    /** The most rows per table one answer carries. */
    public static final int MAX_LIMIT = 10_000;

    public QueueSummaryQuery {
        checkLimit(limit);
    }

    static void checkLimit(int limit) {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new InvalidRequestException("limit must be between 1 and " + MAX_LIMIT + ", not " + limit);
        }
    }
}
