package io.tessera.plugins.catalog.common;

import java.util.ArrayList;
import java.util.List;

/** Reads RFC 4180 CSV: quoted fields with doubled quotes, commas and line breaks inside quotes, CRLF or LF, a BOM. */
public final class CsvTable {

    private CsvTable() {
    }

    /**
     * The rows of a CSV text; blank lines are left out.
     *
     * @param text the CSV
     * @return its rows, each a list of cells
     * @throws IllegalArgumentException when a quoted field is not closed or a quote stands inside an unquoted field
     */
    public static List<List<String>> parse(String text) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        boolean wasQuoted = false;
        int i = text.startsWith("\uFEFF") ? 1 : 0;
        int line = 1;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    cell.append('"');
                    i += 2;
                    continue;
                }
                if (c == '"') {
                    quoted = false;
                } else {
                    if (c == '\n') {
                        line++;
                    }
                    cell.append(c);
                }
                i++;
                continue;
            }
            switch (c) {
                case '"' -> {
                    if (!cell.isEmpty() || wasQuoted) {
                        throw new IllegalArgumentException("line " + line + ": a quote inside an unquoted field");
                    }
                    quoted = true;
                    wasQuoted = true;
                }
                case ',' -> {
                    row.add(cell.toString());
                    cell.setLength(0);
                    wasQuoted = false;
                }
                case '\r' -> {
                    // part of CRLF, or a lone CR: the line ends at the LF or here
                }
                case '\n' -> {
                    endRow(rows, row, cell);
                    row = new ArrayList<>();
                    wasQuoted = false;
                    line++;
                }
                default -> cell.append(c);
            }
            i++;
        }
        if (quoted) {
            throw new IllegalArgumentException("line " + line + ": a quoted field is not closed");
        }
        endRow(rows, row, cell);
        return rows;
    }

    private static void endRow(List<List<String>> rows, List<String> row, StringBuilder cell) {
        row.add(cell.toString());
        cell.setLength(0);
        if (!(row.size() == 1 && row.getFirst().isBlank())) {
            rows.add(row);
        }
    }
}
