package io.kumofleet.cli.kcli;

import picocli.CommandLine.Option;

/** Scheduled-queue criteria: domain, campaign and tenant; an omitted one matches anything. */
class CriteriaOptions {

    @Option(names = "--domain", paramLabel = "<DOMAIN>",
            description = "The domain name to match. If omitted, any domain matches!")
    String domain;

    @Option(names = "--campaign", paramLabel = "<CAMPAIGN>",
            description = "The campaign name to match. If omitted, any campaign matches!")
    String campaign;

    @Option(names = "--tenant", paramLabel = "<TENANT>",
            description = "The tenant name to match. If omitted, any tenant matches!")
    String tenant;

    /** Whether no criterion was given (kcli treats that as an error unless --everything is set). */
    boolean isEmpty() {
        return domain == null && campaign == null && tenant == null;
    }
}
