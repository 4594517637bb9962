package io.kumofleet.cli.kcli;

import io.kumofleet.kumo.wire.SuspendV1Request;
import io.kumofleet.kumo.wire.SuspendV1Response;
import jakarta.inject.Inject;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code suspend}: holds delivery from matching scheduled queues for a while. */
@Command(name = "suspend", mixinStandardHelpOptions = true,
        description = {
            "Administratively suspend delivery from matching scheduled queues.",
            "",
            "Matching messages stay queued until the suspension expires (--duration) or is cancelled with"
                    + " suspend-cancel. Prints the rule as JSON: {\"id\": \"<uuid>\"}.",
            "",
            "Select queues with any of --domain, --campaign and --tenant (all given must match), or with exact"
                    + " --queue names, or with --everything.",
        })
public class SuspendCommand extends KcliCommand {

    @ArgGroup(exclusive = true, multiplicity = "1")
    Selection.Scheduled selection;

    @Option(names = "--reason", required = true, paramLabel = "<REASON>",
            description = "The reason for the suspension, logged and shown by suspend-list.")
    String reason;

    @Mixin
    DurationOption duration;

    @Inject
    SuspendCommand(Kcli kcli) {
        super(kcli);
    }

    @Override
    protected void run(KcliNode node) {
        SuspendV1Request request = new SuspendV1Request(selection.campaign(), selection.tenant(), selection.domain(),
                reason, duration.wire(), null, selection.queueNames());
        SuspendV1Response response = node.call("/api/admin/suspend/v1", client -> client.suspend(request));
        printJson(response);
    }
}
