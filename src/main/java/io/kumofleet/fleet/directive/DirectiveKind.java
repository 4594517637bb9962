package io.kumofleet.fleet.directive;

/** The three kinds of rule kumod keeps in memory, and so the three kinds of fleet directive. */
public enum DirectiveKind {
    /** {@code /api/admin/bounce/v1}. */
    BOUNCE("bounce"),
    /** {@code /api/admin/suspend/v1}. */
    SUSPENSION("suspension"),
    /** {@code /api/admin/suspend-ready-q/v1}. */
    READY_QUEUE_SUSPENSION("ready-queue-suspension");

    private final String label;

    DirectiveKind(String label) {
        this.label = label;
    }

    /** The name used in the API and the audit trail. */
    public String label() {
        return label;
    }
}
