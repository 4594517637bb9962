package io.kumofleet.cli.fleet;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/** Small text helpers the fleet tables share. */
final class Texts {

    private Texts() {}

    /** Text on one line, so a node's multi-line error keeps the table readable. */
    static String oneLine(String text) {
        return text.strip().replaceAll("\\s*\\R\\s*", " ");
    }

    /** A directive's or schedule's criteria ({@code criteria} plus {@code everything}) as kcli lists them. */
    static String criteria(JsonNode owner) {
        if (owner.path("everything").asBoolean(false)) {
            return "everything";
        }
        JsonNode c = owner.path("criteria");
        List<String> parts = new ArrayList<>();
        for (String field : List.of("campaign", "tenant", "domain", "routing_domain", "name")) {
            if (c.hasNonNull(field)) {
                parts.add(field + "=" + c.get(field).asText());
            }
        }
        if (c.path("queue_names").isArray() && !c.path("queue_names").isEmpty()) {
            List<String> names = new ArrayList<>();
            c.path("queue_names").forEach(n -> names.add(n.asText()));
            parts.add("queue=" + String.join(",", names));
        }
        return parts.isEmpty() ? "everything" : String.join(", ", parts);
    }

    /** A target ({@code nodes}, {@code tags}) for a table cell; every node when empty. */
    static String target(JsonNode target) {
        List<String> parts = new ArrayList<>();
        target.path("nodes").forEach(n -> parts.add(n.asText()));
        target.path("tags").forEach(t -> parts.add("tag:" + t.asText()));
        return parts.isEmpty() ? "all nodes" : String.join(",", parts);
    }
}
