package io.kumofleet.cli.kcli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.kumofleet.cli.kcli.format.KcliJson;
import io.kumofleet.cli.kcli.format.ReadyQueueText;
import io.kumofleet.kumo.wire.InspectReadyQV1Response;
import jakarta.inject.Inject;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code inspect-ready-q}: a ready queue's identity, state, ceilings and dispatchers, for humans. */
@Command(name = "inspect-ready-q", mixinStandardHelpOptions = true,
        description = {
            "Shows a ready queue (egress path): its egress pool, source and protocol, MX, state (throttles,"
                    + " suspension, ready and connection counts), throughput ceilings and, optionally, its"
                    + " dispatcher tasks (connections) and egress path configuration.",
            "",
            "Dispatchers are listed oldest first with delivered/transfailed/failed counts, age and rate; one"
                    + " whose current phase has lasted 75%% of the watchdog threshold is flagged '⚠ STALL?', and"
                    + " '⚠ STUCK' at 100%% (abort it with abort-ready-q-conn). An unknown queue fails with status 404.",
        })
public class InspectReadyQCommand extends KcliCommand {

    @ArgGroup(exclusive = true, multiplicity = "0..1")
    Output output = new Output();

    @Parameters(index = "0", paramLabel = "<QUEUE_NAME>",
            description = "The ready queue, e.g. 'source->(alt1|alt2|alt3|alt4)?.gmail-smtp-in.l.google.com@smtp_client'.")
    String queueName;

    /** Either the full JSON or a choice of text sections. */
    static final class Output {
        @Option(names = "--json", required = true,
                description = "Print the whole answer as pretty JSON (cannot be combined with the other flags).")
        boolean json;

        @ArgGroup(exclusive = false, multiplicity = "1")
        Sections sections = new Sections();
    }

    /** Optional text sections. */
    static final class Sections {
        @Option(names = "--connections",
                description = "Show each dispatcher (connection): phase, time in phase, message counters.")
        boolean connections;

        @Option(names = "--config", description = "Show the egress path configuration in effect (TOML).")
        boolean config;

        @Option(names = "--sched-q",
                description = "List the scheduled queues feeding this ready queue (can be expensive).")
        boolean schedQ;
    }

    @Inject
    InspectReadyQCommand(Kcli kcli) {
        super(kcli);
    }

    @Override
    protected void run(KcliNode node) {
        boolean json = output != null && output.json;
        Sections sections = output == null || output.sections == null ? new Sections() : output.sections;
        boolean withScheduled = sections.schedQ || json;
        String target = KcliNode.target("/api/admin/inspect-ready-q/v1", "queue_name", queueName,
                "include_scheduled_queues", withScheduled ? "true" : null);
        InspectReadyQV1Response queue = node.call(target, client -> client.inspectReadyQueue(queueName, withScheduled));
        if (json) {
            printJson(json(queue));
        } else {
            out().print(ReadyQueueText.render(queue, sections.connections, sections.config, sections.schedQ));
        }
    }

    /** The answer as kcli re-serialises it: durations rewritten by humantime, MX preferences in numeric order. */
    private ObjectNode json(InspectReadyQV1Response queue) {
        ObjectNode node = (ObjectNode) tree(queue);
        KcliJson.humantime(node.path("state"), "watchdog_threshold");
        KcliJson.humantime(node.path("state").path("suspended"), "duration");
        KcliJson.humantime(node.path("dispatchers"), "age");
        KcliJson.humantime(node.path("dispatchers"), "time_in_current_phase");
        KcliJson.mxPreferences(node.path("mx"));
        return node;
    }
}
