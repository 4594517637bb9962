package io.kumofleet.cli.kcli;

import io.kumofleet.cli.kcli.format.KcliJson;
import io.kumofleet.kumo.KumoNodeClient;
import jakarta.inject.Inject;
import picocli.CommandLine.Command;

/** {@code suspend-ready-q-list}: the node's active ready-queue suspensions, as JSON. */
@Command(name = "suspend-ready-q-list", mixinStandardHelpOptions = true,
        description = {
            "Lists the ready queue (egress path) suspensions currently in force on the node.",
            "",
            "Prints pretty JSON: id, name, reason, duration (the time left) and expires of each.",
        })
public class SuspendReadyQListCommand extends KcliCommand {

    @Inject
    SuspendReadyQListCommand(Kcli kcli) {
        super(kcli);
    }

    @Override
    protected void run(KcliNode node) {
        printJson(KcliJson.humantime(
                tree(node.call("/api/admin/suspend-ready-q/v1", KumoNodeClient::suspendReadyQueueList)), "duration"));
    }
}
