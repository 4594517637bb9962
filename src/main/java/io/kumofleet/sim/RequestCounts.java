package io.kumofleet.sim;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;

/**
 * How many requests a node received per route (method and path), across restarts, and how many of
 * them it was answering at once at most, for tests and benchmarks.
 */
public final class RequestCounts {

    private static final class Route {
        final LongAdder received = new LongAdder();
        final AtomicInteger open = new AtomicInteger();
        final AtomicInteger mostOpen = new AtomicInteger();
    }

    private final Map<String, Route> routes = new ConcurrentHashMap<>();

    /** A request arrived; {@link #ended} follows once its answer has ended or failed. */
    void arrived(String method, String path) {
        Route route = route(method, path);
        route.received.increment();
        route.mostOpen.accumulateAndGet(route.open.incrementAndGet(), Math::max);
    }

    void ended(String method, String path) {
        route(method, path).open.decrementAndGet();
    }

    /** Requests received for this method and path, e.g. {@code ("POST", "/api/admin/bounce/v1")}. */
    public long of(String method, String path) {
        Route route = routes.get(key(method, path));
        return route == null ? 0 : route.received.sum();
    }

    /**
     * The most requests for this method and path that were being answered at once (from arrival
     * until the answer ended, hold and latency included) since the node started or {@link #resetMostAtOnce}.
     */
    public int mostAtOnce(String method, String path) {
        Route route = routes.get(key(method, path));
        return route == null ? 0 : route.mostOpen.get();
    }

    /** Starts {@link #mostAtOnce} afresh from the requests being answered now. */
    public void resetMostAtOnce(String method, String path) {
        Route route = route(method, path);
        route.mostOpen.set(route.open.get());
    }

    private Route route(String method, String path) {
        return routes.computeIfAbsent(key(method, path), k -> new Route());
    }

    private static String key(String method, String path) {
        return method + " " + path;
    }
}
