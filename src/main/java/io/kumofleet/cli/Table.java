package io.kumofleet.cli;

import java.util.ArrayList;
import java.util.List;

/**
 * kcli's table layout (the tabout crate): each column as wide as its widest cell in terminal
 * cells, one space between columns, left or right alignment, and every cell padded, so lines keep
 * their trailing spaces.
 */
final class Table {

    /** One column: its header and whether cells are right-aligned. */
    record Column(String name, boolean right) {
        static Column left(String name) {
            return new Column(name, false);
        }

        static Column right(String name) {
            return new Column(name, true);
        }
    }

    private final List<Column> columns;
    private final List<List<String>> rows = new ArrayList<>();

    Table(Column... columns) {
        this.columns = List.of(columns);
    }

    Table row(String... cells) {
        rows.add(List.of(cells));
        return this;
    }

    /** The header line and one line per row, each ending with a newline. */
    String render() {
        int[] widths = new int[columns.size()];
        for (int i = 0; i < widths.length; i++) {
            widths[i] = width(columns.get(i).name());
        }
        for (List<String> row : rows) {
            for (int i = 0; i < row.size(); i++) {
                widths[i] = Math.max(widths[i], width(row.get(i)));
            }
        }
        StringBuilder out = new StringBuilder();
        line(out, columns.stream().map(Column::name).toList(), widths);
        rows.forEach(row -> line(out, row, widths));
        return out.toString();
    }

    private void line(StringBuilder out, List<String> cells, int[] widths) {
        for (int i = 0; i < cells.size(); i++) {
            String cell = cells.get(i);
            String padding = " ".repeat(widths[i] - width(cell));
            out.append(i > 0 ? " " : "");
            out.append(columns.get(i).right() ? padding + cell : cell + padding);
        }
        out.append('\n');
    }

    /** Terminal cells: wide East Asian characters take two, combining marks none. */
    static int width(String text) {
        return text.codePoints().map(Table::cells).sum();
    }

    private static int cells(int c) {
        int type = Character.getType(c);
        if (c == 0x200b || type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
                || type == Character.FORMAT || (c < 0x20 || (c >= 0x7f && c < 0xa0))) {
            return 0;
        }
        boolean wide = (c >= 0x1100 && c <= 0x115f) || (c >= 0x2e80 && c <= 0xa4cf && c != 0x303f)
                || (c >= 0xac00 && c <= 0xd7a3) || (c >= 0xf900 && c <= 0xfaff) || (c >= 0xfe30 && c <= 0xfe4f)
                || (c >= 0xff00 && c <= 0xff60) || (c >= 0xffe0 && c <= 0xffe6)
                || (c >= 0x1f300 && c <= 0x1f64f) || (c >= 0x1f900 && c <= 0x1f9ff)
                || (c >= 0x20000 && c <= 0x3fffd);
        return wide ? 2 : 1;
    }
}
