package io.kumofleet.cli.kcli.trace;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.kumofleet.cli.kcli.Kcli;
import io.kumofleet.cli.kcli.KcliCommand;
import io.kumofleet.cli.kcli.KcliNode;
import io.kumofleet.cli.kcli.format.KcliError;
import io.kumofleet.kumod.Cidr;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code trace-smtp-server}: live trace of the SMTP sessions the node receives. */
@Command(name = "trace-smtp-server", mixinStandardHelpOptions = true,
        description = {
            "Traces incoming SMTP sessions received by the node, live, until interrupted.",
            "",
            "Each line is [client address->listener address] time-since-first-seen then '===' for events and"
                    + " policy callbacks, ' -> ' for what the client sent and '<-  ' for what we answered. On a busy"
                    + " node, narrow the trace with --source or you will be overwhelmed.",
        })
public class TraceSmtpServerCommand extends KcliCommand {

    private static final List<String> VARIANTS = List.of("Connected", "Closed", "Read", "Write", "Diagnostic",
            "Callback", "MessageDisposition", "AbbreviatedRead");

    @Option(names = "--source", paramLabel = "<SOURCE>",
            description = "A client address or CIDR block to trace, e.g. 10.0.0.1 or 192.168.1.0/24. Repeatable;"
                    + " without it every client is traced.")
    List<String> source = new ArrayList<>();

    @Mixin
    TraceOptions options;

    @Inject
    TraceSmtpServerCommand(Kcli kcli) {
        super(kcli);
    }

    @Override
    protected void run(KcliNode node) {
        ObjectNode filter = mapper().createObjectNode();
        List<Cidr> cidrs = new ArrayList<>();
        for (String text : source) {
            try {
                cidrs.add(Cidr.parse(text));
            } catch (Cidr.Invalid e) {
                throw new KcliError(e.getMessage());
            }
        }
        filter.set("source_addr", source.isEmpty() ? null : tree(Cidr.format(cidrs)));
        if (options.terse) {
            filter.put("terse", true);
        }
        var palette = TraceSession.Palette.of(options.colored(environment().stdoutIsTerminal()));
        var session = new TraceSession(mapper(), out(), options, palette, VARIANTS, "Connected",
                TraceSmtpServerCommand::key,
                (event, colors, print) -> TracePayloads.server(event, colors, options.terse, print));
        node.trace("/api/admin/trace-smtp-server/v1", filter, (client, f) -> client.traceSmtpServer(f), session::onFrame);
    }

    /** {@code received_from->received_via}. */
    private static String key(JsonNode meta) {
        return text(meta, "received_from") + "->" + text(meta, "received_via");
    }

    private static String text(JsonNode meta, String field) {
        JsonNode value = meta.get(field);
        if (value == null) {
            throw new KcliError("conn_meta is missing " + field);
        }
        if (!value.isTextual()) {
            throw new KcliError(field + " is not a string");
        }
        return value.textValue();
    }
}
