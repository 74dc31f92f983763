package io.tessera.plugins.accounting.chart;

import io.tessera.sdk.persistence.Ids;
import io.tessera.sdk.persistence.TenantJdbc;
import io.tessera.sdk.security.RequiresPermission;
import io.tessera.sdk.web.ApiProblem;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.RowMapper;

/** The tenant's chart of accounts. Call inside a transaction. */
public class Accounts {

    private static final String SELECT = """
            select a.id, a.code, a.name, a.type, p.code as parent_code, a.role, a.active
              from acc_accounts a
              left join acc_accounts p on p.tenant_id = a.tenant_id and p.id = a.parent_id
             where a.tenant_id = :tenant
            """;
    private static final RowMapper<Account> ROW = Accounts::map;

    private final TenantJdbc db;

    Accounts(TenantJdbc db) {
        this.db = db;
    }

    /**
     * Accounts by code, in one query.
     *
     * @param codes account codes
     * @return the accounts found, by code
     */
    public Map<String, Account> byCodes(Collection<String> codes) {
        Map<String, Account> found = new HashMap<>();
        if (codes.isEmpty()) {
            return found;
        }
        db.sql().sql(SELECT + " and a.code in (:codes)").param("tenant", db.tenant()).param("codes", List.copyOf(codes))
                .query(ROW).list().forEach(a -> found.put(a.code(), a));
        return found;
    }

    /**
     * One account by code.
     *
     * @param code the code
     * @return the account
     * @throws io.tessera.sdk.web.ApiProblem 404 when there is none
     */
    public Account byCode(String code) {
        Account account = byCodes(List.of(code)).get(code);
        if (account == null) {
            throw ApiProblem.notFound("Account", code);
        }
        return account;
    }

    /**
     * The accounts that documents post to, by role.
     *
     * @return the role accounts the chart has
     */
    public Map<AccountRole, Account> roles() {
        Map<AccountRole, Account> roles = new EnumMap<>(AccountRole.class);
        db.sql().sql(SELECT + " and a.role is not null").param("tenant", db.tenant()).query(ROW).list()
                .forEach(a -> roles.put(a.role(), a));
        return roles;
    }

    /**
     * The active account with a role.
     *
     * @param roles the role accounts, from {@link #roles()}
     * @param role  the role
     * @return the account
     * @throws io.tessera.sdk.web.ApiProblem 422 when the chart has no active account for it
     */
    public static Account require(Map<AccountRole, Account> roles, AccountRole role) {
        Account account = roles.get(role);
        if (account == null || !account.active()) {
            throw ApiProblem.unprocessable("The chart of accounts has no active " + role.name().toLowerCase()
                    + " account; assign the role to an account first");
        }
        return account;
    }

    /**
     * The active accounts of the chart, by code.
     *
     * @return the active accounts
     */
    public List<Account> active() {
        Map<String, Object> params = new HashMap<>();
        return db.sql().sql(SELECT + filter(null, true, params, "a.") + " order by a.code").params(params).query(ROW).list();
    }

    List<Account> page(AccountType type, Boolean active, int page, int size) {
        Map<String, Object> params = new HashMap<>();
        String sql = SELECT + filter(type, active, params, "a.") + " order by a.code limit :size offset :offset";
        params.put("size", size);
        params.put("offset", (long) page * size);
        return db.sql().sql(sql).params(params).query(ROW).list();
    }

    long count(AccountType type, Boolean active) {
        Map<String, Object> params = new HashMap<>();
        String sql = "select count(*) from acc_accounts where tenant_id = :tenant" + filter(type, active, params, "");
        return db.sql().sql(sql).params(params).query(Long.class).single();
    }

    private String filter(AccountType type, Boolean active, Map<String, Object> params, String alias) {
        params.put("tenant", db.tenant());
        StringBuilder sql = new StringBuilder();
        if (type != null) {
            sql.append(" and ").append(alias).append("type = :type");
            params.put("type", type.name());
        }
        if (active != null) {
            sql.append(" and ").append(alias).append("active = :active");
            params.put("active", active);
        }
        return sql.toString();
    }

