package io.kumofleet.sim;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.kumofleet.kumo.wire.MxResolution;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The configuration-shaped parts of inspect and resolve answers: MX plans, queue and path configs, constraints. */
final class EgressPaths {

    private EgressPaths() {}

    /** An MX resolution whose hosts are the expansion of a factored site name such as {@code (a|b)?.mx.example}. */
    static MxResolution mx(String site) {
        List<String> hosts = expand(site);
        Map<String, List<String>> byPreference = new LinkedHashMap<>();
        for (int i = 0; i < hosts.size(); i++) {
            byPreference.computeIfAbsent(Integer.toString(i == 0 ? 5 : 10 * i), k -> new ArrayList<>())
                    .add(hosts.get(i));
        }
        return new MxResolution(site, byPreference, true, false, false);
    }

    /** No MX records: the resolver falls back to the domain itself. */
    static MxResolution implicit(String domain) {
        return new MxResolution(domain, Map.of(), false, domain.startsWith("["), false);
    }

    private static List<String> expand(String site) {
        List<String> names = new ArrayList<>(List.of(""));
        for (String label : site.split("\\.")) {
            boolean optional = label.endsWith("?");
            String body = optional ? label.substring(0, label.length() - 1) : label;
            List<String> choices = body.startsWith("(") && body.endsWith(")")
                    ? List.of(body.substring(1, body.length() - 1).split("\\|")) : List.of(body);
            List<String> next = new ArrayList<>();
            for (String name : names) {
                if (optional) {
                    next.add(name);
                }
                for (String choice : choices) {
                    next.add(name.isEmpty() ? choice : name + "." + choice);
                }
            }
            names = next;
        }
        return names;
    }

    static ObjectNode queueConfig(String pool) {
        ObjectNode config = SimJson.MAPPER.createObjectNode();
        config.put("egress_pool", pool);
        config.put("max_age", "7days");
        config.put("retry_interval", "20m");
        config.putNull("max_retry_interval");
        config.put("strategy", "SingletonTimerWheel");
        config.putObject("protocol").putObject("Smtp").putArray("mx_list");
        config.put("reap_interval", "10m");
        return config;
    }

    static ObjectNode pathConfig() {
        ObjectNode config = SimJson.MAPPER.createObjectNode();
        config.put("connection_limit", 32);
        config.put("max_ready", 1024);
        config.put("max_deliveries_per_connection", 1024);
        config.put("enable_tls", "Opportunistic");
        config.put("idle_timeout", "1m");
        config.putNull("max_message_rate");
        config.putNull("max_connection_rate");
        return config;
    }

    static ObjectNode constraints() {
        ObjectNode constraints = SimJson.MAPPER.createObjectNode();
        ObjectNode dispatchers = constraints.putObject("max_concurrent_dispatchers");
        dispatchers.put("value", 32.0);
        dispatchers.putObject("source").put("kind", "primary");
        dispatchers.put("display", "32");
        constraints.putNull("max_message_rate");
        constraints.putNull("max_message_rate_declared");
        constraints.putNull("max_connection_rate");
        constraints.putNull("max_source_selection_rate");
        return constraints;
    }
}
