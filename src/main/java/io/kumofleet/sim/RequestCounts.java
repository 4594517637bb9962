package io.kumofleet.sim;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/** How many requests a node received per route (method and path), across restarts, for tests and benchmarks. */
public final class RequestCounts {

    private final Map<String, LongAdder> counts = new ConcurrentHashMap<>();

    void increment(String method, String path) {
        counts.computeIfAbsent(key(method, path), k -> new LongAdder()).increment();
    }

    /** Requests received for this method and path, e.g. {@code ("POST", "/api/admin/bounce/v1")}. */
    public long of(String method, String path) {
        LongAdder count = counts.get(key(method, path));
        return count == null ? 0 : count.sum();
    }

    private static String key(String method, String path) {
        return method + " " + path;
    }
}
