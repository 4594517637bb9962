package io.kumofleet.sim;

import io.vertx.core.AbstractVerticle;
import io.vertx.core.Promise;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerOptions;
import java.time.Duration;

/**
 * The listening half of a simulated kumod process: one HTTP server on 127.0.0.1 plus the traffic
 * timer, on the verticle's own event loop. Undeploying it closes both; the node's state lives on.
 */
final class NodeListener extends AbstractVerticle {

    private final SimNodeState state;
    private final NodeIdentity identity;
    private final Faults faults;
    private final int port;
    private final Duration tickInterval;
    private final RequestCounts counts;
    private HttpServer server;

    NodeListener(SimNodeState state, NodeIdentity identity, Faults faults, RequestCounts counts, int port,
            Duration tickInterval) {
        this.counts = counts;
        this.state = state;
        this.identity = identity;
        this.faults = faults;
        this.port = port;
        this.tickInterval = tickInterval;
    }

    @Override
    public void start(Promise<Void> started) {
        HttpServerOptions options = new HttpServerOptions()
                .setHost("127.0.0.1")
                .setPort(port)
                .setReuseAddress(true)
                .setCompressionSupported(true)
                .setCompressionLevel(1)
                .setDecompressionSupported(true)
                .setHttp2ClearTextEnabled(false);
        vertx.createHttpServer(options)
                .requestHandler(SimRouter.create(vertx, state, identity, faults, counts))
                .listen()
                .onSuccess(s -> {
                    server = s;
                    if (!tickInterval.isZero()) {
                        vertx.setPeriodic(Math.max(1, tickInterval.toMillis()), id -> state.tick());
                    }
                    started.complete();
                })
                .onFailure(started::fail);
    }

    /** Closes the server (and its connections) before the undeploy completes, so the port is free for a restart. */
    @Override
    public void stop(Promise<Void> stopped) {
        HttpServer running = server;
        if (running == null) {
            stopped.complete();
            return;
        }
        running.close().onComplete(done -> stopped.complete());
    }

    int actualPort() {
        return server.actualPort();
    }
}
