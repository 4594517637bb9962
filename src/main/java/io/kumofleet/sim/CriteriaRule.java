package io.kumofleet.sim;

import java.time.Instant;
import java.util.UUID;

/** A bounce or scheduled-queue suspension as kept in a {@link CriteriaTable}. */
interface CriteriaRule {

    UUID id();

    QueueCriteria criteria();

    String reason();

    Instant expires();

    default boolean activeAt(Instant now) {
        return now.isBefore(expires());
    }
}
