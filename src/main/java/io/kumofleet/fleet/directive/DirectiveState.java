package io.kumofleet.fleet.directive;

/** Where a directive stands: in force, cancelled by someone, or past its end. */
public enum DirectiveState {
    ACTIVE, CANCELLED, EXPIRED;

    public String label() {
        return name().toLowerCase();
    }
}
