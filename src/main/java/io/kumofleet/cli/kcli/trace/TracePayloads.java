package io.kumofleet.cli.kcli.trace;

import com.fasterxml.jackson.databind.JsonNode;
import io.kumofleet.cli.kcli.format.PrettyJson;
import io.kumofleet.cli.kcli.format.RustFormat;
import io.kumofleet.kumod.RustUuid;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** The lines kcli prints for each trace payload, after the {@code [key] delta} prefix. */
final class TracePayloads {

    private TracePayloads() {}

    /** trace-smtp-client: ' <- ' for what the remote host sent, '->  ' for what we sent. */
    static void client(TraceEvent event, TraceSession.Palette p, boolean terse, Consumer<String> print) {
        switch (event.variant()) {
            case "BeginSession" -> print.accept("=== BeginSession " + RustFormat.utc(event.when()));
            case "Read" -> TraceSession.lines(event.data().asText()).forEach(line ->
                    print.accept(p.cyan() + " <- " + RustFormat.escapeDebug(line) + p.normal()));
            case "Write" -> TraceSession.multiLine(event.data().asText(), terse, "written",
                    line -> p.green() + "->  " + line + p.normal(), print);
            case "AbbreviatedWrite" -> {
                print.accept(p.green() + "->  " + RustFormat.escapeDebug(event.text("snippet")) + p.normal());
                print.accept("=== bytes written=" + event.text("len"));
            }
            case "Diagnostic" -> print.accept("=== " + (event.text("level").equals("ERROR") ? p.red() : p.normal())
                    + event.text("level") + ": " + event.text("message") + p.normal());
            default -> print.accept("=== " + event.variant());
        }
    }

    /** trace-smtp-server: ' -> ' for what the client sent, '<-  ' for what we answered. */
    static void server(TraceEvent event, TraceSession.Palette p, boolean terse, Consumer<String> print) {
        JsonNode data = event.data();
        switch (event.variant()) {
            case "Connected" -> print.accept("=== Connected " + RustFormat.utc(event.when()));
            case "Read" -> TraceSession.multiLine(data.asText(), terse, "read",
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
            return RustUuid.simple(RustUuid.parse(id));
        } catch (RustUuid.Invalid e) {
            return id;
        }
    }
}
