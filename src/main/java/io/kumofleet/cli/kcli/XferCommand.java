package io.kumofleet.cli.kcli;

import io.kumofleet.kumo.wire.XferV1Request;
import jakarta.inject.Inject;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/** {@code xfer}: moves the messages of matching queues to another KumoMTA node, asynchronously. */
@Command(name = "xfer", mixinStandardHelpOptions = true,
        description = {
            "Transfer messages from matching queues to another KumoMTA node.",
            "",
            "Meant for planned maintenance or scaling down: matching messages are moved, with their scheduling"
                    + " information, into the special queue <target>.xfer.kumomta.internal, from which they are"
                    + " sent to the target node's HTTP listener and re-queued there for delivery at the same time."
                    + " The target must trust this node (its trusted hosts). Undo with xfer-cancel.",
            "",
            "The transfer runs asynchronously: this command returns as soon as the node accepted the request;"
                    + " errors go to the node's diagnostic log.",
            "",
            "Select queues with any of --domain, --routing-domain, --campaign and --tenant, or with exact --queue"
                    + " names, or with --everything. Example: xfer --domain example.com --reason maintenance"
                    + " --target http://10.0.0.1:8000",
        })
public class XferCommand extends KcliCommand {

    @ArgGroup(exclusive = true, multiplicity = "1")
    Selection.Routed selection;

    @Option(names = "--reason", required = true, paramLabel = "<REASON>",
            description = "The reason logged with the AdminRebind record of each moved message.")
    String reason;

    @Option(names = "--target", required = true, paramLabel = "<TARGET>", converter = UrlConverter.class,
            description = "The HTTP listener of the node to transfer to, e.g. http://10.0.0.1:8000.")
    KcliUrl target;

    @Inject
    XferCommand(Kcli kcli) {
        super(kcli);
    }

    @Override
    protected void run(KcliNode node) {
        var request = new XferV1Request(selection.campaign(), selection.tenant(), selection.domain(),
                selection.routingDomain(), reason, target.toString(), selection.queueNames());
        node.call("/api/admin/xfer/v1", client -> client.xfer(request));
        err().println("NOTE: Xfer always runs asynchronously");
    }

    /** A URL as clap reads kcli's {@code Url} arguments: a bad one is a usage error. */
    static final class UrlConverter implements ITypeConverter<KcliUrl> {
        @Override
        public KcliUrl convert(String value) {
            try {
                return KcliUrl.parse(value);
            } catch (KcliUrl.Invalid e) {
                throw new TypeConversionException(e.getMessage());
            }
        }
    }
}
