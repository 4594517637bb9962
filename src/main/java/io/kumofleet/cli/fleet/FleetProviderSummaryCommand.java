package io.kumofleet.cli.fleet;

import com.fasterxml.jackson.databind.JsonNode;
import io.kumofleet.text.Column;
import io.kumofleet.text.Thousands;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code fleet provider-summary}: kcli's provider-summary over the fleet, with per-node coverage. */
@Command(name = "provider-summary", mixinStandardHelpOptions = true,
        description = {
            "kcli's provider-summary for the whole fleet: per provider (or provider and pool with --by-pool)"
                    + " D delivered, T transient failures, F permanent failures, C connections and Q queued,"
                    + " summed over the nodes that report it (NODES), largest volume first.",
            "",
            "Nodes that are down, slow or send garbage are left out and named on stderr (exit code 3).",
        })
class FleetProviderSummaryCommand extends FleetSubcommand {

    @Option(names = "--by-pool", description = "One row per provider and egress pool.")
    boolean byPool;

    @Option(names = "--limit", paramLabel = "<N>", description = "At most this many rows (default 100).")
    Integer limit;

    @Mixin
    TargetOptions target;

    @Override
    int run() {
        JsonNode answer = call(gateway -> gateway.get("/providers/summary", target.query(new GatewayClient.Query()
                .add("by_pool", byPool).add("limit", limit))));
        if (json) {
            printJson(answer);
        } else {
            List<Column> columns = new ArrayList<>(List.of(Column.left("PROVIDER")));
            if (byPool) {
                columns.add(Column.left("POOL"));
            }
            columns.addAll(List.of(Column.right("D"), Column.right("T"), Column.right("F"), Column.right("C"),
                    Column.right("Q"), Column.right("NODES")));
            FleetTable table = new FleetTable(columns.toArray(Column[]::new));
            for (JsonNode r : answer.path("rows")) {
                List<String> cells = new ArrayList<>(List.of(r.path("provider").asText()));
                if (byPool) {
                    cells.add(r.path("pool").asText(""));
                }
                for (String field : List.of("delivered", "transfail", "fail", "connections", "queued")) {
                    cells.add(Thousands.format(r.path(field).asLong()));
                }
                cells.add(String.valueOf(r.path("by_node").size()));
                table.row(cells.toArray(String[]::new));
            }
            out().print(table.render());
            CoverageNote.note(answer.path("coverage"), err());
        }
        return CoverageNote.exitCode(answer.path("coverage"));
    }
}
