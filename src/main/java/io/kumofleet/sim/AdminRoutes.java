package io.kumofleet.sim;

import io.kumofleet.kumod.ScheduledQueueName;
import io.vertx.ext.web.RoutingContext;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** The remaining admin endpoints: log filter, rebind, xfer, connection abort, spool, epoch, identity, liveness. */
final class AdminRoutes {

    private final SimNodeState state;
    private final NodeIdentity identity;
    private final Faults faults;
    private final Dispatchers dispatchers;

    AdminRoutes(SimNodeState state, NodeIdentity identity, Faults faults, Dispatchers dispatchers) {
        this.state = state;
        this.identity = identity;
        this.faults = faults;
        this.dispatchers = dispatchers;
    }

    void setLogFilter(RoutingContext ctx) throws Rejection {
        String filter = JsonBody.decode(ctx, BodySpec.SET_LOG_FILTER).string("filter");
        Optional<String> error = state.setLogFilter(filter);
        if (error.isPresent()) {
            throw Rejection.error(500, "parsing log filter '" + filter + "': " + error.get());
        }
        Replies.empty(ctx);
    }

    /** Accepted and answered like kumod; the simulator has no queue configuration to re-evaluate. */
    void rebind(RoutingContext ctx) throws Rejection {
        JsonBody.decode(ctx, BodySpec.REBIND);
        Replies.json(ctx, Map.of());
    }

    void xfer(RoutingContext ctx) throws Rejection {
        DecodedBody body = JsonBody.decode(ctx, BodySpec.XFER);
        QueueCriteria criteria = new QueueCriteria(body.string("campaign"), body.string("tenant"),
                body.string("domain"), body.string("routing_domain"), body.strings("queue_names"));
        state.xfer(criteria, body.string("target") + ScheduledQueueName.XFER_SUFFIX);
        Replies.json(ctx, Map.of());
    }

    void xferCancel(RoutingContext ctx) throws Rejection {
        String queue = JsonBody.decode(ctx, BodySpec.XFER_CANCEL).string("queue_name");
        if (!ScheduledQueueName.isXferQueue(queue)) {
            throw Rejection.error(400, queue + " is not an xfer queue");
        }
        if (!state.cancelXfer(queue)) {
            throw Rejection.error(404, queue + " is not a current scheduled queue");
        }
        Replies.json(ctx, Map.of());
    }

    void abortReadyQueueConnection(RoutingContext ctx) throws Rejection {
        DecodedBody body = JsonBody.decode(ctx, BodySpec.ABORT_READY_Q_CONN);
        String queue = body.string("queue_name");
        UUID session = body.uuid("session_id");
        if (state.abortDispatcher(queue, session, dispatchers::sessionIds)) {
            Replies.text(ctx, 200, "aborted " + session);
        } else {
            Replies.text(ctx, 404, "no matching dispatcher for queue=" + queue + " session=" + session);
        }
    }

    void spoolCompact(RoutingContext ctx) throws Rejection {
        String name = JsonBody.decode(ctx, BodySpec.SPOOL_COMPACT).string("name");
        if (!name.equals("data") && !name.equals("meta")) {
            throw Rejection.error(500, "no spool named '" + name + "' has been defined");
        }
        Replies.empty(ctx);
    }

    void bumpConfigEpoch(RoutingContext ctx) {
        state.bumpConfigEpoch();
        Replies.empty(ctx);
    }

    void machineInfo(RoutingContext ctx) {
        Replies.json(ctx, identity.machineInfo(state.onlineSince()));
    }

    /** Plain text with no Content-Type at all, exactly as kumod builds this response. */
    void checkLiveness(RoutingContext ctx) {
        String failure = faults.livenessFailure();
        ctx.response().setStatusCode(failure == null ? 200 : 503).end(failure == null ? "OK" : failure);
    }
}
