package io.kumofleet.kumo.wire;

import java.time.Instant;

/** A ready-queue state such as connection_limited: what the node said and since when. */
public record QueueState(String context, Instant since) {}
