package io.kumofleet.kumo.wire;

/** kumod's spool-compact request: the name of a spool defined by {@code kumo.define_spool}. */
public record SpoolCompactV1Request(String name) {}
