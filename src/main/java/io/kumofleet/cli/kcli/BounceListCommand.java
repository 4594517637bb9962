package io.kumofleet.cli.kcli;

import io.kumofleet.cli.kcli.format.KcliJson;
import io.kumofleet.kumo.KumoNodeClient;
import io.kumofleet.kumo.wire.BounceV1ListEntry;
import io.kumofleet.kumod.Humantime;
import io.kumofleet.text.Column;
import io.kumofleet.text.TextTable;
import io.kumofleet.text.Thousands;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code bounce-list}: the node's active bounce rules, as a table or as JSON. */
@Command(name = "bounce-list", mixinStandardHelpOptions = true,
        description = {
            "Lists the administrative bounce rules currently in force on the node.",
            "",
            "Columns: ID (for bounce-cancel), REASON, REMAIN (time left), BOUNCED (messages bounced so far)"
                    + " and CRITERIA ('everything' when the rule has none; rules made with --queue also show"
                    + " 'everything', as kumod does not report queue names).",
        })
public class BounceListCommand extends KcliCommand {

    @Option(names = "--json", description = "Print kumod's JSON (pretty-printed) instead of the table.")
    boolean json;

    @Inject
    BounceListCommand(Kcli kcli) {
        super(kcli);
    }

    @Override
    protected void run(KcliNode node) {
        List<BounceV1ListEntry> entries = node.call("/api/admin/bounce/v1", KumoNodeClient::bounceList);
        if (json) {
            printJson(KcliJson.humantime(tree(entries), "duration"));
        } else {
            out().print(table(entries));
        }
    }

    /** kcli's table for these entries. */
    static String table(List<BounceV1ListEntry> entries) {
        List<List<String>> rows = new ArrayList<>();
        for (BounceV1ListEntry entry : entries) {
            rows.add(List.of(String.valueOf(entry.id()), entry.reason(), Humantime.normalize(entry.duration()),
                    Thousands.format(entry.totalBounced()), criteria(entry)));
        }
        return TextTable.render(List.of(Column.left("ID"), Column.left("REASON"), Column.left("REMAIN"),
                Column.right("BOUNCED"), Column.left("CRITERIA")), rows);
    }

    private static String criteria(BounceV1ListEntry entry) {
        List<String> criteria = new ArrayList<>();
        add(criteria, "campaign", entry.campaign());
        add(criteria, "tenant", entry.tenant());
        add(criteria, "domain", entry.domain());
        add(criteria, "routing_domain", entry.routingDomain());
        return criteria.isEmpty() ? "everything" : String.join(", ", criteria);
    }

    private static void add(List<String> criteria, String name, String value) {
        if (value != null) {
            criteria.add(name + "=" + value);
        }
    }
}
