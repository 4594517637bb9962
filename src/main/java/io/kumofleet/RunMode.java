package io.kumofleet;

import java.util.Set;

/**
 * Which way the jar runs, decided from the arguments before Quarkus starts: the configuration
 * profile chosen here is what keeps command mode from binding ports or opening the database.
 */
public enum RunMode {
    /** {@code serve}: the gateway, with its HTTP listener, database and scheduler. */
    GATEWAY,
    /** Everything else: kcli commands, {@code fleet …}, {@code simulate}, help and version. */
    COMMAND;

    /** Top-level options that take a value, so the value is not taken for the subcommand. */
    private static final Set<String> OPTIONS_WITH_VALUE = Set.of("--endpoint");

    static RunMode of(String... args) {
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (OPTIONS_WITH_VALUE.contains(arg)) {
                i++;
            } else if (!arg.startsWith("-")) {
                return arg.equals("serve") ? GATEWAY : COMMAND;
            }
        }
        return COMMAND;
    }

    void applyBeforeStart() {
        if (this == COMMAND && System.getProperty("quarkus.profile") == null) {
            System.setProperty("quarkus.profile", "cli");
        }
    }
}
