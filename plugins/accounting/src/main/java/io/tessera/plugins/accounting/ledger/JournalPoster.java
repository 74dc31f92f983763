package io.tessera.plugins.accounting.ledger;

import io.tessera.plugins.accounting.chart.AccountRole;
import io.tessera.plugins.accounting.chart.Accounts;
import io.tessera.plugins.accounting.chart.Settings;
import io.tessera.plugins.accounting.chart.SettingsStore;
import io.tessera.plugins.accounting.common.Money;
import io.tessera.plugins.accounting.common.MultiRowInsert;
import io.tessera.sdk.audit.AuditLog;
import io.tessera.sdk.audit.AuditRecord;
import io.tessera.sdk.persistence.Ids;
import io.tessera.sdk.persistence.TenantJdbc;
import io.tessera.sdk.security.RequiresPermission;
import io.tessera.sdk.web.ApiProblem;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Posts journal entries: checks the lock date and closed periods, that debits equal credits in every
 * currency, converts each line to the base currency at the rate of the entry date (half-up to the base
 * currency's digits), books a conversion's rounding difference on the chart's rounding account, and
 * writes the entry and its lines in two statements (the lines in one, so the balances trigger folds them once), and records the posting (with the caller's related
 * records, one batch) in the tenant's audit trail. The database checks the balance once more at commit.
 * Call inside a transaction.
 */
public class JournalPoster {

    private final TenantJdbc db;
    private final SettingsStore settings;
    private final Rates rates;
    private final Accounts accounts;
    private final AuditLog audit;

    JournalPoster(TenantJdbc db, SettingsStore settings, Rates rates, Accounts accounts, AuditLog audit) {
        this.db = db;
        this.audit = audit;
        this.settings = settings;
        this.rates = rates;
        this.accounts = accounts;
    }

    /**
     * Posts an entry and records it in the audit trail ({@code JournalEntry} / {@code POST} with the entry id, date,
     * source, the entry it reverses and its base-currency total), together with the caller's related records (the
     * invoice confirmed, the payment recorded) in one batch, in the caller's transaction.
     *
     * @param request the entry
     * @param related further audit records of the same action, written in the same batch
     * @throws io.tessera.sdk.web.ApiProblem 422 when a rule refuses it
     */
    @RequiresPermission("accounting.write")
    public void post(PostingRequest request, AuditRecord... related) {
        write(request, related);
    }

    /**
     * Posts another module's automatic entry (through the published {@code Postings}) under the same rules and audit
     * as {@link #post}, without asking for {@code accounting.write}: the calling module's operation is what the user
     * was checked for.
     *
     * @param request the entry
     * @throws io.tessera.sdk.web.ApiProblem 422 when a rule refuses it
     */
    void postAutomatic(PostingRequest request) {
        write(request);
    }

    private void write(PostingRequest request, AuditRecord... related) {
        if (request.date() == null) {
            throw ApiProblem.invalid("date", "is required");
        }
        SettingsStore.ForPosting posting = settings.forPosting(request.date());
        Settings current = posting.settings();
        checkDate(request, current, posting.closedPeriod());
        if (request.lines().size() < 2) {
            throw ApiProblem.invalid("lines", "must have at least two lines");
        }
        checkBalancedPerCurrency(request.lines());
        String base = current.baseCurrency();
        List<Object[]> rows = new ArrayList<>();
        Map<String, BigDecimal> rateOf = new HashMap<>();
        BigDecimal baseDebits = BigDecimal.ZERO;
        BigDecimal baseCredits = BigDecimal.ZERO;
        int lineNo = 0;
        for (PostingLine line : request.lines()) {
            BigDecimal rate;
            BigDecimal baseDebit;
            BigDecimal baseCredit;
            if (line.baseDebit() != null) {
                rate = line.rate();
                baseDebit = line.baseDebit();
                baseCredit = line.baseCredit();
            } else {
                int index = lineNo;
                rate = rateOf.computeIfAbsent(line.currency(), c -> rate(c, base, request, index));
                baseDebit = Money.round(line.debit().multiply(rate), base);
                baseCredit = Money.round(line.credit().multiply(rate), base);
            }
            baseDebits = baseDebits.add(baseDebit);
            baseCredits = baseCredits.add(baseCredit);
            rows.add(row(request, ++lineNo, line, baseDebit, baseCredit, rate));
        }
        BigDecimal gap = baseDebits.subtract(baseCredits);
        if (gap.signum() != 0) {
            BigDecimal tolerance = BigDecimal.ONE.movePointLeft(Money.digits(base)).multiply(BigDecimal.valueOf(rows.size()));
            if (gap.abs().compareTo(tolerance) > 0) {
                throw ApiProblem.invalid("lines", "do not balance in the base currency " + base + ": debits " + baseDebits
                        + ", credits " + baseCredits);
            }
            var rounding = Accounts.require(accounts.roles(), AccountRole.ROUNDING);
            BigDecimal zero = BigDecimal.ZERO.setScale(Money.digits(base));
            // a base-currency-only line: no transaction amount, so every currency still balances on its own
            PostingLine adjust = gap.signum() > 0
                    ? new PostingLine(rounding.id(), null, base, zero, zero, zero, gap, BigDecimal.ONE)
                    : new PostingLine(rounding.id(), null, base, zero, zero, gap.negate(), zero, BigDecimal.ONE);
            rows.add(row(request, ++lineNo, adjust, adjust.baseDebit(), adjust.baseCredit(), BigDecimal.ONE));
        }
        db.sql().sql("insert into acc_entries (tenant_id, id, entry_date, description, posted_at, source, source_id, reversal_of) "
                        + "values (?, ?, ?, ?, ?, ?, ?, ?)")
                .params(db.tenant(), request.id(), request.date(), request.description(), OffsetDateTime.now(ZoneOffset.UTC),
                        request.source(), request.sourceId(), request.reversalOf())
                .update();
        MultiRowInsert.insert(db, "insert into acc_lines (tenant_id, id, entry_id, line_no, entry_date, account_id, party_id, "
                + "currency, debit, credit, base_debit, base_credit, rate) values ", rows);
        List<AuditRecord> records = new ArrayList<>(1 + related.length);
        records.add(postedRecord(request, rows.size(), baseDebits.max(baseCredits), base));
        records.addAll(List.of(related));
        audit.recordAll(records);
    }

    private static AuditRecord postedRecord(PostingRequest request, int lines, BigDecimal total, String base) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("date", request.date().toString());
        details.put("description", request.description());
        details.put("source", request.source());
        if (request.sourceId() != null) {
            details.put("sourceId", request.sourceId().toString());
        }
        if (request.reversalOf() != null) {
            details.put("reversalOf", request.reversalOf().toString());
        }
        details.put("lines", lines);
        details.put("baseTotal", total.toPlainString());
        details.put("baseCurrency", base);
        return new AuditRecord("JournalEntry", request.id().toString(), "POST", details);
    }

    private static void checkDate(PostingRequest request, Settings current, boolean closedPeriod) {
        if (current.lockDate() != null && !request.date().isAfter(current.lockDate())) {
            throw ApiProblem.invalid("date", "is on or before the lock date " + current.lockDate()
                    + "; nothing can be posted there");
        }
        if (closedPeriod) {
            throw ApiProblem.invalid("date", "falls in a closed period; reopen it or post in an open period");
        }
    }

    private static void checkBalancedPerCurrency(List<PostingLine> lines) {
        Map<String, BigDecimal[]> sums = new TreeMap<>();
        for (PostingLine line : lines) {
            BigDecimal[] s = sums.computeIfAbsent(line.currency(), c -> new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO});
            s[0] = s[0].add(line.debit());
            s[1] = s[1].add(line.credit());
        }
        sums.forEach((currency, s) -> {
            if (s[0].compareTo(s[1]) != 0) {
                throw ApiProblem.invalid("lines", "do not balance: debits " + s[0] + " and credits " + s[1] + " in " + currency);
            }
        });
    }

    private BigDecimal rate(String currency, String base, PostingRequest request, int index) {
        if (currency.equals(base)) {
            return BigDecimal.ONE;
        }
        return rates.on(currency, request.date()).orElseThrow(() -> ApiProblem.invalid("lines[" + index + "].currency",
                "has no exchange rate to " + base + " on or before " + request.date()));
    }

    private Object[] row(PostingRequest request, int lineNo, PostingLine line, BigDecimal baseDebit, BigDecimal baseCredit,
                         BigDecimal rate) {
        return new Object[] {db.tenant(), Ids.newId(), request.id(), lineNo, request.date(), line.accountId(), line.partyId(),
            line.currency(), line.debit(), line.credit(), baseDebit, baseCredit, rate};
    }
}
