package io.kumofleet.kumo.wire;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;

/** kumod's ready-queue suspension request; {@code name} is the exact ready-queue name. */
public record SuspendReadyQueueV1Request(
        String name,
        String reason,
        @JsonInclude(JsonInclude.Include.NON_NULL) String duration,
        @JsonInclude(JsonInclude.Include.NON_NULL) Instant expires) {}
