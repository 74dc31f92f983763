package io.tessera.plugins.accounting.reports;

import io.tessera.plugins.accounting.chart.Account;
import io.tessera.plugins.accounting.chart.AccountType;
import io.tessera.plugins.accounting.chart.Accounts;
import io.tessera.plugins.accounting.chart.SettingsStore;
import io.tessera.plugins.accounting.common.Money;
import io.tessera.sdk.persistence.TenantJdbc;
import io.tessera.sdk.web.ApiProblem;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The financial reports for in-process callers (the plugin's views), in the base currency: the same figures as
 * the REST reports. Each call runs in its own transaction.
 */
public class Reports {

    /** The first day a report without a start covers. */
    public static final LocalDate BEGINNING = LocalDate.of(1, 1, 1);

    private final Ledger ledger;
    private final Accounts accounts;
    private final SettingsStore settings;
    private final TenantJdbc db;

    Reports(Ledger ledger, Accounts accounts, SettingsStore settings, TenantJdbc db) {
        this.ledger = ledger;
        this.accounts = accounts;
        this.settings = settings;
        this.db = db;
    }

    /**
     * An account's totals over a period.
     *
     * @param code   account code
     * @param name   account name
     * @param type   account type
     * @param debit  base debits
     * @param credit base credits
     */
    public record Line(String code, String name, AccountType type, BigDecimal debit, BigDecimal credit) {

        /**
         * Debits minus credits.
         *
         * @return the balance
         */
        public BigDecimal balance() {
            return debit.subtract(credit);
        }
    }

    /**
     * The accounts with postings in a period.
     *
     * @param baseCurrency the tenant's base currency
     * @param lines        per account, in code order
     */
    public record Totals(String baseCurrency, List<Line> lines) {
    }

    /**
     * One line of an account's ledger.
     *
     * @param date        entry date
     * @param entryId     entry
     * @param description entry description
     * @param debit       base debit
     * @param credit      base credit
     * @param balance     running balance after the line
     */
    public record LedgerLine(LocalDate date, UUID entryId, String description, BigDecimal debit, BigDecimal credit,
                             BigDecimal balance) {
    }

    /**
     * A page of an account's ledger.
     *
     * @param account        the account
     * @param openingBalance balance before the period
     * @param lines          the page's lines
     * @param total          how many lines the period has
     */
    public record LedgerPage(Account account, BigDecimal openingBalance, List<LedgerLine> lines, long total) {
    }

    /**
     * Per account totals of everything posted in [from, to] — the trial balance (and, filtered by type, the
     * profit and loss and the balance sheet).
     *
     * @param from first day, or {@code null} for the beginning
     * @param to   last day
     * @return the totals
     */
    public Totals totals(LocalDate from, LocalDate to) {
        return totals(from, to, false);
    }

    /**
     * Like {@link #totals}, without closing entries: what a profit and loss shows, also for a closed year.
     *
     * @param from first day, or {@code null} for the beginning
     * @param to   last day
     * @return the totals
     */
    public Totals totalsBeforeClosing(LocalDate from, LocalDate to) {
        return totals(from, to, true);
    }

    private Totals totals(LocalDate from, LocalDate to, boolean beforeClosing) {
        LocalDate start = from == null ? BEGINNING : from;
        if (to == null) {
            throw ApiProblem.invalid("to", "is required");
        }
        if (start.isAfter(to)) {
            throw ApiProblem.invalid("from", "must not be after the end date");
        }
        return db.tx().read(() -> {
            String base = settings.current().baseCurrency();
            int digits = Money.digits(base);
            List<AccountTotal> totals = beforeClosing ? ledger.totalsBeforeClosing(start, to, digits)
                    : ledger.totals(start, to, digits);
            return new Totals(base, totals.stream()
                    .map(t -> new Line(t.code(), t.name(), t.type(), t.debit(), t.credit())).toList());
        });
    }

    /**
     * A page of an account's general ledger with the running balance.
     *
     * @param code   account code
     * @param from   first day, or {@code null}
     * @param to     last day
     * @param offset first line (a multiple of {@code size})
     * @param size   lines per page
     * @return the page
     */
    public LedgerPage generalLedger(String code, LocalDate from, LocalDate to, long offset, int size) {
        LocalDate start = from == null ? BEGINNING : from;
        int pageSize = Math.max(1, Math.min(size, 500));
        return db.tx().read(() -> {
            String base = settings.current().baseCurrency();
            Account account = accounts.byCode(code);
            BigDecimal opening = ledger.opening(account.id(), start).setScale(Money.digits(base));
            List<LedgerLine> lines = ledger.lines(account.id(), start, to, opening, (int) (offset / pageSize), pageSize, base)
                    .stream().map(l -> new LedgerLine(l.date(), l.entryId(), l.description(), l.baseDebit(), l.baseCredit(),
                            l.balance())).toList();
            return new LedgerPage(account, opening, lines, ledger.count(account.id(), start, to));
        });
    }
}
