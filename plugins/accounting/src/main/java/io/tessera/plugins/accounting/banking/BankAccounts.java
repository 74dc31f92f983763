package io.tessera.plugins.accounting.banking;

import io.tessera.plugins.accounting.chart.Account;
import io.tessera.plugins.accounting.chart.AccountRole;
import io.tessera.plugins.accounting.chart.AccountType;
import io.tessera.plugins.accounting.chart.Accounts;
import io.tessera.plugins.accounting.common.Money;
import io.tessera.sdk.persistence.Ids;
import io.tessera.sdk.persistence.TenantJdbc;
import io.tessera.sdk.security.RequiresPermission;
import io.tessera.sdk.web.ApiProblem;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.dao.DuplicateKeyException;

/**
 * Bank accounts, each linked to one ledger account: an existing asset account, or a new one created next to the
 * chart's bank account (same parent, the next free code). The chart's {@code BANK} role stays on one account (the
 * default for payments recorded by hand); a ledger account is a bank account by this link. Call inside a transaction.
 */
public class BankAccounts {

    private static final String SELECT = "select b.id, b.name, b.currency, b.account_id, a.code, a.name as account_name "
            + "from acc_bank_accounts b join acc_accounts a on a.tenant_id = b.tenant_id and a.id = b.account_id where b.tenant_id = ?";

    private final TenantJdbc db;
    private final Accounts accounts;

    BankAccounts(TenantJdbc db, Accounts accounts) {
        this.db = db;
        this.accounts = accounts;
    }

    /**
     * Every bank account, by name.
     *
     * @return the accounts
     */
    public List<BankAccount> list() {
        return db.sql().sql(SELECT + " order by b.name, b.id").params(db.tenant()).query(BankAccounts::map).list();
    }

    /**
     * One bank account.
     *
     * @param id its id
     * @return the account, empty when the tenant has none with this id
     */
    public Optional<BankAccount> find(UUID id) {
        return db.sql().sql(SELECT + " and b.id = ?").params(db.tenant(), id).query(BankAccounts::map).optional();
    }

    /**
     * Adds a bank account; every bad field is named in one 422.
     *
     * @param name     its name
     * @param currency its currency
     * @param account  an existing asset account's code, or {@code null} for a new ledger account
     * @return the bank account
     */
    @RequiresPermission("accounting.manage")
    public BankAccount create(String name, String currency, String account) {
        List<ApiProblem.FieldError> errors = new ArrayList<>();
        String n = name == null ? "" : name.strip();
        if (n.isEmpty() || n.length() > 200) {
            errors.add(new ApiProblem.FieldError("name", "is required (at most 200 characters)"));
        }
        String c = null;
        try {
            c = Money.currency(currency, "currency");
        } catch (ApiProblem p) {
            errors.addAll(p.errors());
        }
        Account ledger = null;
        if (account != null) {
            ledger = accounts.byCodes(List.of(account)).get(account);
            if (ledger == null || !ledger.active() || ledger.type() != AccountType.ASSET) {
                errors.add(new ApiProblem.FieldError("account", "is not an active asset account code: " + account));
            }
        }
        if (!errors.isEmpty()) {
            throw new ApiProblem(422, "The bank account is invalid", errors);
        }
        if (!db.sql().sql("select id from acc_bank_accounts where tenant_id = ? and name = ?").params(db.tenant(), n)
                .query(UUID.class).list().isEmpty()) {
            throw ApiProblem.conflict("A bank account named " + n + " already exists");
        }
        if (ledger == null) {
            Account bank = Accounts.require(accounts.roles(), AccountRole.BANK);
            ledger = accounts.createNextTo(bank, n);
        }
        UUID id = Ids.newId();
        try {
            db.sql().sql("insert into acc_bank_accounts (tenant_id, id, name, currency, account_id, created_at) values (?, ?, ?, ?, ?, ?)")
                    .params(db.tenant(), id, n, c, ledger.id(), OffsetDateTime.now(ZoneOffset.UTC)).update();
        } catch (DuplicateKeyException e) {
            throw ApiProblem.conflict("Ledger account " + ledger.code() + " is already linked to another bank account");
        }
        return find(id).orElseThrow();
    }

    private static BankAccount map(ResultSet rs, int n) throws SQLException {
        return new BankAccount(rs.getObject("id", UUID.class), rs.getString("name"), rs.getString("currency"),
                rs.getObject("account_id", UUID.class), rs.getString("code"), rs.getString("account_name"));
    }
}
