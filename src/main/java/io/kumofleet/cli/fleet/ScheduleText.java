package io.kumofleet.cli.fleet;

import com.fasterxml.jackson.databind.JsonNode;
import io.kumofleet.text.Column;
import java.io.PrintWriter;

/** A schedule for people: what it does, when, its next windows and (for show) its runs. */
final class ScheduleText {

    private ScheduleText() {}

    static void print(JsonNode s, PrintWriter out) {
        out.println("schedule " + s.path("id").asText() + " (" + s.path("state").asText() + "): " + s.path("kind").asText()
                + " " + Texts.criteria(s) + ", reason \"" + s.path("reason").asText() + "\", " + Texts.target(s.path("target")));
        out.println("when: " + when(s));
        JsonNode windows = s.path("next_windows");
        if (windows.isEmpty()) {
            out.println("no further windows");
        } else {
            FleetTable table = new FleetTable(Column.left("START (UTC)"), Column.left("END (UTC)"),
                    Column.left("START (" + s.path("zone").asText("zone") + ")"), Column.left("END"));
            windows.forEach(w -> table.row(w.path("start").asText(), w.path("end").asText(),
                    w.path("start_in_zone").asText(""), w.path("end_in_zone").asText("")));
            out.print(table.render());
        }
    }

    static String when(JsonNode s) {
        if (s.hasNonNull("cron")) {
            return "cron '" + s.get("cron").asText() + "' in " + s.path("zone").asText() + " for "
                    + s.path("duration").asText() + (s.hasNonNull("until") ? " until " + s.get("until").asText() : "");
        }
        return s.path("start").asText() + " to " + s.path("end").asText();
    }

    static void runs(JsonNode runs, PrintWriter out) {
        if (runs.isEmpty()) {
            out.println("no runs yet");
            return;
        }
        FleetTable table = new FleetTable(Column.left("WINDOW START"), Column.left("STATUS"), Column.left("FIRED AT"),
                Column.right("LATE"), Column.left("BY"), Column.left("DIRECTIVE"), Column.left("MESSAGE"));
        for (JsonNode r : runs) {
            table.row(r.path("window_start").asText(), r.path("status").asText(), r.path("fired_at").asText(""),
                    r.hasNonNull("lateness_ms") ? r.get("lateness_ms").asLong() + " ms" : "", r.path("fired_by").asText(""),
                    r.path("directive_id").asText(""), Texts.oneLine(r.path("message").asText("")));
        }
        out.print(table.render());
    }
}
