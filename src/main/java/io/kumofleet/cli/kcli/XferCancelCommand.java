package io.kumofleet.cli.kcli;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.kumofleet.kumo.wire.XferCancelV1Request;
import jakarta.inject.Inject;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code xfer-cancel}: returns the messages of an xfer queue to their original queues. */
@Command(name = "xfer-cancel", mixinStandardHelpOptions = true,
        description = {
            "Cancels a transfer started with xfer: the messages still in the xfer queue are taken out and returned"
                    + " to their originating queues.",
            "",
            "It is a one-off sweep of the queue; repeat it if messages were still arriving. Prints {} on success."
                    + " The queue name ends with .xfer.kumomta.internal, e.g."
                    + " http://10.0.0.1:8000/.xfer.kumomta.internal (see queue-summary).",
        })
public class XferCancelCommand extends KcliCommand {

    @Parameters(index = "0", paramLabel = "<QUEUE_NAME>", description = "The name of the xfer queue to cancel.")
    String queueName;

    @Option(names = "--reason", required = true, paramLabel = "<REASON>",
            description = "The reason logged with the AdminRebind record of each returned message.")
    String reason;

    @Inject
    XferCancelCommand(Kcli kcli) {
        super(kcli);
    }

    @Override
    protected void run(KcliNode node) {
        node.call("/api/admin/xfer/cancel/v1", client -> client.xferCancel(new XferCancelV1Request(queueName, reason)));
        // kcli reads the answer into an empty struct, so it always prints {} whatever the node sent.
        printJson(JsonNodeFactory.instance.objectNode());
    }
}
