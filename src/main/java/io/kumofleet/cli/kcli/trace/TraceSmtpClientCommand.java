package io.kumofleet.cli.kcli.trace;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.kumofleet.cli.kcli.Kcli;
import io.kumofleet.cli.kcli.KcliCommand;
import io.kumofleet.cli.kcli.KcliNode;
import io.kumofleet.cli.kcli.format.KcliError;
import io.kumofleet.kumod.Cidr;
import jakarta.inject.Inject;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code trace-smtp-client}: live trace of the node's outgoing SMTP sessions. */
@Command(name = "trace-smtp-client", mixinStandardHelpOptions = true,
        description = {
            "Traces outgoing SMTP sessions made by the node, live, until interrupted.",
            "",
            "Each line is [session id] time-since-first-seen then '===' for events, ' <- ' for what the remote"
                    + " host sent and '->  ' for what we sent. Tracing matches all traffic by default and the node"
                    + " drops events it cannot keep up with, so filter on a busy node. Filters are allow-lists:"
                    + " a session is traced unless it has the property and its value is not listed. Most properties"
                    + " are only known once a message is being delivered; the ready queue, pool and source are"
                    + " known from the start.",
        })
public class TraceSmtpClientCommand extends KcliCommand {

    private static final List<String> VARIANTS = List.of("BeginSession", "Connected", "Closed", "Read", "Write",
            "Diagnostic", "MessageObtained", "AbbreviatedWrite");

    @Option(names = "--source", paramLabel = "<SOURCE>",
            description = "A local address or CIDR block the connection is made from, e.g. 10.0.0.1 or 192.168.1.0/24. Repeatable.")
    List<String> source = List.of();

    @Option(names = "--mx-addr", paramLabel = "<MX_ADDR>",
            description = "An MX address or CIDR block connected to. Repeatable.")
    List<String> mxAddr = List.of();

    @Option(names = "--mx-host", paramLabel = "<MX_HOST>", description = "An MX host name. Repeatable.")
    List<String> mxHost = List.of();

    @Option(names = "--domain", paramLabel = "<DOMAIN>", description = "A recipient domain (per message). Repeatable.")
    List<String> domain = List.of();

    @Option(names = "--routing-domain", paramLabel = "<ROUTING_DOMAIN>", description = "A routing domain (per message). Repeatable.")
    List<String> routingDomain = List.of();

    @Option(names = "--campaign", paramLabel = "<CAMPAIGN>", description = "A campaign (per message). Repeatable.")
    List<String> campaign = List.of();

    @Option(names = "--tenant", paramLabel = "<TENANT>", description = "A tenant (per message). Repeatable.")
    List<String> tenant = List.of();

    @Option(names = "--egress-pool", paramLabel = "<EGRESS_POOL>", description = "An egress pool. Repeatable.")
    List<String> egressPool = List.of();

    @Option(names = "--egress-source", paramLabel = "<EGRESS_SOURCE>", description = "An egress source. Repeatable.")
    List<String> egressSource = List.of();

    @Option(names = "--mail-from", paramLabel = "<MAIL_FROM>", description = "An envelope sender (per message). Repeatable.")
    List<String> mailFrom = List.of();

    @Option(names = "--rcpt-to", paramLabel = "<RCPT_TO>", description = "An envelope recipient (per message). Repeatable.")
    List<String> rcptTo = List.of();

    @Option(names = "--ready-queue", paramLabel = "<READY_QUEUE>",
            description = "A ready queue name; known when the session starts. Repeatable.")
    List<String> readyQueue = List.of();

    @Mixin
    TraceOptions options;

    @Inject
    TraceSmtpClientCommand(Kcli kcli) {
        super(kcli);
    }

    @Override
    protected void run(KcliNode node) {
        ObjectNode filter = mapper().createObjectNode();
        filter.set("campaign", tree(campaign));
        filter.set("tenant", tree(tenant));
        filter.set("domain", tree(domain));
        filter.set("routing_domain", tree(routingDomain));
        filter.set("egress_pool", tree(egressPool));
        filter.set("egress_source", tree(egressSource));
        filter.set("mail_from", tree(mailFrom));
        filter.set("rcpt_to", tree(rcptTo));
        filter.set("source_addr", cidrs(source, "--source"));
        filter.set("mx_host", tree(mxHost));
        filter.set("ready_queue", tree(readyQueue));
        filter.set("mx_addr", cidrs(mxAddr, "--mx-addr"));
        if (options.terse) {
            filter.put("terse", true);
        }
        var palette = TraceSession.Palette.of(options.colored(environment().stdoutIsTerminal()));
        var session = new TraceSession(mapper(), out(), options, palette, VARIANTS, "BeginSession",
                TraceSmtpClientCommand::key,
                (event, colors, print) -> TracePayloads.client(event, colors, options.terse, print));
        node.trace("/api/admin/trace-smtp-client/v1", filter, (client, f) -> client.traceSmtpClient(f), session::onFrame);
    }

    private JsonNode cidrs(List<String> values, String option) {
        try {
            return values.isEmpty() ? null : tree(Cidr.set(values));
        } catch (Cidr.Invalid e) {
            throw new KcliError("invalid " + option + " value(s): " + e.getMessage());
        }
    }

    /** The session id the node puts in conn_meta. */
    private static String key(JsonNode meta) {
        JsonNode id = meta.get("id");
        if (!meta.isObject() || id == null) {
            throw new KcliError(meta.isObject() ? "missing field `id`" : "invalid type: expected struct Decoded");
        }
        if (!id.isTextual()) {
            throw new KcliError("invalid type: " + id + ", expected a string");
        }
        return id.textValue();
    }
}
