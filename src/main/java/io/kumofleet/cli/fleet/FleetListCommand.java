package io.kumofleet.cli.fleet;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.kumofleet.text.Column;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code fleet bounce-list}, {@code suspend-list} and {@code suspend-ready-q-list}: the fleet's directives of one kind. */
abstract class FleetListCommand extends FleetSubcommand {

    @Option(names = "--state", paramLabel = "<STATE>", defaultValue = "active",
            description = "active (default), expired, cancelled or all.")
    String state;

    @Option(names = "--live", description = "Also read every node's list now: shows rules on the nodes that no"
            + " directive owns (made with kcli by hand), and nodes that could not be read (exit code 3).")
    boolean live;

    /** The collection, e.g. {@code /bounces}. */
    abstract String path();

    @Override
    int run() {
        JsonNode answer = call(gateway -> gateway.get(path(), new GatewayClient.Query().add("state", state).add("live", live)));
        JsonNode unreadable = answer.path("unreadable_nodes");
        if (json) {
            printJson(answer);
        } else {
            print(answer);
        }
        // The gateway's own list always came; nodes that could not be read make the live part partial.
        return unreadable.isEmpty() ? ExitCode.OK : ExitCode.PARTIAL;
    }

    private void print(JsonNode answer) {
        FleetTable directives = new FleetTable(Column.left("ID"), Column.left("STATE"), Column.left("NODES"),
                Column.left("EXPIRES"), Column.left("REASON"), Column.left("CRITERIA"), Column.left("TARGET"));
        for (JsonNode d : answer.path("directives")) {
            directives.row(d.path("id").asText(), d.path("state").asText(), nodes(d.path("nodes")),
                    d.path("expires").asText(), d.path("reason").asText(), Texts.criteria(d), Texts.target(d.path("target")));
        }
        out().print(directives.render());
        JsonNode unowned = answer.path("unowned_rules");
        if (!unowned.isEmpty()) {
            out().println();
            out().println("Rules on the nodes that no fleet directive owns:");
            FleetTable rules = new FleetTable(Column.left("NODE"), Column.left("RULE"), Column.left("REMAINING"),
                    Column.left("REASON"), Column.left("CRITERIA"));
            for (JsonNode u : unowned) {
                JsonNode rule = u.path("rule");
                rules.row(u.path("node").asText(), rule.path("id").asText(), rule.path("remaining").asText(""),
                        rule.path("reason").asText(""), Texts.criteria(JsonNodeFactory.instance.objectNode().set("criteria", rule)));
            }
            out().print(rules.render());
        }
        for (JsonNode failed : answer.path("unreadable_nodes")) {
            err().println("could not read node " + failed.path("node").asText() + ": "
                    + Texts.oneLine(failed.path("message").asText("")));
        }
    }

    /** "2/3 applied": how many of the directive's nodes hold it, or its per-node states when it ended. */
    private static String nodes(JsonNode nodes) {
        int applied = 0;
        for (JsonNode n : nodes) {
            applied += "applied".equals(n.path("state").asText()) ? 1 : 0;
        }
        return applied + "/" + nodes.size() + " applied";
    }

    @Command(name = "bounce-list", mixinStandardHelpOptions = true,
            description = "List the fleet's bounces with how many of their nodes hold them; --live adds rules made"
                    + " on the nodes by hand.")
    static final class Bounces extends FleetListCommand {
        @Override
        String path() {
            return "/bounces";
        }
    }

    @Command(name = "suspend-list", mixinStandardHelpOptions = true,
            description = "List the fleet's scheduled-queue suspensions with how many of their nodes hold them;"
                    + " --live adds rules made on the nodes by hand.")
    static final class Suspensions extends FleetListCommand {
        @Override
        String path() {
            return "/suspensions";
        }
    }

    @Command(name = "suspend-ready-q-list", mixinStandardHelpOptions = true,
            description = "List the fleet's ready-queue suspensions with how many of their nodes hold them;"
                    + " --live adds rules made on the nodes by hand.")
    static final class ReadyQueueSuspensions extends FleetListCommand {
        @Override
        String path() {
            return "/ready-queue-suspensions";
        }
    }
}
