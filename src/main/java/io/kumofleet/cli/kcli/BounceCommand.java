package io.kumofleet.cli.kcli;

import io.kumofleet.kumo.wire.BounceV1Request;
import io.kumofleet.kumo.wire.BounceV1Response;
import jakarta.inject.Inject;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code bounce}: administratively bounce the messages of matching queues (kcli's {@code bounce}). */
@Command(name = "bounce", mixinStandardHelpOptions = true,
        description = {
            "Administratively bounce messages in matching queues.",
            "",
            "Every matching message is removed from the spool and logged as an AdminBounce record (unless"
                    + " --suppress-logging). There is no going back, so make sure that you mean it.",
            "",
            "The bounce applies to queued messages at once, asynchronously with respect to this command, and"
                    + " stays in force for --duration: messages that arrive or return to a matching queue meanwhile"
                    + " are bounced too. The rule id is printed on stdout; follow progress with bounce-list and stop"
                    + " the rule early with bounce-cancel --id.",
            "",
            "Select queues with any of --domain, --routing-domain, --campaign and --tenant (all given must"
                    + " match), or with exact --queue names, or with --everything.",
        })
public class BounceCommand extends KcliCommand {

    @ArgGroup(exclusive = true, multiplicity = "1")
    Selection.Routed selection;

    @Option(names = "--reason", required = true, paramLabel = "<REASON>",
            description = "The reason logged with each AdminBounce record and shown by bounce-list.")
    String reason;

    @Option(names = "--suppress-logging", description = "Do not write AdminBounce records to the delivery logs.")
    boolean suppressLogging;

    @Mixin
    DurationOption duration;

    @Inject
    BounceCommand(Kcli kcli) {
        super(kcli);
    }

    @Override
    protected void run(KcliNode node) {
        BounceV1Request request = new BounceV1Request(selection.campaign(), selection.tenant(), selection.domain(),
                selection.routingDomain(), reason, duration.wire(), null, suppressLogging, selection.queueNames());
        BounceV1Response response = node.call("/api/admin/bounce/v1", client -> client.bounce(request));
        err().println("NOTE: the bounce is running async. Use the bounce-list command to review ongoing status!");
        out().println(response.id());
    }
}
