package io.kumofleet.sim;

import io.kumofleet.kumo.wire.BounceV1Response;
import io.kumofleet.kumo.wire.SuspendV1Response;
import io.vertx.ext.web.RoutingContext;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;

/** The bounce, suspend and suspend-ready-q endpoints: create (POST), list (GET), cancel (DELETE). */
final class RuleRoutes {

    private final SimNodeState state;

    RuleRoutes(SimNodeState state) {
        this.state = state;
    }

    void bounce(RoutingContext ctx) throws Rejection {
        DecodedBody body = JsonBody.decode(ctx, BodySpec.BOUNCE);
        QueueCriteria criteria = new QueueCriteria(body.string("campaign"), body.string("tenant"),
                body.string("domain"), body.string("routing_domain"), body.strings("queue_names"));
        Duration duration = body.effectiveDuration(state.now());
        UUID id = state.bounce(criteria, body.string("reason"), body.bool("suppress_logging"), duration);
        // the totals are deprecated and always empty: bounces run asynchronously
        Replies.json(ctx, new BounceV1Response(id, Map.of(), 0));
    }

    void bounceList(RoutingContext ctx) {
        Replies.json(ctx, state.bounceList());
    }

    void bounceCancel(RoutingContext ctx) throws Rejection {
        UUID id = JsonBody.decode(ctx, BodySpec.BOUNCE_CANCEL).uuid("id");
        cancelled(ctx, state.cancelBounce(id), id, "bounce");
    }

    void suspend(RoutingContext ctx) throws Rejection {
        DecodedBody body = JsonBody.decode(ctx, BodySpec.SUSPEND);
        // kumod hard-codes routing_domain to None for suspensions
        QueueCriteria criteria = new QueueCriteria(body.string("campaign"), body.string("tenant"),
                body.string("domain"), null, body.strings("queue_names"));
        UUID id = state.suspend(criteria, body.string("reason"), body.effectiveDuration(state.now()));
        Replies.json(ctx, new SuspendV1Response(id));
    }

    void suspendList(RoutingContext ctx) {
        Replies.json(ctx, state.suspendList());
    }

    void suspendCancel(RoutingContext ctx) throws Rejection {
        UUID id = JsonBody.decode(ctx, BodySpec.SUSPEND_CANCEL).uuid("id");
        cancelled(ctx, state.cancelSuspension(id), id, "suspend");
    }

    void suspendReadyQueue(RoutingContext ctx) throws Rejection {
        DecodedBody body = JsonBody.decode(ctx, BodySpec.SUSPEND_READY_Q);
        UUID id = state.suspendReadyQueue(body.string("name"), body.string("reason"),
                body.effectiveDuration(state.now()));
        Replies.json(ctx, new SuspendV1Response(id));
    }

    void suspendReadyQueueList(RoutingContext ctx) {
        Replies.json(ctx, state.readySuspendList());
    }

    void suspendReadyQueueCancel(RoutingContext ctx) throws Rejection {
        UUID id = JsonBody.decode(ctx, BodySpec.SUSPEND_CANCEL).uuid("id");
        cancelled(ctx, state.cancelReadySuspension(id), id, "suspend-ready-q");
    }

    private static void cancelled(RoutingContext ctx, boolean removed, UUID id, String kind) {
        if (removed) {
            Replies.text(ctx, 200, "removed " + id);
        } else {
            Replies.text(ctx, 404, kind + " entry " + id + " not found");
        }
    }
}
