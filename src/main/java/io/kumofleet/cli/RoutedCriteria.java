package io.kumofleet.cli;

import picocli.CommandLine.Option;

/** {@link Criteria} plus the routing domain, as bounce, rebind and xfer take them. */
class RoutedCriteria extends Criteria {

    @Option(names = "--routing-domain", paramLabel = "<ROUTING_DOMAIN>",
            description = "The routing_domain name to match. If omitted, any routing domain matches!")
    String routingDomain;

    @Override
    boolean isEmpty() {
        return super.isEmpty() && routingDomain == null;
    }
}
