package io.kumofleet.sim;

import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.RoutingContext;

/** Writes answers in the three shapes axum produces: JSON, plain text, and empty. */
final class Replies {

    static final String TEXT = "text/plain; charset=utf-8";
    static final String JSON = "application/json";

    private Replies() {}

    static void json(RoutingContext ctx, Object value) {
        ctx.response().setStatusCode(200).putHeader("content-type", JSON).end(SimJson.write(value));
    }

    static void text(RoutingContext ctx, int status, String body) {
        ctx.response().setStatusCode(status).putHeader("content-type", TEXT).end(body);
    }

    /** axum's {@code ()}: 200, no body and no Content-Type. */
    static void empty(RoutingContext ctx) {
        ctx.response().setStatusCode(200).end();
    }

    static void reject(RoutingContext ctx, Rejection rejection) {
        HttpServerResponse response = ctx.response();
        if (rejection.dropsConnection()) {
            ctx.request().connection().close();
        } else if (!response.ended()) {
            text(ctx, rejection.status(), rejection.body());
        }
    }
}
