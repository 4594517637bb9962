package io.kumofleet.kumo.wire;

import java.util.Map;
import java.util.UUID;

/** One active bounce rule on a node; {@code duration} is the remaining time in humantime form. */
public record BounceV1ListEntry(
        UUID id,
        String campaign,
        String tenant,
        String domain,
        String routingDomain,
        String reason,
        String duration,
        Map<String, Long> bounced,
        long totalBounced) {}
