package io.kumofleet.cli.fleet;

import com.fasterxml.jackson.databind.JsonNode;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code fleet schedule cancel ID}: no further windows; a window in force is cancelled on the nodes. */
@Command(name = "cancel", mixinStandardHelpOptions = true,
        description = "Stop a schedule: no further windows fire, and the directive of a window in force is"
                + " cancelled on every node (its per-node outcomes are printed).")
class ScheduleCancelCommand extends FleetSubcommand {

    @Parameters(paramLabel = "<ID>", description = "The schedule id.")
    String id;

    @Override
    int run() {
        Ids.check(commandLine(), id, "schedule");
        JsonNode answer = call(gateway -> gateway.delete("/schedules/" + id));
        JsonNode cancelled = answer.path("cancelled_directive");
        JsonNode outcomes = cancelled.path("outcomes");
        if (json) {
            printJson(answer);
        } else {
            JsonNode s = answer.path("schedule");
            out().println("schedule " + s.path("id").asText() + " " + s.path("state").asText());
            if (!cancelled.isMissingNode() && !cancelled.isNull()) {
                out().println("cancelled its directive " + cancelled.path("directive").path("id").asText() + ":");
                out().print(NodeResults.table(outcomes));
            }
        }
        return NodeResults.exitCode(outcomes);
    }
}
