package io.kumofleet.fanout;

import java.util.List;

/** Every selected node's outcome of one fan-out, in selection order. */
public record FanoutResult<T>(List<NodeOutcome<T>> outcomes) {

    /** True when every node succeeded. */
    public boolean allSucceeded() {
        return outcomes.stream().allMatch(o -> o instanceof NodeOutcome.Succeeded);
    }

    /** The outcomes that failed. */
    public List<NodeOutcome.Failed<T>> failures() {
        return outcomes.stream()
                .filter(o -> o instanceof NodeOutcome.Failed)
                .map(o -> (NodeOutcome.Failed<T>) o)
                .toList();
    }

    /** The outcomes that succeeded. */
    public List<NodeOutcome.Succeeded<T>> successes() {
        return outcomes.stream()
                .filter(o -> o instanceof NodeOutcome.Succeeded)
                .map(o -> (NodeOutcome.Succeeded<T>) o)
                .toList();
    }
}
