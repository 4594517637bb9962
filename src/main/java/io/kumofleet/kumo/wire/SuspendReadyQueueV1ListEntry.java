package io.kumofleet.kumo.wire;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.util.UUID;

/** One active ready-queue suspension on a node, with remaining time and absolute expiry. */
public record SuspendReadyQueueV1ListEntry(
        @JsonProperty(required = true) UUID id, String name, String reason, String duration, Instant expires) {}
