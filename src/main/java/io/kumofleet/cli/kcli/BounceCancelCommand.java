package io.kumofleet.cli.kcli;

import jakarta.inject.Inject;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code bounce-cancel}: removes a bounce rule. */
@Command(name = "bounce-cancel", mixinStandardHelpOptions = true,
        description = {
            "Cancels an administrative bounce rule.",
            "",
            "The rule stops matching new messages; messages it already bounced stay bounced. Prints the"
                    + " node's answer (removed <id>); an unknown or expired id fails with status 404.",
        })
public class BounceCancelCommand extends KcliCommand {

    @Mixin
    RuleIdOption rule;

    @Inject
    BounceCancelCommand(Kcli kcli) {
        super(kcli);
    }

    @Override
    protected void run(KcliNode node) {
        printText(node.cancel("/api/admin/bounce/v1", client -> client.bounceCancel(rule.id)));
    }
}
