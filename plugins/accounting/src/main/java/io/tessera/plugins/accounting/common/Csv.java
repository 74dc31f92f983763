package io.tessera.plugins.accounting.common;

import io.tessera.sdk.web.CsvCell;
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * RFC 4180 CSV for report exports, cell by cell with the platform's rule ({@link CsvCell}): text cells a spreadsheet
 * would run as formulas get a leading apostrophe; numbers are written as they are.
 */
public final class Csv {

    private Csv() {
    }

    /**
     * A CSV download.
     *
     * @param filename the suggested file name
     * @param header   column names
     * @param rows     rows; values are written with {@code String.valueOf}, {@code null} as empty
     * @return the response
     */
    public static ResponseEntity<String> of(String filename, List<String> header, List<List<Object>> rows) {
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + filename + "\"")
                .contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
                .body(text(header, rows));
    }

    /**
     * CSV text (CRLF line ends), for downloads from the views.
     *
     * @param header column names
     * @param rows   rows; values are written with {@code String.valueOf}, {@code null} as empty
     * @return the text
     */
    public static String text(List<String> header, List<List<Object>> rows) {
        StringBuilder out = new StringBuilder();
        line(out, List.copyOf(header));
        rows.forEach(row -> line(out, row));
        return out.toString();
    }

    private static void line(StringBuilder out, List<?> values) {
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            Object v = values.get(i);
            String s = v == null ? null : v instanceof java.math.BigDecimal d ? d.toPlainString() : String.valueOf(v);
            out.append(CsvCell.of(s, !(v instanceof Number)));
        }
        out.append("\r\n");
    }
}
