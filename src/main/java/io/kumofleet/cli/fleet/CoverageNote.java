package io.kumofleet.cli.fleet;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;

/** A summary's {@code coverage}: the note on stderr and the exit code (3 when some nodes are missing). */
final class CoverageNote {

    private CoverageNote() {}

    static void note(JsonNode coverage, PrintWriter err) {
        err.println(coverage.path("nodes_reporting").asInt() + " of " + coverage.path("nodes_total").asInt()
                + " nodes reporting");
        for (JsonNode failed : coverage.path("failed")) {
            err.println("not counted: " + failed.path("node").asText() + " (" + failed.path("kind").asText() + "): "
                    + Texts.oneLine(failed.path("reason").asText("")));
        }
    }

    static int exitCode(JsonNode coverage) {
        return ExitCode.of(coverage.path("nodes_reporting").asInt(), coverage.path("nodes_total").asInt());
    }
}
