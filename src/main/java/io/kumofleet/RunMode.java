package io.kumofleet;

import io.kumofleet.cli.KumoFleetCommand;

/**
 * Which way the jar runs, decided from the arguments before Quarkus starts: the configuration
 * profile chosen here is what keeps command mode from binding ports or opening the database.
 */
public enum RunMode {
    /** {@code serve}: the gateway, with its HTTP listener, database and scheduler. */
    GATEWAY,
    /** Everything else: kcli commands, {@code fleet …}, {@code simulate}, help and version. */
    COMMAND;

    static RunMode of(String... args) {
        return KumoFleetCommand.subcommandName(args).filter("serve"::equals).isPresent() ? GATEWAY : COMMAND;
    }

    void applyBeforeStart() {
        if (this == COMMAND && System.getProperty("quarkus.profile") == null) {
            System.setProperty("quarkus.profile", "cli");
        }
    }
}
