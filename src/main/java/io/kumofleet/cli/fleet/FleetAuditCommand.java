package io.kumofleet.cli.fleet;

import com.fasterxml.jackson.databind.JsonNode;
import io.kumofleet.text.Column;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code fleet audit}: who changed what, newest first. */
@Command(name = "audit", mixinStandardHelpOptions = true,
        description = "Show the audit trail, newest first: every change, who made it (the token's or OIDC user's"
                + " name, or the gateway itself for re-applies and expiries) and how many nodes it reached.")
class FleetAuditCommand extends FleetSubcommand {

    @Option(names = "--action", paramLabel = "<ACTION>",
            description = "Only this action, e.g. create-bounce, cancel-suspension, reapply-bounce, set-log-filter.")
    String action;

    @Option(names = "--limit", paramLabel = "<N>", defaultValue = "50", description = "At most this many entries (default 50, at most 1000).")
    int limit;

    @Option(names = "--since", paramLabel = "<INSTANT>", description = "Entries at or after this RFC 3339 instant, e.g. 2026-11-25T08:00:00Z.")
    String since;

    @Option(names = "--until", paramLabel = "<INSTANT>", description = "Entries before this RFC 3339 instant.")
    String until;

    @Override
    int run() {
        JsonNode answer = call(gateway -> gateway.get("/audit", new GatewayClient.Query().add("action", action)
                .add("limit", limit).add("since", since).add("until", until)));
        if (json) {
            printJson(answer);
            return ExitCode.OK;
        }
        FleetTable table = new FleetTable(Column.left("AT"), Column.left("ACTOR"), Column.left("ACTION"),
                Column.left("SUBJECT"), Column.left("NODES"));
        for (JsonNode entry : answer) {
            JsonNode outcomes = entry.path("outcomes");
            String nodes = outcomes.isArray() && !outcomes.isEmpty()
                    ? NodeResults.succeeded(outcomes) + "/" + outcomes.size() + " ok" : "";
            table.row(entry.path("at").asText(), entry.path("actor").asText(), entry.path("action").asText(),
                    entry.path("subject").asText(""), nodes);
        }
        out().print(table.render());
        return ExitCode.OK;
    }
}
