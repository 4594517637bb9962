package io.kumofleet.kumo.wire;

import java.util.UUID;

/** One active scheduled-queue suspension on a node; {@code duration} is the remaining time. */
public record SuspendV1ListEntry(
        UUID id, String campaign, String tenant, String domain, String reason, String duration) {}
