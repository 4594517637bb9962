package io.kumofleet.cli.kcli;

import io.kumofleet.kumo.wire.AbortReadyQConnV1Request;
import jakarta.inject.Inject;
import java.util.UUID;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code abort-ready-q-conn}: aborts one dispatcher (connection) of a ready queue. */
@Command(name = "abort-ready-q-conn", mixinStandardHelpOptions = true,
        description = {
            "Aborts one dispatcher task (SMTP connection) of a ready queue, identified by its session id.",
            "",
            "Any message it was delivering returns to its scheduled queue for another attempt. Find session ids"
                    + " with inspect-ready-q --connections. Prints the node's answer (aborted <id>).",
        })
public class AbortReadyQConnCommand extends KcliCommand {

    @Parameters(index = "0", paramLabel = "<QUEUE_NAME>", description = "The name of the ready queue.")
    String queueName;

    @Parameters(index = "1", paramLabel = "<SESSION_ID>", converter = UuidConverter.class,
            description = "The session id of the dispatcher to abort, as shown by inspect-ready-q --connections.")
    UUID sessionId;

    @Inject
    AbortReadyQConnCommand(Kcli kcli) {
        super(kcli);
    }

    @Override
    protected void run(KcliNode node) {
        var request = new AbortReadyQConnV1Request(queueName, sessionId);
        printText(node.call("/api/admin/abort-ready-q-conn/v1", client -> client.abortReadyQueueConnection(request)));
    }
}
