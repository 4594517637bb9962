package io.kumofleet.cli.fleet;

import com.fasterxml.jackson.databind.JsonNode;
import io.kumofleet.text.Column;
import io.kumofleet.text.Thousands;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code fleet queue-summary}: kcli's queue-summary over the fleet, with per-node coverage. */
@Command(name = "queue-summary", mixinStandardHelpOptions = true,
        description = {
            "kcli's queue-summary for the whole fleet: ready queues (SITE SOURCE PROTO; D delivered, T transient"
                    + " failures, C connections, Q queued) and scheduled queues, summed over the nodes that report"
                    + " them (NODES), with what each node's bounces, suspensions and queue states say (STATUS,"
                    + " with the nodes in brackets).",
            "",
            "Nodes that are down, slow or send garbage are left out and named on stderr (exit code 3).",
        })
class FleetQueueSummaryCommand extends FleetSubcommand {

    @Option(names = "--by-volume", description = "Order by volume (largest first) instead of by name.")
    boolean byVolume;

    @Option(names = "--limit", paramLabel = "<N>", description = "At most this many rows per table (default 100).")
    Integer limit;

    @Option(names = "--domain", paramLabel = "<DOMAIN>",
            description = "Only the queues of this domain's site, found from its MX records as kumod names sites.")
    String domain;

    @Mixin
    TargetOptions target;

    @Override
    int run() {
        JsonNode answer = call(gateway -> gateway.get("/queues/summary", target.query(new GatewayClient.Query()
                .add("by_volume", byVolume).add("limit", limit).add("domain", domain))));
        if (json) {
            printJson(answer);
        } else {
            if (answer.hasNonNull("domain")) {
                out().println("domain " + answer.path("domain").path("domain").asText() + ": site "
                        + answer.path("domain").path("site").asText());
            }
            out().print(ready(answer.path("ready").path("rows")));
            out().println();
            out().print(scheduled(answer.path("scheduled").path("rows")));
            CoverageNote.note(answer.path("coverage"), err());
        }
        return CoverageNote.exitCode(answer.path("coverage"));
    }

    private static String ready(JsonNode rows) {
        FleetTable table = new FleetTable(Column.left("SITE"), Column.left("SOURCE"), Column.left("PROTO"),
                Column.right("D"), Column.right("T"), Column.right("C"), Column.right("Q"), Column.right("NODES"),
                Column.left("STATUS"));
        for (JsonNode r : rows) {
            table.row(r.path("site").asText(), r.path("source").asText(""), r.path("protocol").asText(""),
                    count(r, "delivered"), count(r, "transfail"), count(r, "connections"), count(r, "queued"),
                    String.valueOf(r.path("by_node").size()), status(r.path("annotations")));
        }
        return table.render();
    }

    private static String scheduled(JsonNode rows) {
        FleetTable table = new FleetTable(Column.left("SCHEDULED QUEUE"), Column.right("COUNT"), Column.right("NODES"),
                Column.left("STATUS"));
        for (JsonNode r : rows) {
            table.row(r.path("name").asText(), count(r, "count"), String.valueOf(r.path("by_node").size()),
                    status(r.path("annotations")));
        }
        return table.render();
    }

    /** Each distinct status text once, followed by the nodes that report it. */
    static String status(JsonNode annotations) {
        Map<String, List<String>> nodesByStatus = new LinkedHashMap<>();
        for (JsonNode a : annotations) {
            nodesByStatus.computeIfAbsent(a.path("status").asText(), s -> new ArrayList<>()).add(a.path("node").asText());
        }
        List<String> parts = new ArrayList<>();
        nodesByStatus.forEach((text, nodes) -> parts.add(text + " [" + String.join(",", nodes) + "]"));
        return String.join("; ", parts);
    }

    private static String count(JsonNode row, String field) {
        return Thousands.format(row.path(field).asLong());
    }
}
