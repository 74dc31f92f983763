package io.tessera.kernel.web;

import java.util.ArrayList;
import java.util.List;

/** RFC 4180 CSV: reading (quoted fields, doubled quotes, line breaks inside quotes) and writing one cell. */
public final class Csv {

    private Csv() {
    }

    /**
     * Parses CSV text into rows of cells. A byte-order mark and a trailing line break are ignored; blank lines
     * are dropped.
     *
     * @param text the CSV text
     * @return the rows
     * @throws IllegalArgumentException for a quoted field that never ends
     */
    public static List<List<String>> parse(String text) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        int start = !text.isEmpty() && text.charAt(0) == '\uFEFF' ? 1 : 0;
        for (int i = start; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                row.add(cell.toString());
                cell.setLength(0);
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                endRow(rows, row, cell);
                row = new ArrayList<>();
            } else {
                cell.append(c);
            }
        }
        if (quoted) {
            throw new IllegalArgumentException("The CSV ends inside a quoted field");
        }
        endRow(rows, row, cell);
        return rows;
    }

    private static void endRow(List<List<String>> rows, List<String> row, StringBuilder cell) {
        row.add(cell.toString());
        cell.setLength(0);
        if (!(row.size() == 1 && row.getFirst().isEmpty())) {
            rows.add(row);
        }
    }

    /**
     * One cell, quoted when needed; text that a spreadsheet would run as a formula ({@code = + - @}, tab, CR)
     * is prefixed with an apostrophe.
     *
     * @param value the value, or {@code null} for an empty cell
     * @param text  whether the value is text (numbers are written as they are)
     * @return the cell
     */
    public static String cell(String value, boolean text) {
        return io.tessera.sdk.web.CsvCell.of(value, text);
    }
}
