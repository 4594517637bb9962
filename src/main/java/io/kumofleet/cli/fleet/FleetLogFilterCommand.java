package io.kumofleet.cli.fleet;

import com.fasterxml.jackson.databind.JsonNode;
import io.kumofleet.cli.kcli.HumantimeConverter;
import io.kumofleet.kumod.Humantime;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code fleet set-log-filter}: kcli's set-log-filter on every target node, optionally reverted later. */
@Command(name = "set-log-filter", mixinStandardHelpOptions = true,
        description = {
            "Set the diagnostic log filter on every target node (kcli's set-log-filter, fleet-wide).",
            "",
            "With --revert-after the gateway sets each node back to its baseline filter when the time is up,"
                    + " even if the gateway restarts meanwhile. Example: set-log-filter 'kumod=debug' --revert-after 30m",
        })
class FleetLogFilterCommand extends FleetSubcommand {

    @Parameters(paramLabel = "<FILTER>", description = "The filter, in tracing's EnvFilter syntax, e.g. 'kumod=debug,info'.")
    String filter;

    @Option(names = "--revert-after", paramLabel = "<DURATION>", converter = HumantimeConverter.class,
            description = "Set the nodes back to their baseline filter after this long, e.g. 30m.")
    Duration revertAfter;

    @Mixin
    TargetOptions target;

    @Override
    int run() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("filter", filter);
        if (target.body() != null) {
            body.put("target", target.body());
        }
        if (revertAfter != null) {
            body.put("revert_after", Humantime.format(revertAfter));
        }
        JsonNode answer = call(gateway -> gateway.put("/log-filter", body));
        JsonNode outcomes = answer.path("outcomes");
        if (json) {
            printJson(answer);
        } else {
            out().println("log filter '" + answer.path("filter").asText() + "'"
                    + (answer.hasNonNull("revert_at") ? ", reverted at " + answer.get("revert_at").asText() : ""));
            out().print(NodeResults.table(outcomes));
        }
        return NodeResults.exitCode(outcomes);
    }
}
