package io.kumofleet.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Renders a table the way kcli's {@code tabout} 0.3 crate does ({@code tabulate_output}): a header
 * row of column names, then one line per row; each column is as wide as its widest cell (in
 * terminal cells, {@link DisplayWidth}), cells are padded to that width per their alignment (the
 * last column too, so lines can end in spaces) and separated by one space; every line ends in
 * {@code \n}. As in tabout, a row with more cells than columns gets left-aligned unnamed columns
 * (the header stops at the named ones), and a shorter row simply ends early.
 *
 * <p>No Java table library renders exactly this (they add borders, trim the last column or size
 * by {@code String.length()}), hence this small one.
 */
public final class TextTable {

    private TextTable() {}

    /** The table as text. */
    public static String render(List<Column> columns, List<? extends List<String>> rows) {
        StringBuilder out = new StringBuilder();
        render(columns, rows, out);
        return out.toString();
    }

    /** Appends the table to {@code out}. */
    public static void render(List<Column> columns, List<? extends List<String>> rows, StringBuilder out) {
        List<Integer> widths = new ArrayList<>(columns.size());
        for (Column column : columns) {
            widths.add(DisplayWidth.of(column.name()));
        }
        for (List<String> row : rows) {
            for (int i = 0; i < row.size(); i++) {
                int width = DisplayWidth.of(row.get(i));
                if (i < widths.size()) {
                    widths.set(i, Math.max(widths.get(i), width));
                } else {
                    widths.add(width);
                }
            }
        }
        for (int i = 0; i < columns.size(); i++) {
            if (i > 0) {
                out.append(' ');
            }
            cell(columns.get(i).name(), widths.get(i), columns.get(i).alignment(), out);
        }
        out.append('\n');
        for (List<String> row : rows) {
            for (int i = 0; i < row.size(); i++) {
                if (i > 0) {
                    out.append(' ');
                }
                Alignment alignment = i < columns.size() ? columns.get(i).alignment() : Alignment.LEFT;
                cell(row.get(i), widths.get(i), alignment, out);
            }
            out.append('\n');
        }
    }

    private static void cell(String text, int width, Alignment alignment, StringBuilder out) {
        int pad = width - DisplayWidth.of(text);
        int left;
        switch (alignment) {
            case RIGHT:
                left = pad;
                break;
            case CENTER:
                left = pad / 2;
                break;
            default:
                left = 0;
                break;
        }
        out.append(" ".repeat(left)).append(text).append(" ".repeat(pad - left));
    }
}
