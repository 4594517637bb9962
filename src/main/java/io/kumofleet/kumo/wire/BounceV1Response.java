package io.kumofleet.kumo.wire;

import java.util.Map;
import java.util.UUID;

/** kumod's answer to a bounce: the rule id (the counters are deprecated and always empty). */
public record BounceV1Response(UUID id, Map<String, Long> bounced, long totalBounced) {}
