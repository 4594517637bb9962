package io.kumofleet.fanout;

import java.util.concurrent.atomic.AtomicBoolean;

/**
 * One of the gateway's {@code kumo.fleet.max-concurrent-fanouts} places, held from before a change
 * is stored until its fan-out is over, so that a full gateway refuses a change with nothing done.
 * Closing it gives the place back; closing it again does nothing.
 */
public final class FanoutSlot implements AutoCloseable {

    private final Runnable release;
    private final AtomicBoolean open = new AtomicBoolean(true);

    FanoutSlot(Runnable release) {
        this.release = release;
    }

    @Override
    public void close() {
        if (open.compareAndSet(true, false)) {
            release.run();
        }
    }
}
