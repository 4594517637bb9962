package io.kumofleet.cli.fleet;

import com.fasterxml.jackson.databind.JsonNode;
import io.kumofleet.cli.kcli.Selection;
import io.kumofleet.text.Column;
import io.kumofleet.text.Thousands;
import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine.Mixin;

/**
 * What bounce, suspend and suspend-ready-q share: the target, {@code --dry-run}, posting the
 * request and printing the directive with each node's outcome (or what a dry run would match).
 */
abstract class DirectiveCreation extends FleetSubcommand {

    @Mixin
    TargetOptions target;

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
        JsonNode answer = call(gateway -> gateway.post(path(), body));
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
