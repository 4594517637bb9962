package io.kumofleet.cli.fleet;

import java.io.PrintWriter;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Elapsed time on stderr while a gateway call takes longer than a second (the gateway fans out to
 * the nodes and answers once every node has answered or timed out), cleared when the answer comes.
 * Only on a terminal: redirected stderr stays clean.
 */
final class Progress implements AutoCloseable {

    private static final long FIRST_AFTER_MS = 1000;
    private static final long EVERY_MS = 1000;

    private final PrintWriter err;
    private final String what;
    private final long started = System.nanoTime();
    private final ScheduledExecutorService ticker;
    private int shownWidth;

    private Progress(PrintWriter err, String what, boolean enabled) {
        this.err = err;
        this.what = what;
        if (enabled) {
            ticker = Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "fleet-progress");
                t.setDaemon(true);
                return t;
            });
            ticker.scheduleAtFixedRate(this::show, FIRST_AFTER_MS, EVERY_MS, TimeUnit.MILLISECONDS);
        } else {
            ticker = null;
        }
    }

    static Progress start(PrintWriter err, String what, boolean enabled) {
        return new Progress(err, what, enabled);
    }

    private synchronized void show() {
        long seconds = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - started);
        String line = what + ": waiting for the gateway and its nodes… " + seconds + "s";
        err.print("\r" + line);
        err.flush();
        shownWidth = line.length();
    }

    @Override
    public void close() {
        if (ticker == null) {
            return;
        }
        ticker.shutdownNow();
        try {
            ticker.awaitTermination(1, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        synchronized (this) {
            if (shownWidth > 0) {
                err.print("\r" + " ".repeat(shownWidth) + "\r");
                err.flush();
            }
        }
    }
}
