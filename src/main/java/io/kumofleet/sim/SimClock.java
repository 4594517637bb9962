package io.kumofleet.sim;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Objects;

/** A clock tests move by hand, so rule expiry and remaining times need no sleeping. Thread-safe. */
public final class SimClock extends Clock {

    private volatile Instant now;

    public SimClock(Instant start) {
        this.now = Objects.requireNonNull(start);
    }

    /** Moves the clock forward (or back, with a negative amount). */
    public synchronized SimClock advance(Duration amount) {
        now = now.plus(amount);
        return this;
    }

    public SimClock set(Instant instant) {
        now = Objects.requireNonNull(instant);
        return this;
    }

    @Override
    public Instant instant() {
        return now;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        if (zone.equals(ZoneOffset.UTC)) {
            return this;
        }
        throw new UnsupportedOperationException("SimClock is always UTC");
    }
}
