package io.kumofleet.kumo.wire;

/** kumod's xfer-cancel request: the xfer queue to walk back and the reason to log. */
public record XferCancelV1Request(String queueName, String reason) {}
