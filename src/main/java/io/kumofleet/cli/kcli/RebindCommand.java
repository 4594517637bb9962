package io.kumofleet.cli.kcli;

import io.kumofleet.cli.kcli.format.KcliError;
import io.kumofleet.cli.kcli.format.KcliJson;
import io.kumofleet.kumo.wire.RebindV1Request;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code rebind}: moves the messages of matching queues into other queues, asynchronously. */
@Command(name = "rebind", mixinStandardHelpOptions = true,
        description = {
            "Rebind messages from matching scheduled queues into different queue(s).",
            "",
            "Queues are selected with --domain, --routing-domain, --campaign and --tenant, or --everything."
                    + " Each message of a matching queue gets the --data/--set key/value pairs merged into its"
                    + " metadata; with --trigger-rebind-event, the rebind_message event receives the message and"
                    + " the data instead and decides what to do. A message whose queue, tenant, campaign,"
                    + " routing_domain (or recipient) changed moves to its new queue, is due at once and is logged"
                    + " as AdminRebind; otherwise its due time is unchanged unless --always-flush.",
            "",
            "Rebinding runs asynchronously: this command returns as soon as the node accepted the request;"
                    + " errors go to the node's diagnostic log.",
            "",
            "Examples: rebind --domain example.com --reason move --set queue=foo.com",
            "          rebind --domain example.com --reason move --data '{\"queue\": \"foo.com\"}'",
        })
public class RebindCommand extends KcliCommand {

    @Mixin
    RoutedCriteriaOptions criteria;

    @Option(names = "--reason", required = true, paramLabel = "<REASON>",
            description = "The reason logged with each AdminRebind record.")
    String reason;

    @Option(names = "--always-flush", description = "Make messages due now even when their queue did not change.")
    boolean alwaysFlush;

    @Option(names = "--everything", description = "Match all queues.")
    boolean everything;

    @Option(names = "--suppress-logging", description = "Do not write AdminRebind records to the delivery logs.")
    boolean suppressLogging;

    @Option(names = "--trigger-rebind-event",
            description = "Pass each message and the data to the rebind_message event, which decides what to do,"
                    + " instead of merging the data into the message metadata.")
    boolean triggerRebindEvent;

    @Option(names = "--data", paramLabel = "<DATA>",
            description = "A JSON object of string keys and string values to set as metadata (or pass to"
                    + " rebind_message).")
    String data;

    @Option(names = "--set", paramLabel = "<KEY=VALUE>", converter = KeyValue.Converter.class,
            description = "An additional key/value pair, applied after --data. Can be repeated.")
    List<KeyValue> set = List.of();

    @Inject
    RebindCommand(Kcli kcli) {
        super(kcli);
    }

    @Override
    protected void run(KcliNode node) {
        if (criteria.isEmpty() && !everything) {
            throw new KcliError("No domain, routing_domain, campaign or tenant was specified. "
                    + "Use --everything if you intend to apply to all queues");
        }
        Map<String, String> values = data == null ? new LinkedHashMap<>() : KcliJson.stringMap(mapper(), data);
        set.forEach(pair -> values.put(pair.key(), pair.value()));
        var request = new RebindV1Request(criteria.campaign, criteria.tenant, criteria.domain, criteria.routingDomain,
                reason, suppressLogging, values, triggerRebindEvent, alwaysFlush);
        node.call("/api/admin/rebind/v1", client -> client.rebind(request));
        err().println("NOTE: Rebind always runs asynchronously");
    }
}
