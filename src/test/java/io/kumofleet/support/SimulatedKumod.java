package io.kumofleet.support;

import io.kumofleet.contract.KumodSchema;
import io.kumofleet.contract.ValidatingKumodProxy;
import io.kumofleet.sim.SimNodeOptions;
import io.kumofleet.sim.SimulatedFleet;
import io.kumofleet.sim.SimulatedNode;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import java.net.URI;
import java.time.Duration;
import java.util.function.Supplier;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A JUnit extension (register it on a {@code static} field) giving each test a fresh simulated kumod,
 * optionally behind a {@link ValidatingKumodProxy}, on one Vert.x shared by the test class. It starts
 * the node before the class's {@code @BeforeEach} methods and stops it after its {@code @AfterEach}
 * methods, so those can use {@link #url()} and read the proxy's exchanges.
 */
public final class SimulatedKumod implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback, AfterEachCallback {

    private final Supplier<SimNodeOptions> options;
    private final boolean validating;
    private final Duration wait;
    private final ClassVertx vertx;
    private SimulatedNode node;
    private ValidatingKumodProxy proxy;

    private SimulatedKumod(Supplier<SimNodeOptions> options, boolean validating, Duration wait) {
        this.options = options;
        this.validating = validating;
        this.wait = wait;
        this.vertx = new ClassVertx(wait);
    }

    /** A node per test from {@code options} (asked afresh each test), reached directly. */
    public static SimulatedKumod direct(Supplier<SimNodeOptions> options, Duration wait) {
        return new SimulatedKumod(options, false, wait);
    }

    /** A node per test from {@code options}, reached through a proxy validating with every erratum applied. */
    public static SimulatedKumod behindProxy(Supplier<SimNodeOptions> options, Duration wait) {
        return new SimulatedKumod(options, true, wait);
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        vertx.beforeAll(context);
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        node = SimulatedFleet.await(SimulatedNode.start(vertx.get(), options.get()), wait);
        if (validating) {
            proxy = SimulatedFleet.await(ValidatingKumodProxy.start(vertx.get(), node.url(), KumodSchema.load()), wait);
        }
    }

    @Override
    public void afterEach(ExtensionContext context) {
        SimulatedNode stoppingNode = node;
        Future<Void> stopping = proxy == null ? stoppingNode.stop() : proxy.stop().eventually(stoppingNode::stop);
        proxy = null;
        node = null;
        SimulatedFleet.await(stopping, wait);
    }

    @Override
    public void afterAll(ExtensionContext context) {
        vertx.afterAll(context);
    }

    /** The Vert.x the node and proxy run on, for anything else the test needs to start. */
    public Vertx vertx() {
        return vertx.get();
    }

    public SimulatedNode node() {
        return node;
    }

    public ValidatingKumodProxy proxy() {
        if (proxy == null) {
            throw new IllegalStateException("this simulated kumod has no validating proxy");
        }
        return proxy;
    }

    /** Where clients should connect: the proxy if there is one, else the node. */
    public URI url() {
        return proxy == null ? node.url() : proxy.url();
    }
}
