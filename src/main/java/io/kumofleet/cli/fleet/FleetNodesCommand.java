package io.kumofleet.cli.fleet;

import com.fasterxml.jackson.databind.JsonNode;
import io.kumofleet.text.Column;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code fleet nodes}: the gateway's nodes with their live status. */
@Command(name = "nodes", mixinStandardHelpOptions = true,
        description = {
            "List the gateway's nodes with their live status: up or down, KumoMTA version, latency, tags.",
            "",
            "Exit code 3 when some selected nodes are down, 1 when all are.",
        })
class FleetNodesCommand extends FleetSubcommand {

    @Mixin
    TargetOptions target;

    @Override
    int run() {
        JsonNode answer = call(gateway -> gateway.get("/nodes", target.query(new GatewayClient.Query())));
        if (json) {
            printJson(answer);
        } else {
            FleetTable table = new FleetTable(Column.left("NODE"), Column.left("STATUS"), Column.left("VERSION"),
                    Column.right("LATENCY"), Column.left("TAGS"), Column.left("URL"), Column.left("CREDENTIALS"),
                    Column.left("ERROR"));
            for (JsonNode n : answer.path("nodes")) {
                List<String> tags = new ArrayList<>();
                n.path("tags").forEach(t -> tags.add(t.asText()));
                table.row(n.path("name").asText(), n.path("status").asText(), n.path("version").asText(""),
                        n.hasNonNull("latency_ms") ? n.get("latency_ms").asLong() + " ms" : "", String.join(",", tags),
                        n.path("url").asText(), n.path("credentials").asText(""), Texts.oneLine(n.path("error").asText("")));
            }
            out().print(table.render());
            err().println(answer.path("nodes_up").asInt() + " of " + answer.path("nodes_total").asInt() + " nodes up");
        }
        return ExitCode.of(answer.path("nodes_up").asInt(), answer.path("nodes_total").asInt());
    }
}
