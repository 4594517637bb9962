package io.kumofleet.cli.fleet;

import com.fasterxml.jackson.databind.JsonNode;
import io.kumofleet.cli.kcli.Selection;
import io.kumofleet.text.Column;
import io.kumofleet.text.Thousands;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * What bounce, suspend and suspend-ready-q share: the target, {@code --dry-run}, posting the
 * request and printing the directive with each node's outcome (or what a dry run would match).
 */
abstract class DirectiveCreation extends FleetSubcommand {

    @Mixin
    TargetOptions target;

    @Option(names = "--replaces", paramLabel = "<ID>", split = ",",
            description = "End these active directives (fleet ids) when this one is created. Without it, directives "
                    + "with the same criteria all stay in force and each node keeps the rule until the latest end.")
    List<String> replaces;

    /** The collection to POST to, e.g. {@code /bounces}. */
    abstract String path();

    /** The request body without target and dry_run. */
    abstract Map<String, Object> request();

    /** Whether --dry-run was given (ready-queue suspensions have no dry run). */
    boolean dryRunRequested() {
        return false;
    }

    /** kcli's selection as the gateway's request fields: criteria, queue names or everything. */
    static Map<String, Object> selection(Selection selection, String reason) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("campaign", selection.campaign());
        body.put("tenant", selection.tenant());
        body.put("domain", selection.domain());
        if (selection instanceof Selection.Routed routed) {
            body.put("routing_domain", routed.routingDomain());
        }
        body.put("queue_names", selection.queueNames());
        body.put("everything", selection.everything());
        body.put("reason", reason);
        return body;
    }

    @Override
    int run() {
        Map<String, Object> body = new LinkedHashMap<>(request());
        body.values().removeIf(v -> v == null || Boolean.FALSE.equals(v));
        if (target.body() != null) {
            body.put("target", target.body());
        }
        if (dryRunRequested()) {
            body.put("dry_run", true);
        }
        if (replaces != null && !replaces.isEmpty()) {
            body.put("replaces", replaces);
        }
        JsonNode answer = call(gateway -> gateway.post(path(), body));
        if (!json) {
            noteOverlaps(answer);
        }
        if (answer.path("dry_run").asBoolean(false)) {
            return printDryRun(answer);
        }
        JsonNode outcomes = answer.path("outcomes");
        if (json) {
            printJson(answer);
        } else {
            JsonNode d = answer.path("directive");
            out().println(d.path("kind").asText() + " " + d.path("id").asText() + ": " + Texts.criteria(d)
                    + ", reason \"" + d.path("reason").asText() + "\", until " + d.path("expires").asText()
                    + ", " + Texts.target(d.path("target")));
            out().print(NodeResults.table(outcomes));
            String note = NodeResults.shortfall(outcomes,
                    "the gateway keeps applying it to them until it ends (see the list command).");
            if (note != null) {
                err().println(note);
            }
        }
        return NodeResults.exitCode(outcomes);
    }

    /** One line on stderr naming the active directives with the same criteria on the same nodes, if any. */
    private void noteOverlaps(JsonNode answer) {
        List<String> overlaps = new ArrayList<>();
        for (JsonNode o : answer.path("overlaps")) {
            List<String> nodes = new ArrayList<>();
            o.path("nodes").forEach(n -> nodes.add(n.asText()));
            overlaps.add(o.path("id").asText() + " (until " + o.path("expires").asText() + ", on "
                    + String.join(", ", nodes) + ")");
        }
        if (!overlaps.isEmpty()) {
            String kind = (answer.has("directive") ? answer.path("directive") : answer).path("kind").asText();
            err().println("note: overlaps active " + kind + " " + String.join("; ", overlaps)
                    + "; all stay in force, each node keeps the rule until the latest end (--replaces ID ends one)");
        }
    }

    private int printDryRun(JsonNode answer) {
        JsonNode nodes = answer.path("nodes");
        int readable = 0;
        for (JsonNode n : nodes) {
            readable += n.hasNonNull("error") ? 0 : 1;
        }
        if (json) {
            printJson(answer);
        } else {
            out().println("dry run: " + Thousands.format(answer.path("total_messages").asLong()) + " messages in "
                    + Thousands.format(answer.path("matching_queues").asLong()) + " matching queues; nothing created");
            FleetTable table = new FleetTable(Column.left("NODE"), Column.right("MESSAGES"), Column.right("QUEUES"),
                    Column.left("ERROR"));
            for (JsonNode n : nodes) {
                table.row(n.path("node").asText(), n.hasNonNull("messages") ? Thousands.format(n.get("messages").asLong()) : "",
                        n.hasNonNull("queues") ? Thousands.format(n.get("queues").size()) : "",
                        Texts.oneLine(n.path("error").asText("")));
            }
            out().print(table.render());
        }
        return ExitCode.of(readable, nodes.size());
    }
}
