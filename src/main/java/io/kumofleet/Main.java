package io.kumofleet;

import io.kumofleet.cli.KumoFleetCommand;
import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.QuarkusApplication;
import io.quarkus.runtime.annotations.QuarkusMain;
import jakarta.inject.Inject;
import picocli.CommandLine;

/**
 * The single entry point: {@code serve} runs the gateway; every other subcommand runs in command
 * mode, which must not bind a port, open the database or start the scheduler.
 */
@QuarkusMain
public class Main implements QuarkusApplication {

    private final CommandLine.IFactory factory;

    @Inject
    public Main(CommandLine.IFactory factory) {
        this.factory = factory;
    }

    public static void main(String... args) {
        RunMode.of(args).applyBeforeStart();
        Quarkus.run(Main.class, args);
    }

    @Override
    public int run(String... args) {
        return KumoFleetCommand.commandLine(factory, args).execute(args);
    }
}
