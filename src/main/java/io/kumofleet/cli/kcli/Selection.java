package io.kumofleet.cli.kcli;

import java.util.List;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Option;

/**
 * kcli's required "selection" group for bounce, suspend and xfer: some criteria, or exact
 * scheduled queue names, or everything; the three cannot be mixed.
 */
public abstract class Selection {

    @Option(names = "--queue", required = true, paramLabel = "<QUEUE>",
            description = "An exact scheduled queue name to match, e.g. campaign:tenant@example.com."
                    + " Repeat it for several queues. Cannot be combined with the criteria options.")
    List<String> queues;

    @Option(names = "--everything", required = true,
            description = "Match every queue. Needed on purpose: without criteria nothing is selected.")
    boolean everything;

    /** Whether --everything was chosen. */
    public boolean everything() {
        return everything;
    }

    /** The criteria given, if that is the choice made. */
    abstract CriteriaOptions criteria();

    /** The queue names for the request; null (left out, as kcli does) when none. */
    public List<String> queueNames() {
        return queues == null || queues.isEmpty() ? null : queues;
    }

    public String domain() {
        return criteria() == null ? null : criteria().domain;
    }

    public String campaign() {
        return criteria() == null ? null : criteria().campaign;
    }

    public String tenant() {
        return criteria() == null ? null : criteria().tenant;
    }

    /** bounce and xfer: criteria include the routing domain. */
    public static final class Routed extends Selection {
        @ArgGroup(exclusive = false, multiplicity = "1")
        RoutedCriteriaOptions criteria;

        @Override
        CriteriaOptions criteria() {
            return criteria;
        }

        public String routingDomain() {
            return criteria == null ? null : criteria.routingDomain;
        }
    }

    /** suspend: kumod's suspension has no routing domain. */
    public static final class Scheduled extends Selection {
        @ArgGroup(exclusive = false, multiplicity = "1")
        CriteriaOptions criteria;

        @Override
        CriteriaOptions criteria() {
            return criteria;
        }
    }
}
