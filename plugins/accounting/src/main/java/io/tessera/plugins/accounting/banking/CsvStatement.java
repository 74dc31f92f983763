package io.tessera.plugins.accounting.banking;

import io.tessera.sdk.web.ApiProblem;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads a bank statement exported as CSV (RFC 4180: quoted fields, doubled quotes, CRLF or LF; comma or semicolon
 * separated, detected from the header), with the columns named by {@code map.<field>=<header>} like the party import:
 * {@code date} and {@code amount} required, {@code reference}, {@code counterparty} and {@code id} (the bank's transaction
 * id) optional. Dates are ISO ({@code 2026-03-31}), {@code dd.MM.yyyy} or {@code MM/dd/yyyy}; amounts are signed, with a
 * decimal point or (with {@code ;} as separator) a decimal comma. Every bad cell is named in one 422
 * ({@code rows[3].amount}, 1-based data rows).
 */
final class CsvStatement {

    static final Set<String> FIELDS = Set.of("date", "amount", "reference", "counterparty", "id");
    private static final DateTimeFormatter DOTTED = DateTimeFormatter.ofPattern("dd.MM.uuuu").withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter US = DateTimeFormatter.ofPattern("MM/dd/uuuu").withResolverStyle(ResolverStyle.STRICT);
    private static final int MAX_ERRORS = 50;

    private CsvStatement() {
    }

    static ParsedStatement parse(String text, Map<String, String> mapping) {
        List<ApiProblem.FieldError> errors = new ArrayList<>();
        mapping.keySet().stream().filter(k -> !FIELDS.contains(k)).sorted()
                .forEach(k -> errors.add(new ApiProblem.FieldError("map." + k, "is not a statement field (date, amount, reference, counterparty, id)")));
        for (String required : List.of("date", "amount")) {
            if (!mapping.containsKey(required)) {
                errors.add(new ApiProblem.FieldError("map." + required, "is required: the column header of the " + required));
            }
        }
        if (!errors.isEmpty()) {
            throw new ApiProblem(422, "The column mapping is incomplete", errors);
        }
        String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
        int firstLineEnd = body.indexOf('\n');
        String headerLine = firstLineEnd < 0 ? body : body.substring(0, firstLineEnd);
        char separator = headerLine.chars().filter(c -> c == ';').count() > headerLine.chars().filter(c -> c == ',').count() ? ';' : ',';
        List<List<String>> rows = rows(body, separator);
        if (rows.isEmpty()) {
            throw ApiProblem.invalid("body", "is empty: a header row and at least one data row are needed");
        }
        List<String> header = rows.getFirst().stream().map(String::strip).toList();
        int[] column = new int[5];
        String[] fields = {"date", "amount", "reference", "counterparty", "id"};
        for (int f = 0; f < fields.length; f++) {
            String wanted = mapping.get(fields[f]);
            column[f] = wanted == null ? -1 : header.indexOf(wanted.strip());
            if (wanted != null && column[f] < 0) {
                errors.add(new ApiProblem.FieldError("map." + fields[f], "names no column of the header: " + wanted));
            }
        }
        if (!errors.isEmpty()) {
            throw new ApiProblem(422, "The column mapping does not match the file", errors);
        }
        List<ParsedStatement.Line> lines = new ArrayList<>();
        for (int r = 1; r < rows.size(); r++) {
            List<String> row = rows.get(r);
            if (row.size() == 1 && row.getFirst().isBlank()) {
                continue;
            }
            String field = "rows[" + r + "]";
            LocalDate date = date(cell(row, column[0]), field + ".date", errors);
            BigDecimal amount = amount(cell(row, column[1]), separator, field + ".amount", errors);
            if (errors.size() >= MAX_ERRORS) {
                break;
            }
            lines.add(new ParsedStatement.Line(date, amount, null, blankToNull(cell(row, column[2])),
                    blankToNull(cell(row, column[3])), blankToNull(cell(row, column[4]))));
        }
        if (!errors.isEmpty()) {
            throw new ApiProblem(422, "The file has invalid rows; nothing was imported", errors);
        }
        return new ParsedStatement(null, null, null, null, null, null, lines);
    }

    private static String cell(List<String> row, int index) {
        return index < 0 || index >= row.size() ? null : row.get(index).strip();
    }

    private static String blankToNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }

    private static LocalDate date(String value, String field, List<ApiProblem.FieldError> errors) {
        if (value == null || value.isEmpty()) {
            errors.add(new ApiProblem.FieldError(field, "is required"));
            return null;
        }
        for (DateTimeFormatter f : List.of(DateTimeFormatter.ISO_LOCAL_DATE, DOTTED, US)) {
            try {
                return LocalDate.parse(value, f);
            } catch (DateTimeParseException e) {
                // try the next accepted form
            }
        }
        errors.add(new ApiProblem.FieldError(field, "is not a date (2026-03-31, 31.03.2026 or 03/31/2026): " + value));
        return null;
    }

    private static BigDecimal amount(String value, char separator, String field, List<ApiProblem.FieldError> errors) {
        if (value == null || value.isEmpty()) {
            errors.add(new ApiProblem.FieldError(field, "is required"));
            return null;
        }
        String v = value.replace(" ", "").replace("\u00a0", "");
        if (separator == ';') {
            v = v.replace(".", "").replace(',', '.');
        }
        try {
            BigDecimal amount = new BigDecimal(v);
            if (amount.signum() == 0) {
                errors.add(new ApiProblem.FieldError(field, "must not be zero"));
            }
            return amount;
        } catch (NumberFormatException e) {
            errors.add(new ApiProblem.FieldError(field, "is not a number: " + value));
            return null;
        }
    }

    /** RFC 4180 rows: quoted fields may hold separators, quotes (doubled) and line breaks. */
    static List<List<String>> rows(String text, char separator) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
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
            } else if (c == separator) {
                row.add(cell.toString());
                cell.setLength(0);
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                row.add(cell.toString());
                cell.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
            } else {
                cell.append(c);
            }
        }
        if (cell.length() > 0 || !row.isEmpty()) {
            row.add(cell.toString());
            rows.add(row);
        }
        return rows;
    }
}
