package io.kumofleet.schedule;

/** An active schedule already has the same kind, criteria, target and timing as the one asked for. */
public class DuplicateScheduleException extends RuntimeException {

    public DuplicateScheduleException(String existingId) {
        super("active schedule " + existingId + " has the same kind, criteria, target and timing; cancel it, or "
                + "give allow_duplicate: true (fleet schedule create --allow-duplicate) to create this one anyway");
    }
}
