package io.kumofleet.cli.kcli;

import io.kumofleet.cli.kcli.format.KcliError;
import io.kumofleet.cli.kcli.format.KcliJson;
import io.kumofleet.kumod.RustUuid;
import jakarta.inject.Inject;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code inspect-message}: a spooled message's envelope, metadata and optionally body. */
@Command(name = "inspect-message", mixinStandardHelpOptions = true,
        description = {
            "Shows a message in the spool as pretty-printed JSON: sender, recipient(s), metadata, scheduling"
                    + " and, with --want-body, the full message text.",
            "",
            "The message id is the spool id from the logs (32 hex digits; any UUID form is accepted). An unknown"
                    + " id fails with the node's explanation.",
        })
public class InspectMessageCommand extends KcliCommand {

    @Option(names = "--want-body", description = "Include the message body (headers and content).")
    boolean wantBody;

    @Parameters(index = "0", paramLabel = "<ID>", description = "The spool id of the message.")
    String id;

    @Inject
    InspectMessageCommand(Kcli kcli) {
        super(kcli);
    }

    @Override
    protected void run(KcliNode node) {
        String spoolId;
        try {
            spoolId = RustUuid.simple(RustUuid.parse(id));
        } catch (RustUuid.Invalid e) {
            throw new KcliError(e.getMessage());
        }
        String target = KcliNode.target("/api/admin/inspect-message/v1", "id", spoolId,
                "want_body", wantBody ? "true" : null);
        printJson(KcliJson.inspectedMessage(tree(node.call(target, client -> client.inspectMessage(spoolId, wantBody)))));
    }
}
