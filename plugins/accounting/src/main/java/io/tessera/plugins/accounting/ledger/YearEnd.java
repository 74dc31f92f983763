package io.tessera.plugins.accounting.ledger;

import io.tessera.plugins.accounting.chart.Account;
import io.tessera.plugins.accounting.chart.AccountRole;
import io.tessera.plugins.accounting.chart.Accounts;
import io.tessera.plugins.accounting.chart.Settings;
import io.tessera.plugins.accounting.chart.SettingsStore;
import io.tessera.plugins.accounting.common.Money;
import io.tessera.sdk.audit.AuditRecord;
import io.tessera.sdk.persistence.Ids;
import io.tessera.sdk.persistence.TenantJdbc;
import io.tessera.sdk.security.RequiresPermission;
import io.tessera.sdk.web.ApiProblem;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Year-end closing: one closing entry, dated the fiscal year's last day, that brings every income and expense
 * account's base-currency balance for the year to zero against the account with role {@code RETAINED_EARNINGS};
 * refused while drafts (journal entries or invoices) are dated in the year; then the lock date moves to the year's
 * end. All in the caller's transaction, with the settings row locked, so no posting races it.
 */
class YearEnd {

    static final String SOURCE = "closing";

    private final TenantJdbc db;
    private final SettingsStore settings;
    private final Accounts accounts;
    private final JournalPoster poster;

    YearEnd(TenantJdbc db, SettingsStore settings, Accounts accounts, JournalPoster poster) {
        this.db = db;
        this.settings = settings;
        this.accounts = accounts;
        this.poster = poster;
    }

    @RequiresPermission("accounting.manage")
    Map<String, Object> close(UUID yearId) {
        settings.lockForUpdateOfPeriods();
        Map<String, Object> year = db.sql().sql("select name, start_date, end_date, closed_at from acc_fiscal_years "
                        + "where tenant_id = ? and id = ? for update").params(db.tenant(), yearId)
                .query((rs, n) -> {
                    Map<String, Object> y = new LinkedHashMap<>();
                    y.put("name", rs.getString(1));
                    y.put("start", rs.getObject(2, LocalDate.class));
                    y.put("end", rs.getObject(3, LocalDate.class));
                    y.put("closed", rs.getObject(4) != null);
                    return y;
                }).optional().orElseThrow(() -> ApiProblem.notFound("Fiscal year", yearId));
        LocalDate start = (LocalDate) year.get("start");
        LocalDate end = (LocalDate) year.get("end");
        if ((Boolean) year.get("closed")) {
            throw ApiProblem.conflict("Fiscal year " + year.get("name") + " is already closed");
        }
        long drafts = db.sql().sql("""
                        select (select count(*) from acc_drafts where tenant_id = :t and entry_date between :s and :e)
                             + (select count(*) from acc_invoices where tenant_id = :t and state = 'DRAFT'
                                  and invoice_date between :s and :e)
                        """).param("t", db.tenant()).param("s", start).param("e", end).query(Long.class).single();
        if (drafts > 0) {
            throw ApiProblem.conflict("Fiscal year " + year.get("name") + " has " + drafts
                    + " draft(s) dated in it; post or delete them before closing the year");
        }
        Settings current = settings.current();
        String base = current.baseCurrency();
        BigDecimal zero = BigDecimal.ZERO.setScale(Money.digits(base));
        Account retained = Accounts.require(accounts.roles(), AccountRole.RETAINED_EARNINGS);
        List<PostingLine> lines = new ArrayList<>();
        BigDecimal net = BigDecimal.ZERO; // debits minus credits of the closing lines so far
        for (Object[] b : balances(start, end)) {
            BigDecimal balance = Money.round((BigDecimal) b[1], base); // debit-positive
            if (balance.signum() == 0) {
                continue;
            }
            lines.add(balance.signum() > 0 ? new PostingLine((UUID) b[0], null, base, zero, balance)
                    : new PostingLine((UUID) b[0], null, base, balance.negate(), zero));
            net = net.subtract(balance);
        }
        UUID entryId = null;
        if (!lines.isEmpty()) {
            lines.add(net.signum() > 0 ? new PostingLine(retained.id(), null, base, zero, net)
                    : new PostingLine(retained.id(), null, base, net.negate(), zero));
            entryId = Ids.newId();
            Map<String, Object> audited = new LinkedHashMap<>();
            audited.put("name", year.get("name"));
            audited.put("endDate", end.toString());
            audited.put("netIncome", net.toPlainString());
            audited.put("entryId", entryId.toString());
            poster.post(new PostingRequest(entryId, end, "Closing of " + year.get("name"), SOURCE, yearId, null, lines),
                    new AuditRecord("FiscalYear", yearId.toString(), "CLOSE", audited));
        } else if (current.lockDate() != null && !end.isAfter(current.lockDate())) {
            throw ApiProblem.invalid("date", "The year ends on or before the lock date " + current.lockDate());
        }
        db.sql().sql("update acc_fiscal_years set closed_at = ?, closing_entry_id = ? where tenant_id = ? and id = ?")
                .params(OffsetDateTime.now(ZoneOffset.UTC), entryId, db.tenant(), yearId).update();
        Settings locked = settings.current();
        if (locked.lockDate() == null || locked.lockDate().isBefore(end)) {
            settings.moveLockDate(end);
        }
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("id", yearId);
        result.put("closed", true);
        result.put("closingEntryId", entryId);
        result.put("netIncome", net);
        result.put("lockDate", end);
        return result;
    }

    /** Per income and expense account: the base balance (debit − credit) of the lines dated in the year. */
    private List<Object[]> balances(LocalDate start, LocalDate end) {
        return db.sql().sql("""
                        select l.account_id, sum(l.base_debit - l.base_credit)
                          from acc_lines l
                         where l.tenant_id = :t and l.entry_date between :s and :e
                           and l.account_id in (select a.id from acc_accounts a where a.tenant_id = :t
                                                  and a.type in ('INCOME', 'EXPENSE'))
                         group by l.account_id
                         order by l.account_id
                        """).param("t", db.tenant()).param("s", start).param("e", end)
                .query((rs, n) -> new Object[] {rs.getObject(1, UUID.class), rs.getBigDecimal(2)}).list();
    }
}
