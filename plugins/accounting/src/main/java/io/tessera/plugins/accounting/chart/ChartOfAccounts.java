package io.tessera.plugins.accounting.chart;

import io.tessera.sdk.persistence.TenantJdbc;
import io.tessera.sdk.security.RequiresPermission;
import io.tessera.sdk.web.ApiProblem;
import java.util.List;

/**
 * The chart of accounts for in-process callers (the plugin's views): the same rules as the REST API, each call
 * in its own transaction.
 */
public class ChartOfAccounts {

    /** The most accounts a chart is shown with at once (templates have well under a hundred). */
    public static final int MAX = 2_000;

    private final Accounts accounts;
    private final TenantJdbc db;

    ChartOfAccounts(Accounts accounts, TenantJdbc db) {
        this.accounts = accounts;
        this.db = db;
    }

    /**
     * The tenant's accounts in code order, at most {@link #MAX}.
     *
     * @return the accounts
     */
    public List<Account> all() {
        return db.tx().read(() -> accounts.page(null, null, 0, MAX));
    }

    /**
     * Adds an account.
     *
     * @param code   unique code
     * @param name   name
     * @param type   type
     * @param parent parent code (same type) or {@code null}
     * @return the account
     * @throws org.springframework.web.ErrorResponseException 422 for an invalid field, 409 for a duplicate code
     */
    @RequiresPermission("accounting.manage")
    public Account add(String code, String name, AccountType type, String parent) {
        if (code == null || !code.matches("[A-Za-z0-9][A-Za-z0-9.-]{0,19}")) {
            throw ApiProblem.invalid("code", "must be 1 to 20 letters, digits, dots or dashes, starting with a letter or digit");
        }
        if (name == null || name.isBlank() || name.length() > 200) {
            throw ApiProblem.invalid("name", "must not be blank and at most 200 characters");
        }
        if (type == null) {
            throw ApiProblem.invalid("type", "must be chosen");
        }
        String parentCode = parent == null || parent.isBlank() ? null : parent;
        return db.tx().write(() -> accounts.create(code, name.strip(), type, parentCode, null));
    }

    /**
     * Activates or deactivates an account; one with an automatic-posting role stays active.
     *
     * @param code   the account's code
     * @param active the new state
     * @return the account
     * @throws org.springframework.web.ErrorResponseException 404 unknown code, 409 for a role account
     */
    @RequiresPermission("accounting.manage")
    public Account setActive(String code, boolean active) {
        return db.tx().write(() -> {
            Account account = accounts.byCode(code);
            if (!active && account.role() != null) {
                throw ApiProblem.conflict("Account " + code + " receives automatic postings (" + account.role()
                        + ") and cannot be deactivated");
            }
            return accounts.update(account, account.name(), account.parentCode(), active);
        });
    }
}
