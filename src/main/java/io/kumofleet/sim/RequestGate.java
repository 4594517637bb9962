package io.kumofleet.sim;

import io.vertx.core.Context;
import io.vertx.core.net.SocketAddress;
import io.vertx.ext.web.RoutingContext;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * What stands between a request and a kumod handler: the hold, the configured latency, kumod's
 * authentication middleware (only for matched routes, as axum's route_layer) and the error and garbage dice.
 */
final class RequestGate {

    private static final String LIVENESS_PATH = "/api/check-liveness/v1";

    private final Faults faults;

    RequestGate(Faults faults) {
        this.faults = faults;
    }

    /** Lets the request go on, or keeps it until the hold is released (then on its own event loop). */
    void hold(RoutingContext ctx) {
        Context context = ctx.vertx().getOrCreateContext();
        Runnable resume = () -> context.runOnContext(v -> ctx.next());
        HeldRequests held = faults.heldRequests();
        if (held.keep(ctx.request().path(), resume)) {
            ctx.addEndHandler(ended -> held.forget(resume));
        } else {
            ctx.next();
        }
    }

    void delay(RoutingContext ctx) {
        long millis = faults.latency().toMillis();
        if (millis <= 0 && !faults.latency().isZero()) {
            millis = 1;
        }
        if (millis <= 0) {
            ctx.next();
        } else {
            ctx.vertx().setTimer(millis, id -> ctx.next());
        }
    }

    /**
     * Credentials, when sent, are always checked (kumod rejects bad ones even from a trusted IP, and
     * with no validation handler every credential is bad). Without credentials a node that demands
     * them answers as its ACL would: only check-liveness is open to anyone.
     */
    void authenticate(RoutingContext ctx) {
        RequiredCredentials required = faults.credentials();
        String header = ctx.request().getHeader("authorization");
        if (header != null) {
            if (!StandardCharsets.US_ASCII.newEncoder().canEncode(header)) {
                Replies.text(ctx, 400, "Malformed Authorization header");
                return;
            }
            if (header.startsWith("Basic ")) {
                String pair;
                try {
                    pair = new String(Base64.getDecoder().decode(header.substring(6)), StandardCharsets.UTF_8);
                } catch (IllegalArgumentException e) {
                    Replies.text(ctx, 400, "Malformed or unsupported Authorization header");
                    return;
                }
                int colon = pair.indexOf(':');
                String user = colon < 0 ? pair : pair.substring(0, colon);
                String password = colon < 0 ? null : pair.substring(colon + 1);
                if (required == null || !required.acceptsBasic(user, password)) {
                    Replies.text(ctx, 401, "HttpBasicAuth Authentication Failed for " + user);
                    return;
                }
            } else if (header.startsWith("Bearer ")) {
                if (required == null || !required.acceptsBearer(header.substring(7))) {
                    Replies.text(ctx, 401, "BearerToken Authentication Failed for ");
                    return;
                }
            } else {
                Replies.text(ctx, 400, "Malformed or unsupported Authorization header");
                return;
            }
        } else if (required != null && !ctx.request().path().equals(LIVENESS_PATH)) {
            SocketAddress local = ctx.request().localAddress();
            Replies.text(ctx, 401, "<Unauthenticated>@ ip=" + ctx.request().remoteAddress().hostAddress()
                    + " not permitted " + ctx.request().method().name() + " on http_listener/"
                    + local.hostAddress() + ":" + local.port() + ctx.request().path());
            return;
        }
        ctx.next();
    }

    void dice(RoutingContext ctx) {
        if (faults.rollError()) {
            Replies.text(ctx, 500, "Error: simulated failure");
        } else if (faults.rollGarbage()) {
            if (ctx.request().path().startsWith("/metrics") && !ctx.request().path().endsWith(".json")) {
                Replies.text(ctx, 200, "<html><body>upstream hiccup</body></html>\nscheduled_count{queue=\"x\" 12 oops\n");
            } else {
                ctx.response().setStatusCode(200).putHeader("content-type", Replies.JSON)
                        .end("{\"id\": \"<html>garbage, \"bounced\": [1, 2,");
            }
        } else {
            ctx.next();
        }
    }
}
