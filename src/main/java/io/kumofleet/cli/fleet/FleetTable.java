package io.kumofleet.cli.fleet;

import io.kumofleet.text.Column;
import io.kumofleet.text.TextTable;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** A table for people: kcli's layout ({@link TextTable}) without the trailing padding. */
final class FleetTable {

    private final List<Column> columns;
    private final List<List<String>> rows = new ArrayList<>();

    FleetTable(Column... columns) {
        this.columns = List.of(columns);
    }

    FleetTable row(String... cells) {
        List<String> row = new ArrayList<>(cells.length);
        for (String cell : cells) {
            row.add(cell == null ? "" : cell);
        }
        rows.add(row);
        return this;
    }

    boolean isEmpty() {
        return rows.isEmpty();
    }

    String render() {
        return TextTable.render(columns, rows).lines().map(String::stripTrailing)
                .collect(Collectors.joining("\n", "", "\n"));
    }
}