    boolean isEmpty() {
        return db.sql().sql("select count(*) from acc_accounts where tenant_id = ?").param(db.tenant())
                .query(Long.class).single() == 0;
    }

    @RequiresPermission("accounting.manage")
    Account create(String code, String name, AccountType type, String parentCode, AccountRole role) {
        if (!byCodes(List.of(code)).isEmpty()) {
            throw ApiProblem.conflict("An account with code " + code + " already exists");
        }
        UUID parent = parentCode == null ? null : parent(parentCode, type).id();
        UUID id = Ids.newId();
        db.sql().sql("insert into acc_accounts (tenant_id, id, code, name, type, parent_id, role, active) "
                        + "values (?, ?, ?, ?, ?, ?, ?, true)")
                .params(db.tenant(), id, code, name, type.name(), parent, role == null ? null : role.name()).update();
        return new Account(id, code, name, type, parentCode, role, true);
    }

    /**
     * Adds an account next to another one: same type and parent, the first free numeric code after it (e.g. a new bank
     * account next to the chart's bank account).
     *
     * @param sibling the account to place it next to
     * @param name    the new account's name
     * @return the account created
     */
    @RequiresPermission("accounting.manage")
    public Account createNextTo(Account sibling, String name) {
        java.util.Set<String> taken = new java.util.HashSet<>(db.sql().sql("select code from acc_accounts where tenant_id = ?")
                .params(db.tenant()).query(String.class).list());
        String digits = sibling.code().replaceAll("\\D", "");
        long next = digits.isEmpty() ? 1 : Long.parseLong(digits) + 1;
        while (taken.contains(String.valueOf(next))) {
            next++;
        }
        return create(String.valueOf(next), name, sibling.type(), sibling.parentCode(), null);
    }

    @RequiresPermission("accounting.manage")
    Account update(Account account, String name, String parentCode, boolean active) {
        UUID parent = parentCode == null ? null : parent(parentCode, account.type()).id();
        if (parentCode != null && parentCode.equals(account.code())) {
            throw ApiProblem.invalid("parent", "cannot be the account itself");
        }
        db.sql().sql("update acc_accounts set name = ?, parent_id = ?, active = ?, version = version + 1 "
                        + "where tenant_id = ? and id = ?")
                .params(name, parent, active, db.tenant(), account.id()).update();
        return new Account(account.id(), account.code(), name, account.type(), parentCode, account.role(), active);
    }

    /** Deletes an account that no entry, draft, or child account uses; 409 otherwise. */
    @RequiresPermission("accounting.manage")
    void delete(Account account) {
        long uses = db.sql().sql("""
                        select (select count(*) from acc_lines where tenant_id = :t and account_id = :a)
                             + (select count(*) from acc_draft_lines where tenant_id = :t and account_id = :a)
                             + (select count(*) from acc_accounts where tenant_id = :t and parent_id = :a)
                        """)
                .param("t", db.tenant()).param("a", account.id()).query(Long.class).single();
        if (uses > 0 || account.role() != null) {
            throw ApiProblem.conflict("Account " + account.code() + " is in use (entries, drafts, child accounts or an "
                    + "automatic-posting role); deactivate it instead");
        }
        db.sql().sql("delete from acc_accounts where tenant_id = ? and id = ?").params(db.tenant(), account.id()).update();
    }

