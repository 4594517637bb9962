package io.kumofleet.cli.kcli;

import io.kumofleet.cli.kcli.format.ProviderSummaryTable;
import io.kumofleet.metrics.ProviderGrouping;
import io.kumofleet.metrics.ProviderSummary;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code provider-summary}: the node's traffic per provider (or destination site), optionally per pool. */
@Command(name = "provider-summary", mixinStandardHelpOptions = true,
        description = {
            "Prints the node's traffic per provider, for a human to read. The layout may change between versions:"
                    + " do not parse it in scripts (it is built from the node's machine-readable /metrics, the only"
                    + " endpoint asked).",
            "",
            "PROVIDER is the provider name when one of the node's provider rules matched (provider_name in the"
                    + " egress configuration), else the destination site derived from the MX records, e.g."
                    + " (alt1|alt2|alt3|alt4)?.gmail-smtp-in.l.google.com. POOL (with --by-pool) is the egress pool."
                    + " D is messages delivered, T transient failures, F permanent failures (bounces), C open"
                    + " connections and Q messages queued (ready and scheduled). DOMAINS (with --show-domains) lists"
                    + " domains whose MX records give that site.",
            "",
            "Rows are ordered by volume, D+T+F+Q (connections do not count), largest first; equal volumes in"
                    + " natural name order (case ignored, q2 before q10), then by pool.",
        },
        footer = {
            "",
            "As in kcli, every request, the whole streamed /metrics included, must be done within 60s"
                    + " (KUMO_KCLI_TIMEOUT), which a node with a very large number of queues can exceed.",
            "",
            "--show-domains looks MX records up from this machine, with the system's resolvers, or with the DNS"
                    + " server in KUMO_FLEET_DNS_SERVER (host or host:port) when set; each lookup may take"
                    + " KUMO_FLEET_DNS_TIMEOUT (default 5s), and KUMO_FLEET_DNS_CONCURRENCY (default 128) run at once.",
        })
public class ProviderSummaryCommand extends KcliCommand {

    private static final String NODE = "node";

    @Option(names = "--by-pool",
            description = "Add a POOL column and show one row per provider and egress pool (D, T and F added up"
                    + " over the pool's sources).")
    boolean byPool;

    @Option(names = "--show-domains",
            description = "Add a DOMAINS column: for rows whose PROVIDER is a site name (no provider rule matched),"
                    + " the domains that resolve to that site. Only domains with messages waiting in a scheduled"
                    + " queue right now can be listed: the routing domain, else the domain, of every scheduled queue"
                    + " is looked up. Domains that do not resolve are left out; the column appears when any resolved.")
    boolean showDomains;

    @Option(names = "--limit", paramLabel = "<LIMIT>", converter = RowLimitConverter.class,
            description = "Show at most LIMIT rows (the largest, as rows are ordered by volume).")
    Integer limit;

    @Inject
    KcliSites sites;

    @Inject
    ProviderSummaryCommand(Kcli kcli) {
        super(kcli);
    }

    @Override
    protected void run(KcliNode node) {
        ProviderGrouping grouping = byPool ? ProviderGrouping.BY_POOL : ProviderGrouping.BY_PROVIDER;
        ProviderSummary summary = new ProviderSummary(grouping, showDomains);
        node.metrics(summary.node(NODE).parser());
        Map<String, List<String>> domainsBySite = new HashMap<>();
        if (showDomains) {
            sites.sites(summary.scheduledDomains())
                    .forEach((domain, site) -> domainsBySite.computeIfAbsent(site, s -> new ArrayList<>()).add(domain));
        }
        out().print(ProviderSummaryTable.render(
                summary.rows(limit == null ? ProviderSummary.UNLIMITED : limit), grouping, domainsBySite));
    }
}
