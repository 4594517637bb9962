package io.kumofleet.kumo.wire;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;

/** kumod's bounce request: criteria (none means every queue), reason and lifetime. */
public record BounceV1Request(
        String campaign,
        String tenant,
        String domain,
        String routingDomain,
        String reason,
        @JsonInclude(JsonInclude.Include.NON_NULL) String duration,
        @JsonInclude(JsonInclude.Include.NON_NULL) Instant expires,
        boolean suppressLogging,
        @JsonInclude(JsonInclude.Include.NON_NULL) List<String> queueNames) {}
