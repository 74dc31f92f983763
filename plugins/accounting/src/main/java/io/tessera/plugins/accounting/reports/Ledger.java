package io.tessera.plugins.accounting.reports;

import io.tessera.plugins.accounting.chart.AccountType;
import io.tessera.plugins.accounting.common.Money;
import io.tessera.sdk.persistence.TenantJdbc;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Aggregations over posted lines (acc_lines holds posted lines only, so no join with entries is needed) and their balances. */
class Ledger {

    record GlLine(LocalDate date, UUID entryId, int lineNo, String description, UUID partyId, String currency, BigDecimal debit,
                  BigDecimal credit, BigDecimal baseDebit, BigDecimal baseCredit, BigDecimal balance) {
    }

    private final TenantJdbc db;
    private final PostedBalances balances;

    Ledger(TenantJdbc db, PostedBalances balances) {
        this.db = db;
        this.balances = balances;
    }

    /**
     * Per account with postings in [from, to], in code order: from the posted balances where the database keeps them
     * (PostgreSQL), else one grouped scan of the tenant's lines; then the accounts by id.
     */
    List<AccountTotal> totals(LocalDate from, LocalDate to, int baseDigits) {
        if (balances.kept()) {
            return withAccounts(balances.sums(from, to, true).totals(), baseDigits);
        }
        return withAccounts(lineSums(from, to), baseDigits);
    }

    /**
     * Like {@link #totals}, without the lines of closing entries (year-end closing), as a profit and loss for a
     * closed year needs. When the range has closing lines, accounts left with neither debits nor credits are dropped.
     */
    List<AccountTotal> totalsBeforeClosing(LocalDate from, LocalDate to, int baseDigits) {
        if (balances.kept()) {
            PostedBalances.Sums sums = balances.sums(from, to, false);
            List<AccountTotal> all = withAccounts(sums.totals(), baseDigits);
            return sums.closingInRange() ? all.stream().filter(t -> t.debit().signum() != 0 || t.credit().signum() != 0).toList()
                    : all;
        }
        return totalsBeforeClosingFromLines(from, to, baseDigits);
    }

    /**
     * One grouped scan of the tenant's lines, then the accounts by id. Two queries on purpose: joined, a stale row
     * estimate for the accounts table made the planner re-run the whole aggregate once per account (minutes at 1M lines).
     */
    private Map<UUID, BigDecimal[]> lineSums(LocalDate from, LocalDate to) {
        Map<UUID, BigDecimal[]> sums = new java.util.HashMap<>();
        db.sql().sql("""
                        select account_id, sum(base_debit), sum(base_credit) from acc_lines
                         where tenant_id = :t and entry_date >= :from and entry_date <= :to group by account_id
                        """).param("t", db.tenant()).param("from", from).param("to", to)
                .query((rs, n) -> sums.put(rs.getObject(1, UUID.class), new BigDecimal[] {rs.getBigDecimal(2), rs.getBigDecimal(3)}))
                .list();
        return sums;
    }

    private List<AccountTotal> withAccounts(Map<UUID, BigDecimal[]> sums, int baseDigits) {
        if (sums.isEmpty()) {
            return List.of();
        }
        return db.sql().sql("select id, code, name, type from acc_accounts where tenant_id = :t and id in (:ids) order by code")
                .param("t", db.tenant()).param("ids", List.copyOf(sums.keySet()))
                .query((rs, n) -> {
                    BigDecimal[] s = sums.get(rs.getObject(1, UUID.class));
                    return new AccountTotal(rs.getString(2), rs.getString(3), AccountType.valueOf(rs.getString(4)),
                            s[0].setScale(baseDigits), s[1].setScale(baseDigits));
                }).list();
    }

