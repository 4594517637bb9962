package io.kumofleet.sim;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.kumofleet.kumod.Humantime;
import io.vertx.ext.web.RoutingContext;
import java.io.IOException;

/**
 * Simulator-only controls under {@code /sim} (never under {@code /api}), for poking a running node
 * with curl: {@code GET/POST /sim/faults} and {@code POST /sim/tick}. They bypass faults, credentials
 * and holds.
 */
final class ControlRoutes {

    private final SimNodeState state;
    private final Faults faults;

    ControlRoutes(SimNodeState state, Faults faults) {
        this.state = state;
        this.faults = faults;
    }

    void showFaults(RoutingContext ctx) {
        Replies.json(ctx, describe());
    }

    /**
     * Body: any of {@code latency} (humantime), {@code error_rate}, {@code garbage_rate} (0..1),
     * {@code liveness_failure} (string or null), {@code basic_user}+{@code basic_password},
     * {@code bearer_token}, {@code open} (true drops required credentials), {@code hold} (true holds
     * every kumod request unanswered, a path such as {@code "/metrics"} only those to it),
     * {@code release} (true lets held requests through and stops holding); {@code {"clear":true}}
     * resets all. The answer, as {@code GET}'s, shows the knobs and {@code held}, the requests held now.
     */
    void setFaults(RoutingContext ctx) throws Rejection {
        JsonNode body;
        try {
            body = SimJson.MAPPER.readTree(ctx.body().asString() == null ? "{}" : ctx.body().asString());
        } catch (IOException e) {
            throw Rejection.text(400, "not JSON: " + e.getMessage());
        }
        try {
            if (body.path("clear").asBoolean(false)) {
                faults.clear();
            }
            if (body.hasNonNull("latency")) {
                faults.latency(Humantime.parse(body.get("latency").asText()));
            }
            if (body.has("error_rate")) {
                faults.errorRate(body.get("error_rate").asDouble());
            }
            if (body.has("garbage_rate")) {
                faults.garbageRate(body.get("garbage_rate").asDouble());
            }
            if (body.has("liveness_failure")) {
                faults.livenessFailure(body.get("liveness_failure").isNull() ? null : body.get("liveness_failure").asText());
            }
            if (body.hasNonNull("basic_user") || body.hasNonNull("bearer_token")) {
                faults.requireCredentials(new RequiredCredentials(text(body, "basic_user"),
                        body.hasNonNull("basic_user") ? body.path("basic_password").asText("") : null,
                        text(body, "bearer_token")));
            }
            if (body.path("open").asBoolean(false)) {
                faults.requireCredentials(null);
            }
            if (body.path("release").asBoolean(false)) {
                faults.release();
            }
            if (body.path("hold").isTextual()) {
                faults.hold(body.get("hold").asText());
            } else if (body.path("hold").asBoolean(false)) {
                faults.hold();
            }
        } catch (IllegalArgumentException e) {
            throw Rejection.text(400, e.getMessage());
        }
        Replies.json(ctx, describe());
    }

    void tick(RoutingContext ctx) {
        state.tick();
        Replies.empty(ctx);
    }

    private ObjectNode describe() {
        ObjectNode out = SimJson.MAPPER.createObjectNode();
        out.put("latency", Humantime.format(faults.latency()));
        out.put("error_rate", faults.errorRate());
        out.put("garbage_rate", faults.garbageRate());
        out.put("liveness_failure", faults.livenessFailure());
        out.put("credentials_required", faults.credentials() != null);
        String holding = faults.holding();
        if (holding == null || holding.equals(HeldRequests.EVERY_PATH)) {
            out.put("hold", holding != null);
        } else {
            out.put("hold", holding);
        }
        out.put("held", faults.held());
        return out;
    }

    private static String text(JsonNode body, String field) {
        return body.hasNonNull(field) ? body.get(field).asText() : null;
    }
}
