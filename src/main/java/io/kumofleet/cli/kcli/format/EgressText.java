package io.kumofleet.cli.kcli.format;

import com.fasterxml.jackson.databind.JsonNode;
import io.kumofleet.kumo.wire.MxResolution;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The human text blocks inspect-ready-q and resolve-egress-path share with kcli: the MX
 * resolution and the effective throughput ceilings.
 */
public final class EgressText {

    private EgressText() {}

    /** {@code mx (site: …, flags):} then one {@code pref  host} line per host, lowest preference first. */
    public static String mx(MxResolution mx) {
        List<String> flags = new ArrayList<>();
        if (!mx.isMx()) {
            flags.add("synthesised");
        }
        if (mx.isDomainLiteral()) {
            flags.add("domain literal");
        }
        if (mx.isSecure()) {
            flags.add("dnssec verified");
        }
        StringBuilder out = new StringBuilder("mx (site: ").append(mx.siteName());
        if (!flags.isEmpty()) {
            out.append(", ").append(String.join(", ", flags));
        }
        out.append("):\n");
        if (mx.byPreference() != null) {
            mx.byPreference().entrySet().stream()
                    .sorted(Map.Entry.comparingByKey((a, b) -> Integer.compare(preference(a), preference(b))))
                    .forEach(entry -> entry.getValue().forEach(host ->
                            out.append(String.format("  %4s  %s\n", entry.getKey(), host))));
        }
        return out.toString();
    }

    /** The {@code ceilings:} block: each axis with its value and the configuration term behind it. */
    public static String ceilings(JsonNode constraints) {
        StringBuilder out = new StringBuilder("ceilings:\n");
        axis(out, "concurrent dispatchers:", constraints.path("max_concurrent_dispatchers"), "connection_limit");
        JsonNode messageRate = constraints.path("max_message_rate");
        if (axis(out, "message rate:", messageRate, "max_message_rate")) {
            JsonNode declared = constraints.path("max_message_rate_declared");
            if (declared.isTextual()) {
                out.append("    declared: max_message_rate = ").append(declared.textValue())
                        .append(" ← effectively unreachable\n");
            }
        }
        axis(out, "connection rate:", constraints.path("max_connection_rate"), "max_connection_rate");
        axis(out, "source selection rate:", constraints.path("max_source_selection_rate"), "source_selection_rate");
        return out.toString();
    }

    private static boolean axis(StringBuilder out, String label, JsonNode ceiling, String primary) {
        if (!ceiling.isObject()) {
            return false;
        }
        out.append("  ").append(label).append(" ".repeat(Math.max(0, 24 - label.length())))
                .append(ceiling.path("display").asText()).append('\n');
        JsonNode source = ceiling.path("source");
        String term = switch (source.path("kind").asText()) {
            case "primary" -> primary;
            case "reconnect_cycling" -> "max_deliveries_per_connection × max_connection_rate";
            default -> source.path("name").asText();
        };
        out.append("    source: ").append(term).append('\n');
        return true;
    }

    private static int preference(String key) {
        try {
            return Integer.parseInt(key);
        } catch (NumberFormatException e) {
            return Integer.MAX_VALUE;
        }
    }
}
