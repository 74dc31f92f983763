package io.tessera.plugins.accounting.ui;

import io.tessera.plugins.accounting.chart.AccountType;
import io.tessera.plugins.accounting.reports.Reports;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * One report computed from the period's account totals: its lines and the figures under them.
 *
 * @param kind   which report
 * @param lines  the accounts it lists, in code order
 * @param debit  total debits of the lines
 * @param credit total credits of the lines
 * @param result the report's bottom line: net profit (P&amp;L), unclosed earnings (balance sheet), debits − credits
 *               (trial balance, zero when the ledger balances)
 */
record ReportTable(ReportKind kind, List<Reports.Line> lines, BigDecimal debit, BigDecimal credit, BigDecimal result) {

    static ReportTable of(ReportKind kind, List<Reports.Line> all) {
        List<Reports.Line> lines = all.stream().filter(l -> kind.lists(l.type())).toList();
        BigDecimal debit = lines.stream().map(Reports.Line::debit).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal credit = lines.stream().map(Reports.Line::credit).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal earnings = all.stream().filter(l -> l.type() == AccountType.INCOME || l.type() == AccountType.EXPENSE)
                .map(l -> l.balance().negate()).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal result = kind == ReportKind.TRIAL_BALANCE ? debit.subtract(credit) : earnings;
        return new ReportTable(kind, lines, debit, credit, result);
    }

    /** The lines as CSV (RFC 4180, UTF-8): account, name, type, debit, credit, balance. */
    byte[] csv() {
        StringBuilder s = new StringBuilder("account,name,type,debit,credit,balance\r\n");
        for (Reports.Line l : lines) {
            s.append(cell(l.code())).append(',').append(cell(l.name())).append(',').append(l.type()).append(',')
                    .append(l.debit().toPlainString()).append(',').append(l.credit().toPlainString()).append(',')
                    .append(l.balance().toPlainString()).append("\r\n");
        }
        return s.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String cell(String value) {
        String v = value == null ? "" : value;
        if (!v.isEmpty() && "=+-@".indexOf(v.charAt(0)) >= 0) {
            v = "'" + v; // no formula injection in spreadsheets
        }
        return v.contains(",") || v.contains("\"") || v.contains("\n") || v.contains("\r")
                ? '"' + v.replace("\"", "\"\"") + '"' : v;
    }
}
