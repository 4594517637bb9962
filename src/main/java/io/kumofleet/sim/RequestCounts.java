package io.kumofleet.sim;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/** How many kumod API requests a node received, by method and path, counted on arrival (before latency and faults). */
final class RequestCounts {

    private final Map<String, LongAdder> counts = new ConcurrentHashMap<>();

    void count(String method, String path) {
        counts.computeIfAbsent(method + " " + path, k -> new LongAdder()).increment();
    }

    long get(String methodAndPath) {
        LongAdder count = counts.get(methodAndPath);
        return count == null ? 0 : count.sum();
    }
}
