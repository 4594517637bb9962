package io.kumofleet.sim;

import java.time.Instant;
import java.util.UUID;

/** One ready-queue suspension, keyed by the exact (unvalidated) ready-queue name. */
record ReadyQueueSuspension(UUID id, String name, String reason, Instant expires) {

    boolean activeAt(Instant now) {
        return now.isBefore(expires);
    }
}
