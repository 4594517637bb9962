package io.kumofleet.cli.fleet;

import io.kumofleet.cli.kcli.DurationOption;
import io.kumofleet.cli.kcli.Selection;
import java.util.Map;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code fleet bounce}: kcli's bounce on every target node, kept applied by the gateway until it ends. */
@Command(name = "bounce", mixinStandardHelpOptions = true,
        description = {
            "Bounce matching messages on every target node (kcli's bounce, fleet-wide).",
            "",
            "The gateway creates a fleet directive, sends each node the rule with an absolute end and the"
                    + " directive id in its reason, re-applies it to nodes that restart, and retries nodes that"
                    + " failed until the bounce ends. Prints the directive and each node's outcome.",
            "",
            "Select queues with any of --domain, --routing-domain, --campaign and --tenant (all given must"
                    + " match), or exact --queue names, or --everything (admin role only). Try --dry-run first:"
                    + " it shows how many messages would be bounced on each node and creates nothing.",
        })
class FleetBounceCommand extends DirectiveCreation {

    @ArgGroup(exclusive = true, multiplicity = "1")
    Selection.Routed selection;

    @Option(names = "--reason", required = true, paramLabel = "<REASON>",
            description = "Logged with every bounced message and shown by bounce-list.")
    String reason;

    @Option(names = "--suppress-logging", description = "Do not write AdminBounce records to the delivery logs.")
    boolean suppressLogging;

    @Option(names = "--dry-run", description = "Create nothing; show what would be bounced on each node now.")
    boolean dryRun;

    @Mixin
    DurationOption duration;

    @Override
    String path() {
        return "/bounces";
    }

    @Override
    boolean dryRunRequested() {
        return dryRun;
    }

    @Override
    Map<String, Object> request() {
        Map<String, Object> body = selection(selection, reason);
        body.put("duration", duration.wire());
        body.put("suppress_logging", suppressLogging);
        return body;
    }
}
