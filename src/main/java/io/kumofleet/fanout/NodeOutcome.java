package io.kumofleet.fanout;

import java.time.Duration;

/** What one node did with one call: succeeded with a value, or failed with a reason. */
public sealed interface NodeOutcome<T> {

    /** The node's name. */
    String node();

    /** How long the call took (up to the timeout). */
    Duration latency();

    /** The node answered as expected. */
    record Succeeded<T>(String node, T value, Duration latency) implements NodeOutcome<T> {}

    /** The node failed, timed out, was unreachable or was skipped. */
    record Failed<T>(String node, NodeFailure failure, Duration latency) implements NodeOutcome<T> {}
}
