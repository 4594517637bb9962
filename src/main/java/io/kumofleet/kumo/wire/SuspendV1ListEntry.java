package io.kumofleet.kumo.wire;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.UUID;

/** One active scheduled-queue suspension on a node; {@code duration} is the remaining time. */
public record SuspendV1ListEntry(
        @JsonProperty(required = true) UUID id,
        String campaign,
        String tenant,
        String domain,
        String reason,
        String duration) {}
