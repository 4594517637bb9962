package io.kumofleet.cli.kcli;

import io.kumofleet.cli.kcli.format.KcliJson;
import io.kumofleet.kumo.KumoNodeClient;
import jakarta.inject.Inject;
import picocli.CommandLine.Command;

/** {@code suspend-list}: the node's active scheduled-queue suspensions, as JSON. */
@Command(name = "suspend-list", mixinStandardHelpOptions = true,
        description = {
            "Lists the administrative suspensions currently in force on the node.",
            "",
            "Prints pretty JSON: id, campaign, tenant, domain, reason and duration (the time left) of each.",
        })
public class SuspendListCommand extends KcliCommand {

    @Inject
    SuspendListCommand(Kcli kcli) {
        super(kcli);
    }

    @Override
    protected void run(KcliNode node) {
        printJson(KcliJson.humantime(tree(node.call("/api/admin/suspend/v1", KumoNodeClient::suspendList)), "duration"));
    }
}
