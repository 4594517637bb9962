package io.kumofleet.fleet.directive;

/** Where a directive stands on one node, as far as the gateway last saw. */
public enum NodeState {
    /** Not sent yet (just created, or the gateway stopped before sending). */
    PENDING,
    /** The node holds the rule. */
    APPLIED,
    /** The last attempt to send or check it failed; the reconciler tries again. */
    FAILED,
    /** The node does not hold the rule (restarted, replaced by hand); the reconciler re-applies it. */
    ABSENT,
    /** Cancelled on this node (or never applied and no longer wanted). */
    CANCELLED;

    public String label() {
        return name().toLowerCase();
    }
}
