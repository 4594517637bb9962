package io.kumofleet.contract;

import io.kumofleet.sim.SimulatedFleet;
import io.kumofleet.sim.SimulatedNode;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;

/**
 * A {@link ValidatingKumodProxy} in front of every node of a simulated fleet, by node name: point a
 * gateway's node URLs at {@link #url(String)} and every call it makes to a node is checked against
 * kumod's API document on both sides.
 */
public final class ValidatingFleet {

    private final Map<String, ValidatingKumodProxy> proxies;

    private ValidatingFleet(Map<String, ValidatingKumodProxy> proxies) {
        this.proxies = proxies;
    }

    /** Starts one proxy per node (stopping the started ones if any fails). */
    public static Future<ValidatingFleet> start(Vertx vertx, List<SimulatedNode> nodes, KumodSchema schema) {
        List<Future<ValidatingKumodProxy>> starting = nodes.stream()
                .map(node -> ValidatingKumodProxy.start(vertx, node.url(), schema)).toList();
        return Future.join(starting).transform(all -> {
            Map<String, ValidatingKumodProxy> proxies = new LinkedHashMap<>();
            for (int i = 0; i < nodes.size(); i++) {
                if (starting.get(i).succeeded()) {
                    proxies.put(nodes.get(i).name(), starting.get(i).result());
                }
            }
            ValidatingFleet fleet = new ValidatingFleet(proxies);
            return all.succeeded() ? Future.succeededFuture(fleet) : fleet.stop().transform(v -> Future.failedFuture(all.cause()));
        });
    }

    /** Proxies in front of every node of {@code fleet}, validating with every erratum applied; never on an event loop. */
    public static ValidatingFleet startAndWait(Vertx vertx, SimulatedFleet fleet, Duration timeout) {
        return SimulatedFleet.await(start(vertx, fleet.nodes(), KumodSchema.load()), timeout);
    }

    /** The proxy's URL for a node: what the gateway should use as the node's URL. */
    public URI url(String node) {
        return proxy(node).url();
    }

    public ValidatingKumodProxy proxy(String node) {
        ValidatingKumodProxy proxy = proxies.get(node);
        if (proxy == null) {
            throw new NoSuchElementException("no proxy for node " + node + " (known: " + proxies.keySet() + ")");
        }
        return proxy;
    }

    /** Every node's exchanges so far, by node name. */
    public Map<String, List<KumodExchange>> exchanges() {
        Map<String, List<KumodExchange>> all = new LinkedHashMap<>();
        proxies.forEach((node, proxy) -> all.put(node, proxy.exchanges()));
        return all;
    }

    /** Every exchange that broke kumod's API document, as {@code node: exchange} lines. */
    public List<String> violations() {
        List<String> lines = new ArrayList<>();
        proxies.forEach((node, proxy) -> proxy.violations().forEach(e -> lines.add(node + ": " + e)));
        return lines;
    }

    /** Forgets every proxy's exchanges so far. */
    public void clear() {
        proxies.values().forEach(ValidatingKumodProxy::clear);
    }

    public Future<Void> stop() {
        return Future.join(proxies.values().stream().map(ValidatingKumodProxy::stop).toList()).mapEmpty();
    }
}
