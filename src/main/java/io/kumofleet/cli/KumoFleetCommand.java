package io.kumofleet.cli;

import io.kumofleet.cli.fleet.FleetCommand;
import io.kumofleet.cli.fleet.GatewayError;
import io.kumofleet.cli.kcli.AbortReadyQConnCommand;
import io.kumofleet.cli.kcli.BounceCancelCommand;
import io.kumofleet.cli.kcli.BounceCommand;
import io.kumofleet.cli.kcli.BounceListCommand;
import io.kumofleet.cli.kcli.EndpointOption;
import io.kumofleet.cli.kcli.InspectMessageCommand;
import io.kumofleet.cli.kcli.InspectReadyQCommand;
import io.kumofleet.cli.kcli.InspectSchedQCommand;
import io.kumofleet.cli.kcli.ProviderSummaryCommand;
import io.kumofleet.cli.kcli.QueueSummaryCommand;
import io.kumofleet.cli.kcli.RebindCommand;
import io.kumofleet.cli.kcli.ResolveEgressPathCommand;
import io.kumofleet.cli.kcli.SetLogFilterCommand;
import io.kumofleet.cli.kcli.SpoolCompactCommand;
import io.kumofleet.cli.kcli.SuspendCancelCommand;
import io.kumofleet.cli.kcli.SuspendCommand;
import io.kumofleet.cli.kcli.SuspendListCommand;
import io.kumofleet.cli.kcli.SuspendReadyQCancelCommand;
import io.kumofleet.cli.kcli.SuspendReadyQCommand;
import io.kumofleet.cli.kcli.SuspendReadyQListCommand;
import io.kumofleet.cli.kcli.XferCancelCommand;
import io.kumofleet.cli.kcli.XferCommand;
import io.kumofleet.cli.kcli.format.KcliError;
import io.kumofleet.cli.kcli.trace.TraceSmtpClientCommand;
import io.kumofleet.cli.kcli.trace.TraceSmtpServerCommand;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;
import picocli.CommandLine;

/** The top command: a drop-in kcli, the gateway ({@code serve}) and the simulator. */
@Command(
        name = "kumo-fleet",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {
            "Fleet gateway, kcli-compatible command line and simulator for KumoMTA.",
            "",
            "The kcli subcommands talk to one KumoMTA node through its HTTP listener, exactly as KumoMTA's"
                    + " kcli does: same subcommands, options, output and exit codes (0 success, 1 failure,"
                    + " 2 usage error). The node is --endpoint, else the KUMO_KCLI_ENDPOINT environment"
                    + " variable, else http://127.0.0.1:8000 (KumoMTA's default listener). A user name and"
                    + " password in that URL are sent as HTTP Basic credentials.",
            "",
            "'fleet …' drives a kumo-fleet gateway (every node at once; see 'fleet --help'), 'serve' runs the"
                    + " gateway, 'simulate' runs simulated KumoMTA nodes, 'completion bash|zsh' prints a shell"
                    + " completion script.",
        },
        footer = {
            "",
            "kcli's 'top' (live dashboard) is not available yet; use queue-summary instead.",
            "Full KumoMTA documentation: https://docs.kumomta.com",
        })
public class KumoFleetCommand implements Runnable {

    /** The subcommands, in the order help lists them. */
    static final List<Class<?>> SUBCOMMANDS = List.of(
            ServeCommand.class,
            SimulateCommand.class,
            BounceCommand.class,
            BounceListCommand.class,
            BounceCancelCommand.class,
            RebindCommand.class,
            SpoolCompactCommand.class,
            SuspendCommand.class,
            SuspendListCommand.class,
            SuspendCancelCommand.class,
            SuspendReadyQCommand.class,
            SuspendReadyQListCommand.class,
            SuspendReadyQCancelCommand.class,
            SetLogFilterCommand.class,
            AbortReadyQConnCommand.class,
            InspectMessageCommand.class,
            InspectReadyQCommand.class,
            InspectSchedQCommand.class,
            ResolveEgressPathCommand.class,
            ProviderSummaryCommand.class,
            QueueSummaryCommand.class,
            TraceSmtpClientCommand.class,
            TraceSmtpServerCommand.class,
            XferCommand.class,
            XferCancelCommand.class,
            FleetCommand.class,
            CompletionCommand.class,
            CommandLine.HelpCommand.class);

