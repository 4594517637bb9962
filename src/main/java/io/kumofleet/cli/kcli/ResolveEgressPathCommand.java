package io.kumofleet.cli.kcli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.kumofleet.cli.kcli.format.EgressText;
import io.kumofleet.cli.kcli.format.KcliJson;
import io.kumofleet.cli.kcli.format.Toml;
import io.kumofleet.kumo.wire.ResolveEgressPathV1Response;
import jakarta.inject.Inject;
import java.util.Optional;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code resolve-egress-path}: the egress path configuration the node's policy gives a domain and source. */
@Command(name = "resolve-egress-path", mixinStandardHelpOptions = true,
        description = {
            "Resolves the effective egress path configuration and throughput ceilings for a destination domain"
                    + " and egress source, on the live node.",
            "",
            "Runs the same get_queue_config and get_egress_path_config callbacks as delivery would, does the MX"
                    + " lookup and reports the ready queue name, the configuration (as TOML) and the ceilings it"
                    + " implies. Use --json for the whole answer, or --config / --constraints for one section.",
        })
public class ResolveEgressPathCommand extends KcliCommand {

    @Parameters(index = "0", paramLabel = "<DOMAIN>", description = "The destination domain to resolve.")
    String domain;

    @Parameters(index = "1", arity = "0..1", paramLabel = "<SOURCE>",
            description = "The egress source name (the node uses 'unspecified' when omitted).")
    String source;

    @ArgGroup(exclusive = true, multiplicity = "0..1")
    Section section;

    /** At most one of the alternative outputs. */
    static final class Section {
        @Option(names = "--config", required = true, description = "Print only the egress path config, as TOML.")
        boolean config;

        @Option(names = "--constraints", required = true, description = "Print only the ceilings block.")
        boolean constraints;

        @Option(names = "--json", required = true, description = "Print the whole answer as pretty JSON.")
        boolean json;
    }

    @Inject
    ResolveEgressPathCommand(Kcli kcli) {
        super(kcli);
    }

    @Override
    protected void run(KcliNode node) {
        String target = KcliNode.target("/api/admin/resolve-egress-path/v1", "domain", domain, "source", source);
        ResolveEgressPathV1Response path = node.call(target,
                client -> client.resolveEgressPath(domain, Optional.ofNullable(source)));
        if (section != null && section.json) {
            ObjectNode json = (ObjectNode) tree(path);
            KcliJson.mxPreferences(json.path("mx"));
            KcliJson.sortedValue(json, "queue_config");
            printJson(json);
        } else if (section != null && section.config) {
            out().print(Toml.render(path.pathConfig()));
        } else if (section != null && section.constraints) {
            out().print(EgressText.ceilings(path.constraints()));
        } else {
            out().print(text(path));
        }
    }

    private static String text(ResolveEgressPathV1Response path) {
        return "domain: " + path.domain() + "\n"
                + "source: " + path.source() + "\n"
                + "queue:  " + path.queueName() + "\n\n"
                + (path.mx() == null ? "mx: <not resolved>\n" : EgressText.mx(path.mx()))
                + "\n--- egress path config ---\n\n"
                + Toml.render(path.pathConfig()) + "\n"
                + "--- effective ceilings ---\n\n"
                + EgressText.ceilings(path.constraints());
    }
}
