package io.kumofleet.schedule;

import java.time.Instant;

/** One window of a schedule: the directive is in force from start until end. */
public record Window(Instant start, Instant end) {}
