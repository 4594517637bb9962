package io.kumofleet.kumo.wire;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Map;
import java.util.UUID;

/** One active bounce rule on a node; {@code duration} is the remaining time in humantime form. */
public record BounceV1ListEntry(
        @JsonProperty(required = true) UUID id,
        String campaign,
        String tenant,
        String domain,
        String routingDomain,
        String reason,
        String duration,
        Map<String, Long> bounced,
        long totalBounced) {}
