package io.kumofleet.kumo.wire;

import java.util.UUID;

/** kumod's answer to a suspension request: the rule id. */
public record SuspendV1Response(UUID id) {}
