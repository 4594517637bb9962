package io.kumofleet.cli.kcli;

import jakarta.inject.Inject;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code suspend-cancel}: lifts a scheduled-queue suspension. */
@Command(name = "suspend-cancel", mixinStandardHelpOptions = true,
        description = {
            "Cancels an administrative suspension: matching queues resume delivery.",
            "",
            "Prints the node's answer (removed <id>); an unknown or expired id fails with status 404.",
        })
public class SuspendCancelCommand extends KcliCommand {

    @Mixin
    RuleIdOption rule;

    @Inject
    SuspendCancelCommand(Kcli kcli) {
        super(kcli);
    }

    @Override
    protected void run(KcliNode node) {
        printText(node.cancel("/api/admin/suspend/v1", client -> client.suspendCancel(rule.id)));
    }
}
