package io.kumofleet.cli.kcli;

import picocli.CommandLine.Option;

/** {@link CriteriaOptions} plus the routing domain, as bounce, rebind and xfer take them. */
class RoutedCriteriaOptions extends CriteriaOptions {

    @Option(names = "--routing-domain", paramLabel = "<ROUTING_DOMAIN>",
            description = "The routing_domain name to match. If omitted, any routing domain matches!")
    String routingDomain;

    @Override
    boolean isEmpty() {
        return super.isEmpty() && routingDomain == null;
    }
}
