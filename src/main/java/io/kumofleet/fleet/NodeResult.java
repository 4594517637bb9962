package io.kumofleet.fleet;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.kumofleet.fanout.NodeOutcome;
import java.util.function.Function;

/**
 * One node's outcome of a create or cancel.
 *
 * @param result {@code applied}, {@code set}, {@code reverted}, {@code cancelled}, {@code already_gone},
 *     {@code skipped}, or {@code failed} (the only one that is not a success)
 * @param ruleId the node's id for the rule, when it has one
 * @param status the node's HTTP status, when it failed with one
 * @param message the node's words, or why it failed
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record NodeResult(String node, String result, String ruleId, Integer status, String message) {

    /** The node answered; {@code success} says how to describe that. */
    public static <T> NodeResult of(NodeOutcome<T> outcome, Function<T, NodeResult> success) {
        if (outcome instanceof NodeOutcome.Succeeded<T> ok) {
            return success.apply(ok.value());
        }
        var failure = ((NodeOutcome.Failed<T>) outcome).failure();
        return new NodeResult(outcome.node(), "failed", null, failure.status(), failure.message());
    }
}
