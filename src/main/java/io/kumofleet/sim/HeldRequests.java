package io.kumofleet.sim;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The hold fault of one node: the requests it keeps unanswered until {@link #release}, safe to use
 * from any thread. A held request whose connection closes is no longer held.
 */
final class HeldRequests {

    /** Holds every kumod path. */
    static final String EVERY_PATH = "*";

    private String path;
    private final Set<Runnable> waiting = new LinkedHashSet<>();

    /** Starts holding requests to {@code path}, or to every path with {@link #EVERY_PATH}. */
    synchronized void hold(String path) {
        this.path = path;
    }

    /** The path being held, {@link #EVERY_PATH}, or null when requests pass. */
    synchronized String path() {
        return path;
    }

    /** Keeps {@code resume} until the release if requests to {@code requestPath} are being held. */
    synchronized boolean keep(String requestPath, Runnable resume) {
        if (path == null || !(path.equals(EVERY_PATH) || path.equals(requestPath))) {
            return false;
        }
        waiting.add(resume);
        return true;
    }

    synchronized void forget(Runnable resume) {
        waiting.remove(resume);
    }

    synchronized int count() {
        return waiting.size();
    }

    /** Stops holding and lets every held request through, in the order they arrived. */
    void release() {
        List<Runnable> resumes;
        synchronized (this) {
            path = null;
            resumes = new ArrayList<>(waiting);
            waiting.clear();
        }
        resumes.forEach(Runnable::run);
    }
}
