package io.kumofleet.cli.fleet;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code fleet schedule}: timed and recurring directives. */
@Command(name = "schedule", mixinStandardHelpOptions = true,
        description = "Timed and recurring bounces and suspensions: one window (start and end) or a window every time"
                + " a cron expression fires (quiet hours). Each window fires exactly once, even with several gateways.",
        subcommands = {
            ScheduleCreateCommand.class,
            ScheduleListCommand.class,
            ScheduleShowCommand.class,
            ScheduleCancelCommand.class,
        })
class FleetScheduleCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "a schedule subcommand is required: create, list, show or cancel");
    }
}
