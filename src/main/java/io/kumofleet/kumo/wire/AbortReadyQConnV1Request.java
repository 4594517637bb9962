package io.kumofleet.kumo.wire;

import java.util.UUID;

/** kumod's abort-ready-q-conn request: which dispatcher session of which ready queue to abort. */
public record AbortReadyQConnV1Request(String queueName, UUID sessionId) {}
