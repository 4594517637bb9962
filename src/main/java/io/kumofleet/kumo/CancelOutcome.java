package io.kumofleet.kumo;

/** What a node said to a cancel: removed, or no such rule (already gone, expired or node restarted). */
public sealed interface CancelOutcome {

    /** The node's plain-text answer, e.g. {@code removed <id>} or {@code bounce entry <id> not found}. */
    String message();

    /** 200: the rule was removed. */
    record Removed(String message) implements CancelOutcome {}

    /** 404: the node holds no rule with that id. */
    record NotFound(String message) implements CancelOutcome {}
}
