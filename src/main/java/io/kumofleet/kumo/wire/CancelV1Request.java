package io.kumofleet.kumo.wire;

import java.util.UUID;

/** Body of the DELETE that cancels a bounce, suspension or ready-queue suspension. */
public record CancelV1Request(UUID id) {}