    /**
     * The profit and loss's totals from the lines (H2): the closing lines of the range are summed in one small query
     * (a few lines per year) and subtracted.
     */
    private List<AccountTotal> totalsBeforeClosingFromLines(LocalDate from, LocalDate to, int baseDigits) {
        Map<UUID, BigDecimal[]> closing = new java.util.HashMap<>();
        db.sql().sql("""
                        select l.account_id, sum(l.base_debit), sum(l.base_credit)
                          from acc_entries e join acc_lines l on l.tenant_id = e.tenant_id and l.entry_id = e.id
                         where e.tenant_id = :t and e.source = 'closing' and e.entry_date >= :from and e.entry_date <= :to
                         group by l.account_id
                        """).param("t", db.tenant()).param("from", from).param("to", to)
                .query((rs, n) -> closing.put(rs.getObject(1, UUID.class), new BigDecimal[] {rs.getBigDecimal(2), rs.getBigDecimal(3)}))
                .list();
        List<AccountTotal> all = withAccounts(lineSums(from, to), baseDigits);
        if (closing.isEmpty()) {
            return all;
        }
        Map<String, UUID> ids = new java.util.HashMap<>();
        db.sql().sql("select id, code from acc_accounts where tenant_id = :t and id in (:ids)")
                .param("t", db.tenant()).param("ids", List.copyOf(closing.keySet()))
                .query((rs, n) -> ids.put(rs.getString(2), rs.getObject(1, UUID.class))).list();
        List<AccountTotal> result = new java.util.ArrayList<>();
        for (AccountTotal t : all) {
            BigDecimal[] c = ids.containsKey(t.code()) ? closing.get(ids.get(t.code())) : null;
            AccountTotal before = c == null ? t : new AccountTotal(t.code(), t.name(), t.type(),
                    t.debit().subtract(c[0]).setScale(baseDigits), t.credit().subtract(c[1]).setScale(baseDigits));
            if (before.debit().signum() != 0 || before.credit().signum() != 0) {
                result.add(before);
            }
        }
        return result;
    }

    BigDecimal opening(UUID account, LocalDate before) {
        return db.sql().sql("select coalesce(sum(base_debit) - sum(base_credit), 0) from acc_lines "
                        + "where tenant_id = ? and account_id = ? and entry_date < ?")
                .params(db.tenant(), account, before).query(BigDecimal.class).single();
    }

    long count(UUID account, LocalDate from, LocalDate to) {
        return db.sql().sql("select count(*) from acc_lines where tenant_id = ? and account_id = ? and entry_date >= ? "
                + "and entry_date <= ?").params(db.tenant(), account, from, to).query(Long.class).single();
    }

    /** A page of an account's lines with the running balance (opening + everything up to and including the line). */
    List<GlLine> lines(UUID account, LocalDate from, LocalDate to, BigDecimal opening, int page, int size, String base) {
        int d = Money.digits(base);
        return db.sql().sql("""
                        select x.* from (
                          select l.entry_date, l.entry_id, l.line_no, e.description, l.party_id, l.currency, l.debit, l.credit,
                                 l.base_debit, l.base_credit,
                                 sum(l.base_debit - l.base_credit) over (order by l.entry_date, l.entry_id, l.line_no
                                                                         rows between unbounded preceding and current row) as running
                            from acc_lines l
                            join acc_entries e on e.tenant_id = l.tenant_id and e.id = l.entry_id
                           where l.tenant_id = :t and l.account_id = :a and l.entry_date >= :from and l.entry_date <= :to) x
                         order by x.entry_date, x.entry_id, x.line_no limit :size offset :offset
                        """).param("t", db.tenant()).param("a", account).param("from", from).param("to", to)
                .param("size", size).param("offset", (long) page * size)
                .query((rs, n) -> {
                    int cd = Money.digits(rs.getString("currency"));
                    return new GlLine(rs.getObject("entry_date", LocalDate.class), rs.getObject("entry_id", UUID.class),
                            rs.getInt("line_no"), rs.getString("description"), rs.getObject("party_id", UUID.class),
                            rs.getString("currency"), rs.getBigDecimal("debit").setScale(cd), rs.getBigDecimal("credit").setScale(cd),
                            rs.getBigDecimal("base_debit").setScale(d), rs.getBigDecimal("base_credit").setScale(d),
                            opening.add(rs.getBigDecimal("running")).setScale(d));
                }).list();
    }

    static Map<String, Object> drill(String code, LocalDate from, LocalDate to) {
        return Map.of("generalLedger", "/api/v1/accounting/reports/general-ledger?account=" + code
                + (from == null ? "" : "&from=" + from) + "&to=" + to);
    }
}
