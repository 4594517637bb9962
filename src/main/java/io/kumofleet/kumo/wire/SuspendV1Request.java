package io.kumofleet.kumo.wire;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;

/** kumod's scheduled-queue suspension request (no routing_domain: the server ignores it). */
public record SuspendV1Request(
        String campaign,
        String tenant,
        String domain,
        String reason,
        @JsonInclude(JsonInclude.Include.NON_NULL) String duration,
        @JsonInclude(JsonInclude.Include.NON_NULL) Instant expires,
        @JsonInclude(JsonInclude.Include.NON_NULL) List<String> queueNames) {}
