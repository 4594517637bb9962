package io.kumofleet.cli.kcli.format;

import com.fasterxml.jackson.databind.JsonNode;
import io.kumofleet.kumo.wire.InspectReadyQV1Response;
import io.kumofleet.kumo.wire.QueueState;
import io.kumofleet.kumo.wire.ReadyQueueStateSnapshot;
import io.kumofleet.kumod.Humantime;
import io.kumofleet.text.Column;
import io.kumofleet.text.TextTable;
import io.kumofleet.text.Thousands;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/** inspect-ready-q's human text, block by block as kcli renders it. */
public final class ReadyQueueText {

    private ReadyQueueText() {}

    public static String render(InspectReadyQV1Response queue, boolean connections, boolean config, boolean scheduled) {
        StringBuilder out = new StringBuilder();
        summary(out, queue);
        states(out, queue.state());
        out.append('\n').append(EgressText.ceilings(queue.constraints()));
        if (scheduled && queue.scheduledQueueNames() != null) {
            out.append("\nscheduled queues: ").append(queue.scheduledQueueNames().size()).append('\n');
            queue.scheduledQueueNames().forEach(name -> out.append("  ").append(name).append('\n'));
        }
        dispatchers(out, queue, connections);
        if (config) {
            out.append("\nconfig:\n");
            Toml.render(queue.pathConfig()).lines().forEach(line -> out.append("  ").append(line).append('\n'));
        }
        return out.toString();
    }

    private static void summary(StringBuilder out, InspectReadyQV1Response queue) {
        out.append("queue: ").append(queue.queueName()).append("\n\n");
        List<Map.Entry<String, String>> fields = List.of(
                Map.entry("egress pool", queue.egressPool()),
                Map.entry("egress source", queue.egressSource()),
                Map.entry("protocol", queue.protocol()),
                Map.entry("watchdog threshold", Humantime.normalize(queue.state().watchdogThreshold())));
        int width = fields.stream().mapToInt(field -> field.getKey().length() + 1).max().orElse(0);
        for (Map.Entry<String, String> field : fields) {
            String label = field.getKey() + ":";
            out.append(label).append(" ".repeat(width - label.length())).append(' ').append(field.getValue()).append('\n');
        }
        if (queue.mx() != null) {
            out.append('\n').append(EgressText.mx(queue.mx()));
        }
        out.append("\nready: ").append(Thousands.format(queue.state().readyCount())).append('\n');
    }

    private static void states(StringBuilder out, ReadyQueueStateSnapshot state) {
        state(out, "connection rate throttled", state.connectionRateThrottled());
        state(out, "connection limited", state.connectionLimited());
        if (state.suspended() != null) {
            out.append("\nsuspended: ").append(state.suspended().reason()).append('\n');
            out.append("  expires in: ").append(Humantime.normalize(state.suspended().duration())).append('\n');
        }
    }

    private static void state(StringBuilder out, String name, QueueState state) {
        if (state != null) {
            out.append('\n').append(name).append(": ").append(state.context()).append('\n');
            out.append("  since: ").append(state.since() == null ? "" : RustFormat.utc(state.since())).append('\n');
        }
    }

    private static void dispatchers(StringBuilder out, InspectReadyQV1Response queue, boolean show) {
        out.append("\nconnections: ").append(Thousands.format(queue.state().connectionCount())).append('\n');
        if (!show || queue.dispatchers() == null || queue.dispatchers().isEmpty()) {
            return;
        }
        Duration threshold = duration(queue.state().watchdogThreshold());
        Duration stalled = threshold.multipliedBy(3).dividedBy(4);
        List<JsonNode> dispatchers = new ArrayList<>(queue.dispatchers());
        // Oldest first, as kcli sorts them: long-lived dispatchers matter most when looking for wedges.
        dispatchers.sort(Comparator.comparing((JsonNode d) -> duration(d.path("age").asText())).reversed());
        List<List<String>> rows = new ArrayList<>();
        for (JsonNode d : dispatchers) {
            Duration inPhase = duration(d.path("time_in_current_phase").asText());
            String marker = inPhase.compareTo(threshold) >= 0 ? "⚠ STUCK" : inPhase.compareTo(stalled) >= 0 ? "⚠ STALL?" : "";
            // kcli asks for the session cell to be padded, but the uuid crate's Display ignores the width.
            rows.add(List.of(d.path("session_id").asText(), Thousands.format(d.path("messages_delivered").asLong()),
                    Thousands.format(d.path("messages_transfailed").asLong()),
                    Thousands.format(d.path("messages_failed").asLong()),
                    Humantime.normalize(d.path("age").asText()),
                    RustFormat.oneDecimal(d.path("overall_rate_per_sec").asDouble()) + "/s", marker));
        }
        List<String> lines = TextTable.render(List.of(Column.left("SESSION"), Column.right("DELIV"),
                Column.right("TRANS"), Column.right("FAIL"), Column.right("AGE"), Column.right("RATE"),
                Column.left("")), rows).lines().toList();
        out.append("  ").append(lines.get(0)).append('\n');
        for (int i = 0; i < dispatchers.size(); i++) {
            JsonNode d = dispatchers.get(i);
            out.append("  ").append(lines.get(i + 1)).append('\n');
            out.append("  ").append(phase(d.path("phase"))).append(" for ")
                    .append(Humantime.normalize(d.path("time_in_current_phase").asText())).append('\n');
            if (d.path("detail").isTextual()) {
                out.append("  ").append(d.path("detail").textValue()).append('\n');
            }
            out.append('\n');
        }
    }

    /** A dispatcher phase as kcli labels it, e.g. {@code AccumulatingBatch(3/10)}. */
    static String phase(JsonNode phase) {
        if (phase.isTextual()) {
            return phase.textValue();
        }
        if (!phase.isObject() || phase.isEmpty()) {
            return phase.toString();
        }
        String name = phase.fieldNames().next();
        JsonNode fields = phase.get(name);
        return switch (name) {
            case "AcquiringLease" -> name + "(" + fields.path("label").asText() + ")";
            case "AccumulatingBatch" -> name + "(" + fields.path("have").asText() + "/" + fields.path("want").asText() + ")";
            default -> name;
        };
    }

    private static Duration duration(String humantime) {
        try {
            return Humantime.parse(humantime);
        } catch (Humantime.InvalidDurationException e) {
            return Duration.ZERO;
        }
    }
}
