package io.kumofleet.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The top command: a drop-in kcli, the gateway ({@code serve}) and the simulator. */
@Command(
        name = "kumo-fleet",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Fleet gateway, kcli-compatible command line and simulator for KumoMTA.",
        subcommands = {ServeCommand.class, SimulateCommand.class})
public class KumoFleetCommand {

    /** Builds the command line with kcli's conventions: usage errors exit 2, failures exit 1. */
    public static CommandLine commandLine(CommandLine.IFactory factory) {
        return new CommandLine(KumoFleetCommand.class, factory)
                .setExitCodeExceptionMapper(e -> e instanceof CommandLine.ParameterException ? 2 : 1);
    }
}
