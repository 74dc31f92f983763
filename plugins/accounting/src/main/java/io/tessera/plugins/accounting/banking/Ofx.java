package io.tessera.plugins.accounting.banking;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads an OFX bank statement, version 1 (SGML, leaf elements without end tags) or 2 (XML), with a tag scanner that
 * never resolves anything (no entities, no DTD). Reads {@code CURDEF}, {@code BANKTRANLIST}'s {@code DTSTART}/{@code
 * DTEND}, each {@code STMTTRN} ({@code DTPOSTED}, {@code TRNAMT} signed, {@code FITID}, {@code NAME}/{@code PAYEE},
 * {@code MEMO}) and {@code LEDGERBAL/BALAMT} as the closing balance. OFX names no statement id: the file's hash stands
 * for it. One statement per file.
 */
final class Ofx {

    private Ofx() {
    }

    static boolean looksLikeOfx(String text) {
        String head = text.substring(0, Math.min(text.length(), 2000)).toUpperCase(java.util.Locale.ROOT);
        return head.contains("OFXHEADER") || head.contains("<OFX>");
    }

    static ParsedStatement parse(String text) {
        int start = text.toUpperCase(java.util.Locale.ROOT).indexOf("<OFX>");
        if (start < 0) {
            throw Camt053.invalid("is not an OFX file (no <OFX> element)");
        }
        String currency = null;
        LocalDate from = null;
        LocalDate to = null;
        BigDecimal closing = null;
        int statements = 0;
        List<ParsedStatement.Line> lines = new ArrayList<>();
        Map<String, String> tx = null;
        boolean inLedger = false;
        int i = start;
        while (i < text.length()) {
            int open = text.indexOf('<', i);
            if (open < 0) {
                break;
            }
            int close = text.indexOf('>', open);
            if (close < 0) {
                throw Camt053.invalid("has an unterminated tag at character " + open);
            }
            String tag = text.substring(open + 1, close).strip().toUpperCase(java.util.Locale.ROOT);
            int next = text.indexOf('<', close);
            String value = text.substring(close + 1, next < 0 ? text.length() : next).strip();
            i = close + 1;
            switch (tag) {
                case "STMTRS" -> statements++;
                case "STMTTRN" -> tx = new HashMap<>();
                case "/STMTTRN" -> {
                    if (tx == null) {
                        throw Camt053.invalid("has </STMTTRN> without <STMTTRN>");
                    }
                    lines.add(line(tx, lines.size() + 1));
                    tx = null;
                }
                case "LEDGERBAL" -> inLedger = true;
                case "/LEDGERBAL" -> inLedger = false;
                default -> {
                    if (tag.startsWith("/") || value.isEmpty()) {
                        break;
                    }
                    String v = unescape(value);
                    if (tx != null) {
                        tx.put(tag, v);
                    } else if (tag.equals("CURDEF")) {
                        currency = v;
                    } else if (tag.equals("DTSTART")) {
                        from = date(v, "DTSTART");
                    } else if (tag.equals("DTEND")) {
                        to = date(v, "DTEND");
                    } else if (tag.equals("BALAMT") && inLedger) {
                        closing = amount(v, "LEDGERBAL.BALAMT");
                    }
                }
            }
        }
        if (statements != 1) {
            throw Camt053.invalid("must hold exactly one bank statement (STMTRS), found " + statements);
        }
        return new ParsedStatement(null, currency, from, to, null, closing, lines);
    }

    private static ParsedStatement.Line line(Map<String, String> tx, int n) {
        String where = "STMTTRN[" + n + "]";
        String posted = tx.get("DTPOSTED");
        String amount = tx.get("TRNAMT");
        if (posted == null || amount == null) {
            throw Camt053.invalid(where + " needs DTPOSTED and TRNAMT");
        }
        String name = tx.getOrDefault("NAME", tx.get("PAYEE"));
        return new ParsedStatement.Line(date(posted, where + ".DTPOSTED"), amount(amount, where + ".TRNAMT"), null,
                tx.get("MEMO"), name, tx.get("FITID"));
    }

    /** OFX dates: {@code YYYYMMDD}, optionally followed by time, fraction and {@code [offset:TZ]}; the date part counts. */
    private static LocalDate date(String value, String where) {
        if (value.length() < 8 || !value.substring(0, 8).chars().allMatch(Character::isDigit)) {
            throw Camt053.invalid(where + " is not an OFX date: " + value);
        }
        try {
            return LocalDate.of(Integer.parseInt(value.substring(0, 4)), Integer.parseInt(value.substring(4, 6)),
                    Integer.parseInt(value.substring(6, 8)));
        } catch (java.time.DateTimeException e) {
            throw Camt053.invalid(where + " is not a valid date: " + value);
        }
    }

    private static BigDecimal amount(String value, String where) {
        try {
            return new BigDecimal(value.replace(",", ".").replace("+", ""));
        } catch (NumberFormatException e) {
            throw Camt053.invalid(where + " is not a number: " + value);
        }
    }

    private static String unescape(String v) {
        return v.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
    }
}
