package io.kumofleet.cli.kcli;

import jakarta.inject.Inject;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code suspend-ready-q-cancel}: lifts a ready-queue suspension. */
@Command(name = "suspend-ready-q-cancel", mixinStandardHelpOptions = true,
        description = {
            "Cancels a ready queue (egress path) suspension: delivery over that path resumes.",
            "",
            "Prints the node's answer (removed <id>); an unknown or expired id fails with status 404.",
        })
public class SuspendReadyQCancelCommand extends KcliCommand {

    @Mixin
    RuleIdOption rule;

    @Inject
    SuspendReadyQCancelCommand(Kcli kcli) {
        super(kcli);
    }

    @Override
    protected void run(KcliNode node) {
        printText(node.cancel("/api/admin/suspend-ready-q/v1", client -> client.suspendReadyQueueCancel(rule.id)));
    }
}
