package io.kumofleet.fanout;

import java.util.concurrent.atomic.AtomicBoolean;

/**
 * One of the gateway's {@code kumo.fleet.max-concurrent-fanouts} places, taken with
 * {@link FanoutExecutor#admit()} before a change is stored and passed to the fan-outs that carry the
 * change out ({@link FanoutExecutor#run(FanoutAdmission, java.util.List, String, java.util.function.Function)}),
 * so that a full gateway refuses a change with nothing done. Closing it gives the place back; closing
 * it again does nothing.
 */
public final class FanoutAdmission implements AutoCloseable {

    private final Runnable release;
    private final AtomicBoolean open = new AtomicBoolean(true);

    FanoutAdmission(Runnable release) {
        this.release = release;
    }

    boolean isOpen() {
        return open.get();
    }

    @Override
    public void close() {
        if (open.compareAndSet(true, false)) {
            release.run();
        }
    }
}
