package io.kumofleet.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
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
class TraceSmtpServerCommand extends KcliCommand {

    private static final List<String> VARIANTS = List.of("Connected", "Closed", "Read", "Write", "Diagnostic",
            "Callback", "MessageDisposition", "AbbreviatedRead");

    @Option(names = "--source", paramLabel = "<SOURCE>",
            description = "A client address or CIDR block to trace, e.g. 10.0.0.1 or 192.168.1.0/24. Repeatable;"
                    + " without it every client is traced.")
    List<String> source = new ArrayList<>();

    @Mixin
    TraceOptions options;

    @Override
    void run(KcliNode node) {
        ObjectNode filter = kcli.mapper().createObjectNode();
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
        var palette = TraceSession.Palette.of(options.colored(kcli.environment().stdoutIsTerminal()));
        var session = new TraceSession(kcli.mapper(), out(), options, palette, VARIANTS, "Connected",
                TraceSmtpServerCommand::key, this::render);
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

    private void render(TraceEvent event, TraceSession.Palette p, Consumer<String> print) {
        JsonNode data = event.data();
        switch (event.variant()) {
            case "Connected" -> print.accept("=== Connected " + RustFormat.utc(event.when()));
            case "Read" -> TraceSession.multiLine(data.asText(), options.terse, "read",
                    line -> p.green() + " -> " + line + p.normal(), print);
            case "AbbreviatedRead" -> {
                print.accept(p.green() + " -> " + RustFormat.escapeDebug(event.text("snippet")) + p.normal());
                print.accept("=== bytes read=" + event.text("len"));
            }
            case "Write" -> TraceSession.lines(data.asText()).forEach(line ->
                    print.accept(p.cyan() + "<-  " + RustFormat.escapeDebug(line) + p.normal()));
            case "Diagnostic" -> print.accept("=== " + (event.text("level").equals("ERROR") ? p.red() : p.normal())
                    + event.text("level") + ": " + event.text("message") + p.normal());
            case "Callback" -> print.accept("=== " + event.text("name") + ": " + callback(data, p));
            case "MessageDisposition" -> disposition(data, print);
            default -> print.accept("=== " + event.variant());
        }
    }

    private static String callback(JsonNode data, TraceSession.Palette p) {
        JsonNode result = data.path("result");
        JsonNode error = data.path("error");
        boolean hasResult = !result.isNull() && !result.isMissingNode();
        boolean hasError = !error.isNull() && !error.isMissingNode();
        if (!hasResult && hasError) {
            return p.red() + "Error: " + error.asText() + p.normal();
        }
        if (!hasError) {
            return hasResult ? "Ok: " + RustFormat.debugValue(result) : "Ok";
        }
        return "Impossible success " + RustFormat.debugOptionalValue(result) + " and " + p.red() + "error: "
                + RustFormat.debugOptionalString(error) + p.normal();
    }

    private static void disposition(JsonNode data, Consumer<String> print) {
        JsonNode recipient = data.path("recipient");
        List<String> recipients = new ArrayList<>();
        if (recipient.isArray()) {
            recipient.forEach(r -> recipients.add(r.asText()));
        } else {
            recipients.add(recipient.asText());
        }
        print.accept("=== Message from=<" + data.path("sender").asText() + "> to=<" + String.join(", ", recipients)
                + "> id=" + spoolId(data.path("id").asText()));
        print.accept("=== Message queue=" + data.path("queue").asText() + " relay=" + data.path("relay").asBoolean()
                + " log_arf=" + PrettyJson.compact(PrettyJson.sorted(data.path("log_arf")))
                + " log_oob=" + PrettyJson.compact(PrettyJson.sorted(data.path("log_oob")))
                + " was_arf_or_oob=" + RustFormat.debugOptionalBool(data.get("was_arf_or_oob"))
                + " will_enqueue=" + RustFormat.debugOptionalBool(data.get("will_enqueue")));
        JsonNode meta = PrettyJson.sorted(data.path("meta"));
        if (meta.isObject()) {
            meta.fields().forEachRemaining(field ->
                    print.accept("=== Message meta: " + field.getKey() + "=" + PrettyJson.compact(field.getValue())));
        } else {
            print.accept("=== Message meta: " + PrettyJson.compact(meta));
        }
    }

    private static String spoolId(String id) {
        try {
            return KcliUuid.simple(KcliUuid.parse(id));
        } catch (KcliUuid.Invalid e) {
            return id;
        }
    }
}
