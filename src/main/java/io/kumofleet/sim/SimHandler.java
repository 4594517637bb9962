package io.kumofleet.sim;

import io.vertx.core.Handler;
import io.vertx.ext.web.RoutingContext;
import java.time.DateTimeException;

/** A kumod endpoint implementation that may reject the request. */
@FunctionalInterface
interface SimHandler {

    void handle(RoutingContext ctx) throws Rejection;

    /** Adapts to Vert.x: rejections become their replies; arithmetic overflow drops the connection like a kumod panic. */
    static Handler<RoutingContext> of(SimHandler handler) {
        return ctx -> {
            try {
                handler.handle(ctx);
            } catch (Rejection rejection) {
                Replies.reject(ctx, rejection);
            } catch (ArithmeticException | DateTimeException overflow) {
                Replies.reject(ctx, Rejection.dropConnection());
            }
        };
    }
}
