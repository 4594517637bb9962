package io.kumofleet.cli.kcli.format;

import io.kumofleet.kumod.ReadyQueueColumns;
import io.kumofleet.metrics.ReadyCounts;
import io.kumofleet.metrics.ReadyQueueRow;
import io.kumofleet.metrics.ScheduledQueueRow;
import io.kumofleet.text.Column;
import io.kumofleet.text.TextTable;
import io.kumofleet.text.Thousands;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * kcli's queue-summary output: the ready-queue table ({@code SITE SOURCE PROTO D T C Q} and an
 * unnamed status column), a blank line, and the scheduled-queue table ({@code SCHEDULED QUEUE COUNT}
 * and an unnamed status column).
 */
public final class QueueSummaryTable {

    private static final List<Column> READY = List.of(Column.left("SITE"), Column.left("SOURCE"),
            Column.left("PROTO"), Column.right("D"), Column.right("T"), Column.right("C"), Column.right("Q"),
            Column.left(""));
    private static final List<Column> SCHEDULED = List.of(Column.left("SCHEDULED QUEUE"), Column.right("COUNT"),
            Column.left(""));

    private QueueSummaryTable() {}

    /**
     * Both tables as kcli prints them; {@code readyStatus} gives a ready row's status entries
     * (joined with {@code ", "}) and {@code scheduledStatus} a scheduled row's status text.
     */
    public static String render(List<ReadyQueueRow> ready, Function<ReadyQueueRow, List<String>> readyStatus,
            List<ScheduledQueueRow> scheduled, Function<ScheduledQueueRow, String> scheduledStatus) {
        StringBuilder out = new StringBuilder();
        TextTable.render(READY, readyLines(ready, readyStatus), out);
        out.append('\n');
        TextTable.render(SCHEDULED, scheduledLines(scheduled, scheduledStatus), out);
        return out.toString();
    }

    /** Both tables with empty status columns. */
    public static String render(List<ReadyQueueRow> ready, List<ScheduledQueueRow> scheduled) {
        return render(ready, row -> List.of(), scheduled, row -> "");
    }

    private static List<List<String>> readyLines(List<ReadyQueueRow> rows,
            Function<ReadyQueueRow, List<String>> status) {
        List<List<String>> lines = new ArrayList<>(rows.size());
        for (ReadyQueueRow row : rows) {
            ReadyQueueColumns c = row.columns();
            ReadyCounts n = row.total();
            lines.add(List.of(c.site(), orEmpty(c.source()), orEmpty(c.protocol()), Thousands.format(n.delivered()),
                    Thousands.format(n.transfail()), Thousands.format(n.connections()), Thousands.format(n.ready()),
                    String.join(", ", status.apply(row))));
        }
        return lines;
    }

    private static List<List<String>> scheduledLines(List<ScheduledQueueRow> rows,
            Function<ScheduledQueueRow, String> status) {
        List<List<String>> lines = new ArrayList<>(rows.size());
        for (ScheduledQueueRow row : rows) {
            lines.add(List.of(row.name(), Thousands.format(row.count()), status.apply(row)));
        }
        return lines;
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }
}
