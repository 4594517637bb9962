package io.kumofleet.cli.fleet;

import com.fasterxml.jackson.databind.JsonNode;
import io.kumofleet.text.Column;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code fleet audit}: who changed what, newest first. */
@Command(name = "audit", mixinStandardHelpOptions = true,
        description = {"Show the audit trail, newest first: every change, who made it and how many nodes it reached.",
                "Actors: the API token's or OIDC user's name for what people do; schedule:<id> for a schedule's window"
                        + " starting (create-<kind>) and ending (end-window-<kind>); system:expiry for a directive"
                        + " whose end passed (expire-<kind>); system:reconciler for a directive re-applied on a node"
                        + " that lost it (reapply-<kind>) or removed from one that missed its cancel"
                        + " (finish-cancel-<kind>); system:log-filter-revert for log filters put back"
                        + " (revert-log-filter). <kind> is bounce, suspension or ready-queue-suspension.",
                "The options combine: --directive ID --node NAME shows what happened to one directive on one node."})
class FleetAuditCommand extends FleetSubcommand {

    @Option(names = "--directive", paramLabel = "<ID>",
            description = "Only entries about this directive (its fleet id), or this schedule (s...).")
    String directive;

    @Option(names = "--node", paramLabel = "<NAME>", description = "Only entries whose per-node outcomes name this node.")
    String node;

    @Option(names = "--actor", paramLabel = "<NAME>",
            description = "Only this actor, e.g. alice, schedule:s1a2b3c4d, system:expiry, system:reconciler,"
                    + " system:log-filter-revert.")
    String actor;

    @Option(names = "--action", paramLabel = "<ACTION>",
            description = "Only this action, e.g. create-bounce, cancel-suspension, expire-bounce, end-window-bounce,"
                    + " reapply-bounce, finish-cancel-bounce, set-log-filter, revert-log-filter.")
    String action;

    @Option(names = "--limit", paramLabel = "<N>", defaultValue = "50", description = "At most this many entries (default 50, at most 1000).")
    int limit;

    @Option(names = "--since", paramLabel = "<INSTANT>", description = "Entries at or after this RFC 3339 instant, e.g. 2026-11-25T08:00:00Z.")
    String since;

    @Option(names = "--until", paramLabel = "<INSTANT>", description = "Entries before this RFC 3339 instant.")
    String until;

    @Override
    int run() {
        JsonNode answer = call(gateway -> gateway.get("/audit", new GatewayClient.Query().add("directive", directive)
                .add("node", node).add("actor", actor).add("action", action).add("limit", limit).add("since", since).add("until", until)));
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
