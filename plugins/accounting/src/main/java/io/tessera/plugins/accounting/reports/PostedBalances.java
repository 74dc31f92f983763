package io.tessera.plugins.accounting.reports;

import io.tessera.sdk.persistence.TenantJdbc;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.springframework.jdbc.core.RowCallbackHandler;

/**
 * Reads the posted balances ({@code acc_balances}, kept by a trigger at posting on PostgreSQL): the base debits and
 * credits per account over a date range, summed from whole months' rows and, for the partial months at either end,
 * from days' rows, over every slot. A range [from, to] is split into the days before the first whole month, the whole
 * months, and the days after the last whole month.
 */
class PostedBalances {

    private static final String MONTHS = "(grain = 'M' and period >= :monthFrom and period < :monthTo)";
    private static final String HEAD = "(grain = 'D' and period >= :headFrom and period <= :headTo)";
    private static final String TAIL = "(grain = 'D' and period >= :tailFrom and period <= :tailTo)";

    private final TenantJdbc db;
    private final boolean kept;

    PostedBalances(TenantJdbc db, DataSource dataSource) {
        this.db = db;
        try (Connection c = dataSource.getConnection()) {
            this.kept = c.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres");
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot inspect the database", e);
        }
    }

    /**
     * Per account sums of a range.
     *
     * @param totals         base debit and credit per account id
     * @param closingInRange whether the range has lines of closing entries (counted in {@code totals} or not)
     */
    record Sums(Map<UUID, BigDecimal[]> totals, boolean closingInRange) {
    }

    /** Whether the database keeps balances (PostgreSQL); else the reports sum the lines. */
    boolean kept() {
        return kept;
    }

    /**
     * The posted base debits and credits per account dated in [from, to].
     *
     * @param from           first day
     * @param to             last day
     * @param includeClosing whether closing entries' lines count
     * @return the sums (accounts with lines in the range only)
     */
    Sums sums(LocalDate from, LocalDate to, boolean includeClosing) {
        Range r = Range.of(from, to);
        Map<UUID, BigDecimal[]> totals = new HashMap<>();
        boolean[] closing = {false};
        // only the parts the range has, so that a generic plan of a prepared statement never scans an empty part's rows
        java.util.List<String> parts = new java.util.ArrayList<>();
        Map<String, Object> params = new HashMap<>();
        params.put("t", db.tenant());
        if (r.monthFrom().isBefore(r.monthTo())) {
            parts.add(MONTHS);
            params.put("monthFrom", r.monthFrom());
            params.put("monthTo", r.monthTo());
        }
        if (!r.headFrom().isAfter(r.headTo())) {
            parts.add(HEAD);
            params.put("headFrom", r.headFrom());
            params.put("headTo", r.headTo());
        }
        if (!r.tailFrom().isAfter(r.tailTo())) {
            parts.add(TAIL);
            params.put("tailFrom", r.tailFrom());
            params.put("tailTo", r.tailTo());
        }
        db.sql().sql("select account_id, closing, sum(debit), sum(credit) from acc_balances where tenant_id = :t and ("
                        + String.join(" or ", parts) + ") group by account_id, closing")
                .params(params)
                .query((RowCallbackHandler) rs -> {
                    boolean isClosing = rs.getBoolean(2);
                    closing[0] |= isClosing;
                    if (isClosing && !includeClosing) {
                        return;
                    }
                    BigDecimal[] sum = totals.computeIfAbsent(rs.getObject(1, UUID.class),
                            id -> new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO});
                    sum[0] = sum[0].add(rs.getBigDecimal(3));
                    sum[1] = sum[1].add(rs.getBigDecimal(4));
                });
        return new Sums(totals, closing[0]);
    }

    /**
     * A date range as whole months [monthFrom, monthTo) plus the days [headFrom, headTo] before and [tailFrom, tailTo]
     * after them; an unused part is an empty range (its start after its end).
     */
    record Range(LocalDate monthFrom, LocalDate monthTo, LocalDate headFrom, LocalDate headTo, LocalDate tailFrom,
                 LocalDate tailTo) {

        static Range of(LocalDate from, LocalDate to) {
            LocalDate firstWhole = from.getDayOfMonth() == 1 ? from : from.withDayOfMonth(1).plusMonths(1);
            LocalDate afterLastWhole = to.plusDays(1).getDayOfMonth() == 1 ? to.plusDays(1) : to.withDayOfMonth(1);
            if (!firstWhole.isBefore(afterLastWhole)) {
                // no whole month: the days alone (at most two partial months)
                return new Range(from, from, from, to, to.plusDays(1), to);
            }
            return new Range(firstWhole, afterLastWhole, from, firstWhole.minusDays(1), afterLastWhole, to);
        }
    }
}
