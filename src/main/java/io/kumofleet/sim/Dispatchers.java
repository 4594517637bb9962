package io.kumofleet.sim;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.kumofleet.kumod.Humantime;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The dispatchers (one per open connection) of a ready queue, as inspect-ready-q lists them and
 * abort-ready-q-conn targets them. Session ids are stable while the connection count stays put.
 */
final class Dispatchers {

    private static final String[] PHASES = {"Idle", "DeliveringMessage", "AttemptingConnection"};

    private final SimNodeState state;
    private final NodeIdentity identity;

    Dispatchers(SimNodeState state, NodeIdentity identity) {
        this.state = state;
        this.identity = identity;
    }

    List<UUID> sessionIds(int readyQueue) {
        return state.read(model -> {
            List<UUID> ids = new ArrayList<>();
            for (int k = 0; k < model.connections(readyQueue); k++) {
                ids.add(sessionId(readyQueue, k));
            }
            return ids;
        });
    }

    List<JsonNode> summaries(QueueModel model, int readyQueue, Instant now) {
        List<JsonNode> out = new ArrayList<>();
        Instant since = state.onlineSince();
        for (int k = 0; k < model.connections(readyQueue); k++) {
            Instant started = since.isBefore(now) ? since.plus(Duration.between(since, now).dividedBy(k + 2)) : now;
            Duration age = Duration.between(started, now);
            long delivered = model.delivered(readyQueue) / (k + 2);
            ObjectNode d = SimJson.MAPPER.createObjectNode();
            d.put("session_id", sessionId(readyQueue, k).toString());
            d.put("started_at", started.toString());
            d.put("age", Humantime.format(age));
            d.put("phase", PHASES[k % PHASES.length]);
            d.putNull("detail");
            d.put("time_in_current_phase", Humantime.format(Duration.ofMillis(137L * (k + 1))));
            d.put("messages_delivered", delivered);
            d.put("messages_transfailed", model.transfailed(readyQueue) / (k + 2));
            d.put("messages_failed", model.failed(readyQueue) / (k + 2));
            d.put("delivered_this_connection", delivered % 1024);
            d.put("overall_rate_per_sec", age.isZero() ? 0.0 : delivered / (double) Math.max(1, age.toSeconds()));
            out.add(d);
        }
        return out;
    }

    private UUID sessionId(int readyQueue, int k) {
        String seed = identity.nodeId() + "/dispatcher/" + readyQueue + "/" + k + "/" + state.onlineSince();
        return UUID.nameUUIDFromBytes(seed.getBytes(StandardCharsets.UTF_8));
    }
}
