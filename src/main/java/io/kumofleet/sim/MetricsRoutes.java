package io.kumofleet.sim;

import io.vertx.ext.web.RoutingContext;

/** {@code GET /metrics[?prefix=]} and {@code GET /metrics.json}, both streamed in ~4 KiB chunks. */
final class MetricsRoutes {

    private final SimNodeState state;

    MetricsRoutes(SimNodeState state) {
        this.state = state;
    }

    void text(RoutingContext ctx) throws Rejection {
        String prefix = QueryParams.of(ctx).optional("prefix");
        StreamPump.stream(state, new MetricsText(state.metricFamilies(), prefix), ctx.response(), Replies.TEXT);
    }

    /** kumod's JSON handler takes no query parameters, so there is no prefix here. */
    void json(RoutingContext ctx) {
        StreamPump.stream(state, new MetricsJson(state.metricFamilies()), ctx.response(),
                "application/json; charset=utf-8");
    }
}
