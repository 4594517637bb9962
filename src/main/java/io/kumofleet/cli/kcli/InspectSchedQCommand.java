package io.kumofleet.cli.kcli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.kumofleet.cli.kcli.format.KcliJson;
import jakarta.inject.Inject;
import java.util.OptionalInt;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;

/** {@code inspect-sched-q}: a scheduled queue's state, configuration and a sample of its messages. */
@Command(name = "inspect-sched-q", mixinStandardHelpOptions = true,
        description = {
            "Shows a scheduled queue as pretty-printed JSON: its configuration, message count, delayed metric and"
                    + " a sample of its messages.",
            "",
            "The sample is an unspecified subset, likely not the messages due next. Messages can only be sampled"
                    + " with the SingletonTimerWheel queue strategy (the default). An unknown queue fails with"
                    + " status 404.",
        })
public class InspectSchedQCommand extends KcliCommand {

    @Option(names = "--want-body",
            description = "Include each sampled message's body. Can be expensive, especially with large or no limits.")
    boolean wantBody;

    @ArgGroup(exclusive = true, multiplicity = "0..1")
    Limit limit;

    @Parameters(index = "0", paramLabel = "<QUEUE_NAME>",
            description = "The scheduled queue, e.g. campaign:tenant@example.com or example.com.")
    String queueName;

    /** How many messages to sample. */
    static final class Limit {
        @Option(names = "--limit", required = true, paramLabel = "<LIMIT>",
                description = "How many messages to sample (default: 5).")
        long count;

        @Option(names = "--no-limit", required = true,
                description = "Sample every message in the queue. Can be expensive, especially with --want-body.")
        boolean none;
    }

    @Inject
    InspectSchedQCommand(Kcli kcli) {
        super(kcli);
    }

    @Override
    protected void run(KcliNode node) {
        long count = limit == null ? 5 : limit.count;
        if (count < 0 || count > Integer.MAX_VALUE) {
            throw new ParameterException(spec.commandLine(),
                    "invalid value '" + count + "' for '--limit <LIMIT>': not a valid message count");
        }
        OptionalInt sample = limit != null && limit.none ? OptionalInt.empty() : OptionalInt.of((int) count);
        String target = KcliNode.target("/api/admin/inspect-sched-q/v1", "queue_name", queueName,
                "want_body", wantBody ? "true" : null, "limit", sample.isPresent() ? String.valueOf(count) : null);
        ObjectNode queue = (ObjectNode) tree(
                node.call(target, client -> client.inspectScheduledQueue(queueName, wantBody, sample)));
        queue.path("messages").forEach(KcliJson::inspectedMessage);
        KcliJson.sortedValue(queue, "queue_config");
        printJson(queue);
    }
}
