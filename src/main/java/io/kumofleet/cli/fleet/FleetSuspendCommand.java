package io.kumofleet.cli.fleet;

import io.kumofleet.cli.kcli.DurationOption;
import io.kumofleet.cli.kcli.Selection;
import java.util.Map;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code fleet suspend}: kcli's suspend on every target node, kept applied by the gateway until it ends. */
@Command(name = "suspend", mixinStandardHelpOptions = true,
        description = {
            "Suspend delivery from matching scheduled queues on every target node (kcli's suspend, fleet-wide).",
            "",
            "Messages stay queued until the suspension ends or is cancelled with 'fleet cancel ID'. The gateway"
                    + " re-applies it to nodes that restart and retries nodes that failed.",
            "",
            "Select queues with any of --domain, --campaign and --tenant (all given must match), or exact"
                    + " --queue names, or --everything (admin role only).",
        })
class FleetSuspendCommand extends DirectiveCreation {

    @ArgGroup(exclusive = true, multiplicity = "1")
    Selection.Scheduled selection;

    @Option(names = "--reason", required = true, paramLabel = "<REASON>",
            description = "The reason for the suspension, shown by suspend-list.")
    String reason;

    @Option(names = "--dry-run", description = "Create nothing; show what would be suspended on each node now.")
    boolean dryRun;

    @Mixin
    DurationOption duration;

    @Override
    String path() {
        return "/suspensions";
    }

    @Override
    boolean dryRunRequested() {
        return dryRun;
    }

    @Override
    Map<String, Object> request() {
        Map<String, Object> body = selection(selection, reason);
        body.put("duration", duration.wire());
        return body;
    }
}
