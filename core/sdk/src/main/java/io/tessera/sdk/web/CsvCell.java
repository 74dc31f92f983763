package io.tessera.sdk.web;

/**
 * One RFC 4180 CSV cell as every Tessera export writes it: the API's {@code text/csv} lists and the views'
 * "Export CSV" downloads. A value with a comma, quote or line break is quoted (quotes doubled); text that a
 * spreadsheet would run as a formula (starting with {@code = + - @}, tab or CR) is prefixed with an apostrophe.
 */
public final class CsvCell {

    private CsvCell() {
    }

    /**
     * One cell.
     *
     * @param value the value, or {@code null} for an empty cell
     * @param text  whether the value is text (numbers are written as they are, a minus sign included)
     * @return the cell
     */
    public static String of(String value, boolean text) {
        if (value == null) {
            return "";
        }
        String v = value;
        if (text && !v.isEmpty() && "=+-@\t\r".indexOf(v.charAt(0)) >= 0) {
            v = "'" + v;
        }
        if (v.indexOf(',') >= 0 || v.indexOf('"') >= 0 || v.indexOf('\n') >= 0 || v.indexOf('\r') >= 0) {
            return '"' + v.replace("\"", "\"\"") + '"';
        }
        return v;
    }
}
