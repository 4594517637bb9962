package io.kumofleet.cli.kcli;

import com.fasterxml.jackson.databind.JsonNode;
import io.kumofleet.cli.KumoFleetCommand;
import io.kumofleet.cli.kcli.Kcli;
import io.kumofleet.cli.kcli.format.PrettyJson;
import jakarta.inject.Inject;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * A kcli subcommand: it talks to the endpoint named on the top command and writes to picocli's
 * streams (data on stdout, notes on stderr). Failures are {@link KcliError}s, printed by
 * {@link KumoFleetCommand}'s handler with exit code 1.
 */
public abstract class KcliCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @ParentCommand
    KumoFleetCommand top;

    @Inject
    public Kcli kcli;

    @Override
    public Integer call() {
        try (KcliNode node = kcli.connect(top.endpoint())) {
            run(node);
        } finally {
            out().flush();
            err().flush();
        }
        return 0;
    }

    /** Does the work; the URL has been checked already, as kcli parses it before running anything. */
    protected abstract void run(KcliNode node);

    protected PrintWriter out() {
        return spec.commandLine().getOut();
    }

    protected PrintWriter err() {
        return spec.commandLine().getErr();
    }

    /** Prints a wire record as kcli prints its typed answer: {@code serde_json::to_string_pretty}. */
    protected void printJson(Object value) {
        printJson(tree(value));
    }

    protected void printJson(JsonNode value) {
        out().println(PrettyJson.pretty(value));
    }

    /** A wire record as a JSON tree, with the snake_case names kumod uses. */
    protected JsonNode tree(Object value) {
        return kcli.mapper().valueToTree(value);
    }

    /** A text answer as kcli prints it: the text, or {@code OK} when the node said nothing. */
    protected void printText(String answer) {
        out().println(answer.isEmpty() ? "OK" : answer);
    }
}