    /** Top-level options that take a value, so the value is not taken for the subcommand's name. */
    private static final Set<String> OPTIONS_WITH_VALUE = Set.of(EndpointOption.NAME);

    /** The matched choices in picocli's "expected only one match" message: {@code ={--domain=a}}. */
    private static final Pattern CONFLICT = Pattern.compile("=\\{([^}]*)\\}");

    @Mixin
    EndpointOption endpoint;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "a subcommand is required");
    }

    /**
     * The first argument that is not an option (nor {@code --endpoint}'s value): the subcommand's name,
     * if any. {@code io.kumofleet.RunMode} decides the mode by it.
     */
    public static Optional<String> subcommandName(String... args) {
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (OPTIONS_WITH_VALUE.contains(arg)) {
                i++;
            } else if (!arg.startsWith("-")) {
                return Optional.of(arg);
            }
        }
        return Optional.empty();
    }

    /**
     * The command line for running {@code args}: with only the subcommand they name, when they name one.
     * Picocli builds the model of every registered subcommand up front, by reflection, which is a tenth
     * of a command's start; a run needs one. Help, completion scripts, usage errors that list or suggest
     * subcommands, and anything else get them all.
     */
    public static CommandLine commandLine(CommandLine.IFactory factory, String... args) {
        Optional<Class<?>> named = subcommandName(args).flatMap(name -> SUBCOMMANDS.stream()
                .filter(c -> c != CommandLine.HelpCommand.class && c != CompletionCommand.class)
                .filter(c -> names(c).contains(name)).findFirst());
        return named.map(c -> commandLine(factory, List.<Class<?>>of(c))).orElseGet(() -> commandLine(factory));
    }

    /** The command line with every subcommand. */
    public static CommandLine commandLine(CommandLine.IFactory factory) {
        return commandLine(factory, SUBCOMMANDS);
    }

    private static List<String> names(Class<?> subcommand) {
        Command command = subcommand.getAnnotation(Command.class);
        List<String> names = new ArrayList<>(List.of(command.aliases()));
        names.add(command.name());
        return names;
    }

    /**
     * Builds the command line with kcli's conventions: usage errors exit 2 with a short clap-like
     * message, failures exit 1 with {@code Error: …} on stderr, and output is UTF-8 whatever the locale.
     */
    private static CommandLine commandLine(CommandLine.IFactory factory, List<Class<?>> subcommands) {
        CommandLine commandLine = new CommandLine(KumoFleetCommand.class, factory);
        subcommands.forEach(commandLine::addSubcommand);
        return commandLine
                .setOut(utf8(System.out))
                .setErr(utf8(System.err))
                .setExitCodeExceptionMapper(e -> e instanceof ParameterException ? 2 : 1)
                .setParameterExceptionHandler(KumoFleetCommand::usageError)
                .setExecutionExceptionHandler((e, command, parsed) -> failure(e, command));
    }

    private static int usageError(ParameterException e, String[] args) {
        CommandLine command = e.getCommandLine();
        PrintWriter err = command.getErr();
        err.println("error: " + usageMessage(e.getMessage()));
        UnmatchedArgumentException.printSuggestions(e, err);
        err.println();
        CommandLine.Help help = command.getHelp();
        err.print(help.synopsisHeading() + help.synopsis(help.synopsisHeadingLength()));
        err.println();
        err.println("For more information, try '--help'.");
        err.flush();
        return 2;
    }

    /** Picocli's message, without its own "Error: " and with conflicting choices named plainly. */
    static String usageMessage(String message) {
        String text = message.startsWith("Error: ") ? message.substring("Error: ".length()) : message;
        Matcher conflict = CONFLICT.matcher(text);
        if (text.startsWith("expected only one match but got") && conflict.find()) {
            String first = conflict.group(1);
            if (conflict.find()) {
                return "the argument '" + first + "' cannot be used with '" + conflict.group(1) + "'";
            }
        }
        return text;
    }

    private static int failure(Exception e, CommandLine command) {
        PrintWriter err = command.getErr();
        if (e instanceof KcliError kcli) {
            err.println(kcli.report());
        } else if (e instanceof GatewayError gateway) {
            err.println("Error: " + gateway.getMessage());
        } else {
            err.println("Error: " + e);
        }
        err.flush();
        return 1;
    }

    private static PrintWriter utf8(PrintStream stream) {
        return new PrintWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), true);
    }
}
