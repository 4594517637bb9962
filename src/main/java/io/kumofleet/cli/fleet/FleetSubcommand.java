package io.kumofleet.cli.fleet;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import java.util.function.Function;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * A {@code fleet} subcommand: one or a few gateway calls, tables on stdout (or the gateway's JSON
 * with {@code --json}), notes and progress on stderr, and an exit code from the per-node outcomes.
 */
abstract class FleetSubcommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--json", description = "Print the gateway's JSON answer instead of tables (same exit codes).")
    boolean json;

    private FleetCommand fleet;
    private GatewayClient client;

    @Override
    public Integer call() {
        try {
            return run();
        } finally {
            out().flush();
            err().flush();
        }
    }

    /** Does the work and returns the exit code ({@link ExitCode}). */
    abstract int run();

    /** Calls the gateway, showing progress on a terminal's stderr if the answer takes over a second. */
    JsonNode call(Function<GatewayClient, JsonNode> request) {
        boolean terminal = fleet().environment().stderrIsTerminal();
        String what = spec.qualifiedName(" ").substring(spec.root().name().length() + 1);
        try (Progress progress = Progress.start(err(), what, terminal)) {
            return request.apply(client());
        }
    }

    GatewayClient client() {
        if (client == null) {
            client = fleet().client(spec.commandLine());
        }
        return client;
    }

    /** Prints the answer as pretty JSON, for --json. */
    void printJson(JsonNode answer) {
        try {
            out().println(fleet().json().writerWithDefaultPrettyPrinter().writeValueAsString(answer));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree could not be written", e);
        }
    }

    PrintWriter out() {
        return spec.commandLine().getOut();
    }

    PrintWriter err() {
        return spec.commandLine().getErr();
    }

    private FleetCommand fleet() {
        if (fleet == null) {
            for (CommandSpec s = spec; s != null; s = s.parent()) {
                if (s.userObject() instanceof FleetCommand f) {
                    fleet = f;
                    break;
                }
            }
        }
        if (fleet == null) {
            throw new IllegalStateException(spec.qualifiedName() + " is not under the fleet command");
        }
        return fleet;
    }

    CommandLine commandLine() {
        return spec.commandLine();
    }
}
