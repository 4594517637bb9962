package io.kumofleet.kumo.wire;

/** Answer of inspect-message: the spool id and what the spool holds for it. */
public record InspectMessageV1Response(String id, MessageInformation message) {}
