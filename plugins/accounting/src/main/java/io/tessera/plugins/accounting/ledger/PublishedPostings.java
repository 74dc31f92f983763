package io.tessera.plugins.accounting.ledger;

import io.tessera.plugins.accounting.api.JournalPosting;
import io.tessera.plugins.accounting.api.LedgerAccount;
import io.tessera.plugins.accounting.api.LedgerAccountType;
import io.tessera.plugins.accounting.api.PostingRefusedException.Reason;
import io.tessera.plugins.accounting.api.PostingRefusedException;
import io.tessera.plugins.accounting.api.PostingRole;
import io.tessera.plugins.accounting.api.Postings;
import io.tessera.plugins.accounting.chart.Account;
import io.tessera.plugins.accounting.chart.AccountRole;
import io.tessera.plugins.accounting.chart.Accounts;
import io.tessera.plugins.accounting.chart.Settings;
import io.tessera.plugins.accounting.chart.SettingsStore;
import io.tessera.plugins.accounting.common.Money;
import io.tessera.sdk.persistence.Ids;
import io.tessera.sdk.persistence.TenantJdbc;
import io.tessera.sdk.web.ApiProblem;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The published {@link Postings}: other modules' automatic entries, checked field by field (each refusal typed and
 * naming the posting's field), then posted by the {@link JournalPoster} in the caller's transaction.
 */
class PublishedPostings implements Postings {

    private static final int MAX_DESCRIPTION = 500;
    private static final int MAX_SOURCE = 20;

    private final TenantJdbc db;
    private final SettingsStore settings;
    private final Accounts accounts;
    private final JournalPoster poster;

    PublishedPostings(TenantJdbc db, SettingsStore settings, Accounts accounts, JournalPoster poster) {
        this.db = db;
        this.settings = settings;
        this.accounts = accounts;
        this.poster = poster;
    }

    @Override
    public UUID post(JournalPosting posting) {
        checkHeader(posting);
        String base = settings.current().baseCurrency();
        List<UUID> accountIds = resolveAccounts(posting.lines());
        BigDecimal debits = BigDecimal.ZERO;
        BigDecimal credits = BigDecimal.ZERO;
        List<PostingLine> lines = new ArrayList<>();
        for (int i = 0; i < posting.lines().size(); i++) {
            JournalPosting.Line line = posting.lines().get(i);
            checkAmounts(line, base, i);
            debits = debits.add(line.debit());
            credits = credits.add(line.credit());
            lines.add(new PostingLine(accountIds.get(i), null, base, line.debit(), line.credit()));
        }
        if (lines.size() < 2 || debits.compareTo(credits) != 0) {
            throw new PostingRefusedException(Reason.UNBALANCED, "lines", "must be at least two lines whose debits ("
                    + debits.toPlainString() + ") equal their credits (" + credits.toPlainString() + ")");
        }
        Settings current = settings.forPosting();
        if (current.lockDate() != null && !posting.date().isAfter(current.lockDate())) {
            throw new PostingRefusedException(Reason.LOCK_DATE, "date", "is on or before the lock date "
                    + current.lockDate() + "; nothing can be posted there");
        }
        UUID id = Ids.newId();
        try {
            poster.postAutomatic(new PostingRequest(id, posting.date(), posting.description(), posting.sourceModule(),
                    posting.sourceId(), null, lines));
        } catch (PostingRefusedException e) {
            throw e;
        } catch (ApiProblem e) {
            // the poster's remaining rule on a checked posting is the closed period (field date)
            boolean date = e.errors().stream().anyMatch(f -> f.field().equals("date"));
            throw new PostingRefusedException(date ? Reason.CLOSED_PERIOD : Reason.INVALID,
                    e.errors().isEmpty() ? "lines" : e.errors().getFirst().field(),
                    e.errors().isEmpty() ? e.getMessage() : e.errors().getFirst().message());
        }
        return id;
    }

    @Override
    public Optional<LocalDate> lockDate() {
        return Optional.ofNullable(settings.current().lockDate());
    }

    @Override
    public String baseCurrency() {
        return settings.current().baseCurrency();
    }

    @Override
    public List<LedgerAccount> accounts() {
        return accounts.active().stream().map(a -> new LedgerAccount(a.code(), a.name(), true)).toList();
    }

    @Override
    public LedgerAccount account(PostingRole role) {
        Account account = roleAccounts(EnumSet.of(toRole(role))).get(toRole(role));
        if (account == null || !account.active()) {
            throw noRoleAccount(role, "role");
        }
        return new LedgerAccount(account.code(), account.name(), account.active());
    }

