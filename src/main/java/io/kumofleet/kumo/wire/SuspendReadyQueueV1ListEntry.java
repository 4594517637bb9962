package io.kumofleet.kumo.wire;

import java.time.Instant;
import java.util.UUID;

/** One active ready-queue suspension on a node, with remaining time and absolute expiry. */
public record SuspendReadyQueueV1ListEntry(
        UUID id, String name, String reason, String duration, Instant expires) {}
