package io.kumofleet.cli.kcli;

import io.kumofleet.kumo.wire.SuspendReadyQueueV1Request;
import io.kumofleet.kumo.wire.SuspendV1Response;
import jakarta.inject.Inject;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code suspend-ready-q}: holds delivery on one egress path (ready queue). */
@Command(name = "suspend-ready-q", mixinStandardHelpOptions = true,
        description = {
            "Administratively suspend the ready queue of an egress path.",
            "",
            "Nothing is delivered over that path (source to destination site) until the suspension expires or is"
                    + " cancelled with suspend-ready-q-cancel. Prints the rule as JSON: {\"id\": \"<uuid>\"}."
                    + " A second suspension of the same queue replaces the first.",
        })
public class SuspendReadyQCommand extends KcliCommand {

    @Option(names = "--name", required = true, paramLabel = "<NAME>",
            description = "The exact ready queue name, e.g. 'source->(alt1|alt2|alt3|alt4)?.gmail-smtp-in.l.google.com"
                    + "@smtp_client' (see queue-summary).")
    String name;

    @Option(names = "--reason", required = true, paramLabel = "<REASON>",
            description = "The reason for the suspension, logged and shown by suspend-ready-q-list.")
    String reason;

    @Mixin
    DurationOption duration;

    @Inject
    SuspendReadyQCommand(Kcli kcli) {
        super(kcli);
    }

    @Override
    protected void run(KcliNode node) {
        var request = new SuspendReadyQueueV1Request(name, reason, duration.wire(), null);
        SuspendV1Response response = node.call("/api/admin/suspend-ready-q/v1", client -> client.suspendReadyQueue(request));
        printJson(response);
    }
}
