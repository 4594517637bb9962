package io.kumofleet.cli.fleet;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code fleet cancel ID}: ends a bounce, suspension or ready-queue suspension on every node that holds it. */
@Command(name = "cancel", mixinStandardHelpOptions = true,
        description = {
            "Cancel a fleet directive (bounce, suspension or ready-queue suspension) on every node.",
            "",
            "A node that no longer has the rule counts as cancelled. The directive keeps its history;"
                    + " 'fleet bounce-list --state cancelled' shows it. Messages already bounced stay bounced.",
        })
class FleetCancelCommand extends FleetSubcommand {

    private static final List<String> KINDS = List.of("/bounces", "/suspensions", "/ready-queue-suspensions");

    @Parameters(paramLabel = "<ID>", description = "The directive id, as the create and list commands print it.")
    String id;

    @Override
    int run() {
        Ids.check(commandLine(), id, "directive");
        String path = KINDS.stream().map(kind -> kind + "/" + id)
                .filter(p -> client().exists(p)).findFirst()
                .orElseThrow(() -> new GatewayError("no fleet directive has the id '" + id + "'"));
        JsonNode answer = call(gateway -> gateway.delete(path));
        JsonNode outcomes = answer.path("outcomes");
        if (json) {
            printJson(answer);
        } else {
            JsonNode d = answer.path("directive");
            out().println(d.path("kind").asText() + " " + d.path("id").asText() + " " + d.path("state").asText()
                    + ": " + Texts.criteria(d));
            out().print(NodeResults.table(outcomes));
            String note = NodeResults.shortfall(outcomes, "the gateway keeps cancelling it there.");
            if (note != null) {
                err().println(note);
            }
        }
        return NodeResults.exitCode(outcomes);
    }
}
