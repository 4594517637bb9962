package io.kumofleet.cli.fleet;

import com.fasterxml.jackson.databind.JsonNode;
import io.kumofleet.text.Column;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code fleet schedule list}: the schedules with their next window. */
@Command(name = "list", mixinStandardHelpOptions = true, description = "List schedules with their next window.")
class ScheduleListCommand extends FleetSubcommand {

    @Option(names = "--state", paramLabel = "<STATE>", defaultValue = "active",
            description = "active (default), cancelled, finished or all.")
    String state;

    @Override
    int run() {
        JsonNode answer = call(gateway -> gateway.get("/schedules", new GatewayClient.Query().add("state", state)));
        if (json) {
            printJson(answer);
            return ExitCode.OK;
        }
        FleetTable table = new FleetTable(Column.left("ID"), Column.left("STATE"), Column.left("KIND"),
                Column.left("NEXT WINDOW (UTC)"), Column.left("WHEN"), Column.left("REASON"), Column.left("CRITERIA"));
        for (JsonNode s : answer) {
            JsonNode next = s.path("next_windows").path(0);
            table.row(s.path("id").asText(), s.path("state").asText(), s.path("kind").asText(),
                    next.path("start").asText("-"), ScheduleText.when(s), s.path("reason").asText(), Texts.criteria(s));
        }
        out().print(table.render());
        return ExitCode.OK;
    }
}
