package io.kumofleet.cli.kcli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.kumofleet.cli.kcli.format.KcliError;
import io.kumofleet.cli.kcli.format.PrettyJson;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * A kcli subcommand: it talks to the endpoint named on the top command ({@link EndpointOption}) and
 * writes to picocli's streams (data on stdout, notes on stderr). Failures are {@link KcliError}s,
 * printed by the top command's handler with exit code 1.
 */
public abstract class KcliCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    private final Kcli kcli;

    protected KcliCommand(Kcli kcli) {
        this.kcli = kcli;
    }

    @Override
    public Integer call() {
        try (KcliNode node = kcli.connect(EndpointOption.above(spec))) {
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

    /** The JSON mapper kumod's wire records are read and written with. */
    protected ObjectMapper mapper() {
        return kcli.mapper();
    }

    protected Environment environment() {
        return kcli.environment();
    }

    /** A wire record as a JSON tree, with the snake_case names kumod uses. */
    protected JsonNode tree(Object value) {
        return mapper().valueToTree(value);
    }

    /** A text answer as kcli prints it: the text, or {@code OK} when the node said nothing. */
    protected void printText(String answer) {
        out().println(answer.isEmpty() ? "OK" : answer);
    }
}
