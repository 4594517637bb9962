package io.kumofleet.metrics;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/** Per-node figures of a fleet summary, by node name in the order nodes were first named. */
final class NodeRegistry<F> {

    private final Map<String, F> byName = new LinkedHashMap<>();
    private final Supplier<F> factory;

    NodeRegistry(Supplier<F> factory) {
        this.factory = factory;
    }

    synchronized F get(String node) {
        return byName.computeIfAbsent(node, n -> factory.get());
    }

    synchronized void put(String node, F figures) {
        if (byName.putIfAbsent(node, figures) != null) {
            throw new IllegalStateException("node " + node + " is already in the summary");
        }
    }

    synchronized boolean discard(String node) {
        return byName.remove(node) != null;
    }

    synchronized List<String> names() {
        return List.copyOf(byName.keySet());
    }

    synchronized List<Map.Entry<String, F>> entries() {
        return new ArrayList<>(byName.entrySet());
    }
}
