package io.kumofleet.sim;

import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;

/**
 * One simulated kumod node: an HTTP listener on 127.0.0.1 that behaves like kumod's admin API
 * (CONTRACT.md), over an in-memory queue population that moves on a timer or on {@link #tick()}.
 *
 * <p>Lifecycle calls return Vert.x futures and never block; {@link #goDown()} closes the listener
 * (connections are refused) keeping all state, {@link #comeUp()} listens again on the same port,
 * and {@link #restart()} comes back like a restarted kumod: rules and log filter forgotten, new
 * {@code online_since}, same node_id. Faults can be changed at any time through {@link #faults()}.
 */
public final class SimulatedNode {

    private static final int BIND_ATTEMPTS = 40;
    private static final long BIND_RETRY_MILLIS = 50;


    private final Vertx vertx;
    private final SimNodeOptions options;
    private final SimNodeState state;
    private final NodeIdentity identity;
    private final Faults faults;
    private final SimQueues queues;
    private final RequestCounts requests = new RequestCounts();
    private volatile int port;
    private volatile String deploymentId;
    private Future<Void> starting;

    SimulatedNode(Vertx vertx, SimNodeOptions options) {
        this.vertx = vertx;
        this.options = options;
        this.state = new SimNodeState(options);
        this.identity = NodeIdentity.of(options);
        this.faults = new Faults(options.seed() * 31 + 7);
        this.queues = new QueueView(state);
        this.port = options.port();
    }

    /** Creates a node and starts listening; the future completes once connections are accepted. */
    public static Future<SimulatedNode> start(Vertx vertx, SimNodeOptions options) {
        SimulatedNode node = new SimulatedNode(vertx, options);
        return node.comeUp().map(node);
    }

    public String name() {
        return options.name();
    }

    /** {@code http://127.0.0.1:<port>}. */
    public URI url() {
        return URI.create("http://127.0.0.1:" + port);
    }

    public int port() {
        return port;
    }

    public boolean isUp() {
        return deploymentId != null;
    }

    public SimNodeOptions options() {
        return options;
    }

    /** How many requests this node received per route, across restarts. */
    public RequestCounts requests() {
        return requests;
    }

    public Faults faults() {
        return faults;
    }


    /** The node's queues, for assertions and for arranging traffic. */
    public SimQueues queues() {
        return queues;
    }

    public Clock clock() {
        return options.clock();
    }

    /** Moves traffic one step now, on the caller's thread (deterministic for a given seed and history). */
    public void tick() {
        state.tick();
    }

    /** The diagnostic log filter last set (kumod's default {@code kumod=info} after start or restart). */
    public String logFilter() {
        return state.logFilter();
    }

    /** How many times bump-config-epoch was called since the last start. */
    public long configEpoch() {
        return state.configEpoch();
    }

    /** The stable node_id machine-info reports. */
    public String nodeId() {
        return identity.nodeId();
    }

    public Instant onlineSince() {
        return state.onlineSince();
    }

    /** Stops listening: new connections are refused until {@link #comeUp()}. State is kept. */
    public synchronized Future<Void> goDown() {
        if (starting != null && !starting.isComplete()) {
            return starting.transform(done -> goDown());
        }
        String id = deploymentId;
        if (id == null) {
            return Future.succeededFuture();
        }
        deploymentId = null;
        return vertx.undeploy(id);
    }

    /** Listens again on the same port, with the state it had. */
    public synchronized Future<Void> comeUp() {
        if (deploymentId != null) {
            return Future.succeededFuture();
        }
        // One listen at a time; a finished one is never reused, or a later comeUp would do nothing.
        if (starting == null || starting.isComplete()) {
            starting = listen();
        }
        return starting;
    }

    /** Goes down, forgets what a kumod restart forgets, and comes back on the same port. */
    public Future<Void> restart() {
        return goDown().compose(v -> {
            state.restart();
            return comeUp();
        });
    }

    /** Stops listening for good (same as {@link #goDown()}). */
    public Future<Void> stop() {
        return goDown();
    }

    private Future<Void> listen() {
        return listen(BIND_ATTEMPTS);
    }

    /**
     * Deploys the listener. Right after going down the kernel may still hold the port for a few
     * milliseconds, so a bind failure on a known port is retried shortly, as a process supervisor
     * restarting kumod would.
     */
    private Future<Void> listen(int attemptsLeft) {
        NodeListener listener = new NodeListener(state, identity, faults, requests, port, options.tickInterval());
        return vertx.deployVerticle(listener).<Void>map(id -> {
            synchronized (this) {
                deploymentId = id;
                port = listener.actualPort();
            }
            return null;
        }).recover(e -> {
            if (attemptsLeft > 1 && port != 0 && e instanceof java.net.BindException) {
                Promise<Void> retried = Promise.promise();
                vertx.setTimer(BIND_RETRY_MILLIS, t -> listen(attemptsLeft - 1).onComplete(retried));
                return retried.future();
            }
            return Future.failedFuture(new IllegalStateException(
                    name() + " could not listen on 127.0.0.1:" + port + ": " + e.getMessage(), e));
        });
    }

    @Override
    public String toString() {
        return "SimulatedNode[" + name() + " " + url() + (isUp() ? "" : " down") + "]";
    }
}
