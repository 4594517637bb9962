package io.kumofleet.cli.fleet;

import com.fasterxml.jackson.databind.JsonNode;
import io.kumofleet.text.Column;

/** Per-node outcomes of a change ({@code outcomes} in the gateway's answers): a table and an exit code. */
final class NodeResults {

    private NodeResults() {}

    /** NODE RESULT [RULE] MESSAGE; the RULE column only when some node has a rule id (log filters have none). */
    static String table(JsonNode outcomes) {
        boolean rules = outcomes.findValue("rule_id") != null;
        FleetTable table = rules
                ? new FleetTable(Column.left("NODE"), Column.left("RESULT"), Column.left("RULE"), Column.left("MESSAGE"))
                : new FleetTable(Column.left("NODE"), Column.left("RESULT"), Column.left("MESSAGE"));
        for (JsonNode o : outcomes) {
            String status = o.hasNonNull("status") ? "HTTP " + o.get("status").asInt() + ": " : "";
            String message = status + Texts.oneLine(o.path("message").asText(""));
            if (rules) {
                table.row(o.path("node").asText(), o.path("result").asText(), o.path("rule_id").asText(""), message);
            } else {
                table.row(o.path("node").asText(), o.path("result").asText(), message);
            }
        }
        return table.render();
    }

    static int succeeded(JsonNode outcomes) {
        int n = 0;
        for (JsonNode o : outcomes) {
            // Every result but "failed" leaves the node as asked (applied, set, cancelled, already_gone, …).
            n += "failed".equals(o.path("result").asText()) ? 0 : 1;
        }
        return n;
    }

    static int exitCode(JsonNode outcomes) {
        return ExitCode.of(succeeded(outcomes), outcomes.size());
    }

    /** "2 of 3 nodes applied it." style note for stderr, or null when every node succeeded. */
    static String shortfall(JsonNode outcomes, String retryNote) {
        int ok = succeeded(outcomes);
        if (ok == outcomes.size()) {
            return null;
        }
        return (outcomes.size() - ok) + " of " + outcomes.size() + " nodes failed" + (retryNote.isEmpty() ? "." : "; " + retryNote);
    }
}
