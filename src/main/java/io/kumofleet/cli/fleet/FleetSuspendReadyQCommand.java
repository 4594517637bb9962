package io.kumofleet.cli.fleet;

import io.kumofleet.cli.kcli.DurationOption;
import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code fleet suspend-ready-q}: kcli's suspend-ready-q on every target node. */
@Command(name = "suspend-ready-q", mixinStandardHelpOptions = true,
        description = {
            "Suspend one ready queue (egress path) on every target node (kcli's suspend-ready-q, fleet-wide).",
            "",
            "Connections for the queue stop being made until the suspension ends or is cancelled with"
                    + " 'fleet cancel ID'. Find ready-queue names with 'fleet queue-summary'.",
        })
class FleetSuspendReadyQCommand extends DirectiveCreation {

    @Option(names = "--name", required = true, paramLabel = "<NAME>",
            description = "The exact ready-queue name, e.g. 'source->(alt1|alt2)?.gmail-smtp-in.l.google.com@smtp_client'.")
    String name;

    @Option(names = "--reason", required = true, paramLabel = "<REASON>", description = "The reason for the suspension.")
    String reason;

    @Mixin
    DurationOption duration;

    @Override
    String path() {
        return "/ready-queue-suspensions";
    }

    @Override
    Map<String, Object> request() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", name);
        body.put("reason", reason);
        body.put("duration", duration.wire());
        return body;
    }
}