    /** Replaces an unused chart with a template's accounts. */
    @RequiresPermission("accounting.manage")
    void seed(ChartTemplate template) {
        db.sql().sql("update acc_accounts set parent_id = null where tenant_id = ?").param(db.tenant()).update();
        db.sql().sql("delete from acc_accounts where tenant_id = ?").param(db.tenant()).update();
        Map<String, UUID> ids = new HashMap<>();
        List<Object[]> rows = new ArrayList<>();
        for (ChartTemplate.Entry e : template.accounts()) {
            UUID id = Ids.newId();
            ids.put(e.code(), id);
            rows.add(new Object[] {db.tenant(), id, e.code(), e.name(), e.type().name(),
                e.parent() == null ? null : ids.get(e.parent()), e.role() == null ? null : e.role().name()});
        }
        db.jdbc().batchUpdate("insert into acc_accounts (tenant_id, id, code, name, type, parent_id, role, active) "
                + "values (?, ?, ?, ?, ?, ?, ?, true)", rows);
    }

    /**
     * Gives the chart the automatic-posting roles it lacks, from its template: a role added to the template after the
     * tenant's chart was seeded (the stock roles, for instance) goes to the template's account for it — an existing
     * account with that code and no role takes the role, a missing one is created (under the template's parent when
     * the chart has it). A code the tenant already uses for an account with another role is left alone; that role
     * then stays unassigned until an account is given it. Idempotent; writes nothing when every role is assigned.
     * Runs as part of the module's installer and of automatic postings by other modules, so it needs no permission:
     * it only completes the chart from its own template. Call inside a transaction, after locking the settings row.
     *
     * @param templateId the tenant's chart template
     * @return the roles that were assigned by this call
     */
    public java.util.Set<AccountRole> completeRoles(String templateId) {
        ChartTemplate template = ChartTemplates.find(templateId).orElse(ChartTemplates.IFRS);
        Map<AccountRole, Account> have = roles();
        List<ChartTemplate.Entry> missing = template.accounts().stream()
                .filter(e -> e.role() != null && !have.containsKey(e.role())).toList();
        java.util.Set<AccountRole> assigned = java.util.EnumSet.noneOf(AccountRole.class);
        if (missing.isEmpty()) {
            return assigned;
        }
        List<String> codes = new ArrayList<>(missing.stream().map(ChartTemplate.Entry::code).toList());
        missing.stream().map(ChartTemplate.Entry::parent).filter(java.util.Objects::nonNull).forEach(codes::add);
        Map<String, Account> existing = byCodes(codes);
        List<Object[]> inserts = new ArrayList<>();
        for (ChartTemplate.Entry e : missing) {
            Account account = existing.get(e.code());
            if (account == null) {
                Account parent = e.parent() == null ? null : existing.get(e.parent());
                UUID parentId = parent != null && parent.type() == e.type() ? parent.id() : null;
                inserts.add(new Object[] {db.tenant(), Ids.newId(), e.code(), e.name(), e.type().name(), parentId,
                    e.role().name()});
                assigned.add(e.role());
            } else if (account.role() == null) {
                db.sql().sql("update acc_accounts set role = ?, version = version + 1 where tenant_id = ? and id = ?")
                        .params(e.role().name(), db.tenant(), account.id()).update();
                assigned.add(e.role());
            }
        }
        if (!inserts.isEmpty()) {
            db.jdbc().batchUpdate("insert into acc_accounts (tenant_id, id, code, name, type, parent_id, role, active) "
                    + "values (?, ?, ?, ?, ?, ?, ?, true)", inserts);
        }
        return assigned;
    }

    private Account parent(String parentCode, AccountType type) {
        Account parent = byCodes(List.of(parentCode)).get(parentCode);
        if (parent == null) {
            throw ApiProblem.invalid("parent", "is not an account code: " + parentCode);
        }
        if (parent.type() != type) {
            throw ApiProblem.invalid("parent", "must be an account of the same type (" + type + ")");
        }
        return parent;
    }

    private static Account map(ResultSet rs, int row) throws SQLException {
        String role = rs.getString("role");
        return new Account(rs.getObject("id", UUID.class), rs.getString("code"), rs.getString("name"),
                AccountType.valueOf(rs.getString("type")), rs.getString("parent_code"),
                role == null ? null : AccountRole.valueOf(role), rs.getBoolean("active"));
    }
}
