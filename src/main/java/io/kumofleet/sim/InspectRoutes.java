package io.kumofleet.sim;

import com.fasterxml.jackson.databind.JsonNode;
import io.kumofleet.kumo.wire.InspectMessageV1Response;
import io.kumofleet.kumo.wire.InspectQueueV1Response;
import io.kumofleet.kumo.wire.InspectReadyQV1Response;
import io.kumofleet.kumo.wire.QueueState;
import io.kumofleet.kumo.wire.ReadyQueueStateResponse;
import io.kumofleet.kumo.wire.ReadyQueueStateSnapshot;
import io.kumofleet.kumo.wire.ResolveEgressPathV1Response;
import io.kumofleet.kumod.ReadyQueueName;
import io.kumofleet.kumod.RustDebug;
import io.kumofleet.kumod.RustUuid;
import io.vertx.ext.web.RoutingContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The read-only endpoints: inspect-message, inspect-sched-q, inspect-ready-q, ready-q-states, resolve-egress-path. */
final class InspectRoutes {

    /** kumod would sample the whole queue without a limit; the simulator stops here. */
    private static final int MAX_SAMPLE = 10_000;

    private final SimNodeState state;
    private final Dispatchers dispatchers;
    private final Messages messages;

    InspectRoutes(SimNodeState state, Dispatchers dispatchers, Messages messages) {
        this.state = state;
        this.dispatchers = dispatchers;
        this.messages = messages;
    }

    void inspectMessage(RoutingContext ctx) throws Rejection {
        QueryParams query = QueryParams.of(ctx);
        String idText = query.required("id");
        UUID id;
        try {
            id = RustUuid.parse(idText);
        } catch (RustUuid.Invalid e) {
            throw QueryParams.reject(e.getMessage());
        }
        boolean wantBody = query.bool("want_body");
        InspectMessageV1Response found = state.read(model -> messages.lookup(model, id, wantBody));
        if (found == null) {
            throw Rejection.error(500, "no such key " + RustUuid.simple(id));
        }
        Replies.json(ctx, found);
    }

    void inspectScheduledQueue(RoutingContext ctx) throws Rejection {
        QueryParams query = QueryParams.of(ctx);
        String name = query.required("queue_name");
        boolean wantBody = query.bool("want_body");
        Long limit = query.unsigned("limit");
        Instant now = state.now();
        InspectQueueV1Response response = state.read(model -> {
            XferQueues.XferQueue xfer = model.xferQueues.get(name);
            if (xfer != null) {
                return new InspectQueueV1Response(name, List.of(), xfer.count(),
                        EgressPaths.queueConfig("unspecified"), 0, now, now);
            }
            int s = model.findScheduled(name);
            if (s < 0) {
                return null;
            }
            long sample = Math.min(model.scheduled(s), limit == null ? MAX_SAMPLE : Math.min(limit, MAX_SAMPLE));
            List<InspectMessageV1Response> sampled = new ArrayList<>();
            for (int k = 0; k < sample; k++) {
                sampled.add(messages.scheduled(model, s, k, wantBody, now));
            }
            return new InspectQueueV1Response(name, sampled, model.scheduled(s),
                    EgressPaths.queueConfig(model.pools.get(model.poolIndexOf(model.readyOf(s)))), 0, now,
                    state.onlineSince());
        });
        if (response == null) {
            throw Rejection.error(404, "no such queue " + name);
        }
        Replies.json(ctx, response);
    }

    void inspectReadyQueue(RoutingContext ctx) throws Rejection {
        QueryParams query = QueryParams.of(ctx);
        String name = query.required("queue_name");
        boolean includeScheduled = query.bool("include_scheduled_queues");
        Instant now = state.now();
        var suspended = state.readySuspension(name).orElse(null);
        InspectReadyQV1Response response = state.read(model -> {
            int r = model.findReady(name);
            if (r < 0) {
                return null;
            }
            Map<String, QueueState> states = ReadyQueueStates.of(model, r, state.onlineSince());
            ReadyQueueStateSnapshot snapshot = new ReadyQueueStateSnapshot(model.readyCount(r), model.connections(r),
                    states.get(ReadyQueueStates.RATE_THROTTLED), states.get(ReadyQueueStates.LIMITED), suspended, "10m");
            List<String> feeders = null;
            if (includeScheduled) {
                feeders = new ArrayList<>();
                for (int s = model.firstFeeder(r); s >= 0; s = model.nextFeeder(s)) {
                    feeders.add(model.scheduledName(s));
                }
            }
            List<JsonNode> running = dispatchers.summaries(model, r, now);
            return new InspectReadyQV1Response(name, EgressPaths.mx(model.siteOf(r)), model.sourceOf(r),
                    model.pools.get(model.poolIndexOf(r)), QueueModel.PROTOCOL, snapshot, EgressPaths.pathConfig(),
                    EgressPaths.constraints(), feeders, running, now);
        });
        if (response == null) {
            throw Rejection.error(404, "no such ready queue " + name);
        }
        Replies.json(ctx, response);
    }

    /** kumod cannot decode its own {@code queues} parameter (a sequence in a query string): any use is a 400. */
    void readyQueueStates(RoutingContext ctx) throws Rejection {
        QueryParams query = QueryParams.of(ctx);
        if (query.has("queues")) {
            String first = query.optional("queues");
            throw QueryParams.reject("invalid type: string " + RustDebug.quote(first)
                    + ", expected a sequence");
        }
        Map<String, Map<String, QueueState>> byQueue = state.read(model -> {
            Map<String, Map<String, QueueState>> out = new LinkedHashMap<>();
            for (int r = 0; r < model.readyQueues(); r++) {
                Map<String, QueueState> states = ReadyQueueStates.of(model, r, state.onlineSince());
                if (!states.isEmpty()) {
                    out.put(model.readyName(r), states);
                }
            }
            return out;
        });
        Replies.json(ctx, new ReadyQueueStateResponse(byQueue));
    }

    void resolveEgressPath(RoutingContext ctx) throws Rejection {
        QueryParams query = QueryParams.of(ctx);
        String domain = query.required("domain");
        String source = query.optional("source");
        String egressSource = source == null ? "unspecified" : source;
        ResolveEgressPathV1Response response = state.read(model -> {
            int known = model.domains.indexOf(domain);
            int s = known < 0 ? -1 : model.findScheduled(domain);
            String site = s >= 0 ? model.siteOf(model.readyOf(s)) : domain;
            String pool = s >= 0 ? model.pools.get(model.poolIndexOf(model.readyOf(s))) : "unspecified";
            return new ResolveEgressPathV1Response(domain, egressSource,
                    s >= 0 ? EgressPaths.mx(site) : EgressPaths.implicit(domain),
                    ReadyQueueName.format(egressSource, site, QueueModel.PROTOCOL), EgressPaths.queueConfig(pool),
                    EgressPaths.pathConfig(), EgressPaths.constraints());
        });
        Replies.json(ctx, response);
    }
}
