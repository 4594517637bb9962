package io.kumofleet.cli.kcli;

import jakarta.inject.Inject;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code set-log-filter}: changes kumod's diagnostic log filter until its next restart. */
@Command(name = "set-log-filter", mixinStandardHelpOptions = true,
        description = {
            "Changes the diagnostic log filter of the node, live, until it restarts.",
            "",
            "The filter uses tracing's EnvFilter syntax: comma-separated target=level directives, e.g."
                    + " 'kumod=debug', 'info' or 'warn,kumod::ready_queue=trace' (levels: trace, debug, info,"
                    + " warn, error, off). See https://docs.kumomta.com/reference/kumo/set_diagnostic_log_filter/."
                    + " Prints OK; a bad filter fails with the node's explanation.",
        })
public class SetLogFilterCommand extends KcliCommand {

    @Parameters(index = "0", paramLabel = "<FILTER>", description = "The new filter, e.g. kumod=debug.")
    String filter;

    @Inject
    SetLogFilterCommand(Kcli kcli) {
        super(kcli);
    }

    @Override
    protected void run(KcliNode node) {
        printText(node.call("/api/admin/set_diagnostic_log_filter/v1", client -> client.setDiagnosticLogFilter(filter)));
    }
}