    @Override
    public Map<String, BigDecimal> balances(Collection<String> accountCodes, LocalDate asOf) {
        Map<String, BigDecimal> balances = new HashMap<>();
        if (accountCodes.isEmpty()) {
            return balances;
        }
        db.sql().sql("""
                        select a.code, coalesce(sum(l.base_debit), 0) - coalesce(sum(l.base_credit), 0) as balance
                          from acc_accounts a
                          left join acc_lines l on l.tenant_id = a.tenant_id and l.account_id = a.id and l.entry_date <= :asOf
                         where a.tenant_id = :tenant and a.code in (:codes)
                         group by a.code
                        """)
                .param("tenant", db.tenant()).param("asOf", asOf).param("codes", List.copyOf(new LinkedHashSet<>(accountCodes)))
                .query((rs, row) -> Map.entry(rs.getString(1), rs.getBigDecimal(2)))
                .list().forEach(e -> balances.put(e.getKey(), e.getValue()));
        return balances;
    }

    private static void checkHeader(JournalPosting posting) {
        if (posting.date() == null) {
            throw new PostingRefusedException(Reason.INVALID, "date", "is required");
        }
        if (posting.description() == null || posting.description().isBlank()
                || posting.description().length() > MAX_DESCRIPTION) {
            throw new PostingRefusedException(Reason.INVALID, "description", "is required, at most " + MAX_DESCRIPTION
                    + " characters");
        }
        if (posting.sourceModule() == null || posting.sourceModule().isBlank()
                || posting.sourceModule().length() > MAX_SOURCE) {
            throw new PostingRefusedException(Reason.INVALID, "sourceModule", "is required, at most " + MAX_SOURCE
                    + " characters");
        }
    }

    private static void checkAmounts(JournalPosting.Line line, String base, int index) {
        String field = "lines[" + index + "]";
        checkAmount(line.debit(), base, field + ".debit");
        checkAmount(line.credit(), base, field + ".credit");
        if ((line.debit().signum() == 0) == (line.credit().signum() == 0)) {
            throw new PostingRefusedException(Reason.INVALID_AMOUNT, field, "must have either a debit or a credit");
        }
    }

    private static void checkAmount(BigDecimal amount, String base, String field) {
        if (amount.signum() < 0) {
            throw new PostingRefusedException(Reason.INVALID_AMOUNT, field, "must not be negative");
        }
        if (amount.stripTrailingZeros().scale() > Money.digits(base)) {
            throw new PostingRefusedException(Reason.INVALID_AMOUNT, field, "has more decimals than " + base + " ("
                    + Money.digits(base) + "); round it where the document line is written");
        }
    }

    /** The account of every line, in two queries at most (codes; roles, completing the chart when one is missing). */
    @Override
    public Map<String, LedgerAccountType> accountTypes(Collection<String> accountCodes) {
        Map<String, LedgerAccountType> types = new HashMap<>();
        accounts.byCodes(accountCodes).forEach((code, account) -> {
            if (account.active()) {
                types.put(code, LedgerAccountType.valueOf(account.type().name()));
            }
        });
        return types;
    }

    private List<UUID> resolveAccounts(List<JournalPosting.Line> lines) {
        Set<String> codes = new LinkedHashSet<>();
        Set<AccountRole> roles = EnumSet.noneOf(AccountRole.class);
        for (JournalPosting.Line line : lines) {
            if (line.account() != null) {
                codes.add(line.account());
            } else {
                roles.add(toRole(line.role()));
            }
        }
        Map<String, Account> byCode = accounts.byCodes(codes);
        Map<AccountRole, Account> byRole = roles.isEmpty() ? Map.of() : roleAccounts(roles);
        List<UUID> ids = new ArrayList<>(lines.size());
        for (int i = 0; i < lines.size(); i++) {
            JournalPosting.Line line = lines.get(i);
            Account account = line.account() != null ? byCode.get(line.account()) : byRole.get(toRole(line.role()));
            if (account == null || !account.active()) {
                if (line.account() != null) {
                    throw new PostingRefusedException(Reason.NO_ACCOUNT, "lines[" + i + "].account",
                            "is not an active account of the chart: " + line.account());
                }
                throw noRoleAccount(line.role(), "lines[" + i + "].role");
            }
            ids.add(account.id());
        }
        return ids;
    }

    private Map<AccountRole, Account> roleAccounts(Set<AccountRole> wanted) {
        Map<AccountRole, Account> byRole = accounts.roles();
        if (!byRole.keySet().containsAll(wanted)) {
            // a chart seeded before its template had these roles: complete it once, under the settings' write lock
            Settings locked = settings.lockForUpdate();
            accounts.completeRoles(locked.chartTemplate());
            byRole = accounts.roles();
        }
        return byRole;
    }

    private static PostingRefusedException noRoleAccount(PostingRole role, String field) {
        return new PostingRefusedException(Reason.NO_ACCOUNT, field, "has no active account in the chart for "
                + role.name().toLowerCase().replace('_', ' ') + "; give the role to an account first");
    }

    private static AccountRole toRole(PostingRole role) {
        return AccountRole.valueOf(role.name());
    }
}
