package io.kumofleet.sim;

import io.vertx.core.Vertx;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;

/**
 * kumod's HTTP routes for one simulated node. Every kumod route passes through the
 * {@link RequestGate}; unknown paths get axum's empty 404 and wrong methods its empty 405.
 */
final class SimRouter {

    /** kumod's default {@code request_body_limit}. */
    private static final long BODY_LIMIT = 2 * 1024 * 1024;

    private final Router router;
    private final RequestGate gate;
    private final RequestCounts counts;

    private SimRouter(Vertx vertx, Faults faults, RequestCounts counts) {
        this.router = Router.router(vertx);
        this.gate = new RequestGate(faults);
        this.counts = counts;
    }

    static Router create(Vertx vertx, SimNodeState state, NodeIdentity identity, Faults faults, RequestCounts counts) {
        SimRouter r = new SimRouter(vertx, faults, counts);
        r.router.route().handler(BodyHandler.create(false).setBodyLimit(BODY_LIMIT));

        RuleRoutes rules = new RuleRoutes(state);
        r.api(HttpMethod.POST, "/api/admin/bounce/v1", rules::bounce);
        r.api(HttpMethod.GET, "/api/admin/bounce/v1", rules::bounceList);
        r.api(HttpMethod.DELETE, "/api/admin/bounce/v1", rules::bounceCancel);
        r.api(HttpMethod.POST, "/api/admin/suspend/v1", rules::suspend);
        r.api(HttpMethod.GET, "/api/admin/suspend/v1", rules::suspendList);
        r.api(HttpMethod.DELETE, "/api/admin/suspend/v1", rules::suspendCancel);
        r.api(HttpMethod.POST, "/api/admin/suspend-ready-q/v1", rules::suspendReadyQueue);
        r.api(HttpMethod.GET, "/api/admin/suspend-ready-q/v1", rules::suspendReadyQueueList);
        r.api(HttpMethod.DELETE, "/api/admin/suspend-ready-q/v1", rules::suspendReadyQueueCancel);

        Dispatchers dispatchers = new Dispatchers(state, identity);
        AdminRoutes admin = new AdminRoutes(state, identity, faults, dispatchers);
        r.api(HttpMethod.POST, "/api/admin/set_diagnostic_log_filter/v1", admin::setLogFilter);
        r.api(HttpMethod.POST, "/api/admin/rebind/v1", admin::rebind);
        r.api(HttpMethod.POST, "/api/admin/xfer/v1", admin::xfer);
        r.api(HttpMethod.POST, "/api/admin/xfer/cancel/v1", admin::xferCancel);
        r.api(HttpMethod.POST, "/api/admin/abort-ready-q-conn/v1", admin::abortReadyQueueConnection);
        r.api(HttpMethod.POST, "/api/admin/spool-compact/v1", admin::spoolCompact);
        r.api(HttpMethod.POST, "/api/admin/bump-config-epoch", admin::bumpConfigEpoch);
        r.api(HttpMethod.GET, "/api/machine-info", admin::machineInfo);
        r.api(HttpMethod.GET, "/api/check-liveness/v1", admin::checkLiveness);

        Messages messages = new Messages(new SpoolIds(identity.nodeId().hashCode() * 0x9E3779B97F4A7C15L));
        InspectRoutes inspect = new InspectRoutes(state, dispatchers, messages);
        r.api(HttpMethod.GET, "/api/admin/inspect-message/v1", inspect::inspectMessage);
        r.api(HttpMethod.GET, "/api/admin/inspect-sched-q/v1", inspect::inspectScheduledQueue);
        r.api(HttpMethod.GET, "/api/admin/inspect-ready-q/v1", inspect::inspectReadyQueue);
        r.api(HttpMethod.GET, "/api/admin/ready-q-states/v1", inspect::readyQueueStates);
        r.api(HttpMethod.GET, "/api/admin/resolve-egress-path/v1", inspect::resolveEgressPath);

        MetricsRoutes metrics = new MetricsRoutes(state);
        r.api(HttpMethod.GET, "/metrics", metrics::text);
        r.api(HttpMethod.GET, "/metrics.json", metrics::json);

        ControlRoutes control = new ControlRoutes(state, faults);
        r.router.get("/sim/faults").handler(SimHandler.of(control::showFaults));
        r.router.post("/sim/faults").handler(SimHandler.of(control::setFaults));
        r.router.post("/sim/tick").handler(SimHandler.of(control::tick));

        r.router.errorHandler(404, ctx -> ctx.response().setStatusCode(404).end());
        r.router.errorHandler(405, ctx -> ctx.response().setStatusCode(405).end());
        r.router.errorHandler(413, ctx -> Replies.text(ctx, 413,
                "Failed to buffer the request body: length limit exceeded"));
        r.router.errorHandler(500, ctx -> Replies.text(ctx, 500, "Error: " + ctx.failure()));
        return r.router;
    }

    /** Vert.x also matches {@code path + "/"}; axum does not. */
    private static void exactly(RoutingContext ctx, String path) {
        if (ctx.request().path().equals(path)) {
            ctx.next();
        } else {
            ctx.fail(404);
        }
    }

    private void api(HttpMethod method, String path, SimHandler handler) {
        router.route(method, path)
                .handler(ctx -> exactly(ctx, path))
                .handler(ctx -> {
                    counts.arrived(method.name(), path);
                    ctx.addEndHandler(ended -> counts.ended(method.name(), path));
                    ctx.next();
                })
                .handler(gate::hold)
                .handler(gate::delay)
                .handler(gate::authenticate)
                .handler(gate::dice)
                .handler(SimHandler.of(handler));
    }
}
