package io.kumofleet.cli.fleet;

import com.fasterxml.jackson.databind.JsonNode;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code fleet schedule show ID}: one schedule with its next windows and run history. */
@Command(name = "show", mixinStandardHelpOptions = true,
        description = "Show one schedule: its next windows and every run (when it was due, when it fired, how late,"
                + " the directive it created), or missed windows.")
class ScheduleShowCommand extends FleetSubcommand {

    @Parameters(paramLabel = "<ID>", description = "The schedule id.")
    String id;

    @Override
    int run() {
        Ids.check(commandLine(), id, "schedule");
        JsonNode schedule = call(gateway -> gateway.get("/schedules/" + id, new GatewayClient.Query()));
        if (json) {
            printJson(schedule);
        } else {
            ScheduleText.print(schedule, out());
            out().println();
            ScheduleText.runs(schedule.path("runs"), out());
        }
        return ExitCode.OK;
    }
}
