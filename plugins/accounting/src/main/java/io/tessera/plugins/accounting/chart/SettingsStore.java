package io.tessera.plugins.accounting.chart;

import io.tessera.sdk.persistence.Ids;
import io.tessera.sdk.persistence.TenantJdbc;
import io.tessera.sdk.security.RequiresPermission;
import io.tessera.sdk.web.ApiProblem;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

/** Reads and writes the tenant's settings row. Call inside a transaction. */
public class SettingsStore {

    private static final String SELECT = "select id, base_currency, chart_template, lock_date from acc_settings where tenant_id = ?";

    private final TenantJdbc db;

    SettingsStore(TenantJdbc db) {
        this.db = db;
    }

    /**
     * The settings.
     *
     * @return the settings
     * @throws io.tessera.sdk.web.ApiProblem 409 when the module was never installed
     */
    public Settings current() {
        return find(SELECT).orElseThrow(SettingsStore::notInstalled);
    }

    /**
     * The settings, share-locked until the transaction ends, so the lock date cannot move while a
     * posting that checked it is in flight.
     *
     * @return the settings
     */
    public Settings forPosting() {
        return find(SELECT + db.forShare()).orElseThrow(SettingsStore::notInstalled);
    }

    /**
     * The settings, share-locked as {@link #forPosting()} does, and whether {@code date} falls in a closed period, in one
     * statement.
     *
     * @param date the posting date
     * @return the settings and the period check
     */
    public ForPosting forPosting(LocalDate date) {
        return db.sql().sql("select s.id, s.base_currency, s.chart_template, s.lock_date, "
                        + "(select count(*) from acc_periods p where p.tenant_id = s.tenant_id and p.start_date <= ? "
                        + "and p.end_date >= ? and p.closed = true) as closed_periods "
                        + "from acc_settings s where s.tenant_id = ?" + db.forShare())
                .params(date, date, db.tenant())
                .query((rs, n) -> new ForPosting(map(rs, n), rs.getLong("closed_periods") > 0))
                .optional().orElseThrow(SettingsStore::notInstalled);
    }

    /**
     * The settings a posting checks against.
     *
     * @param settings     the settings, share-locked
     * @param closedPeriod whether the posting date falls in a closed period
     */
    public record ForPosting(Settings settings, boolean closedPeriod) {
    }

    Optional<Settings> find() {
        return find(SELECT);
    }

    @RequiresPermission("accounting.manage")
    void create(String baseCurrency, String template) {
        db.sql().sql("insert into acc_settings (tenant_id, id, base_currency, chart_template) values (?, ?, ?, ?)")
                .params(db.tenant(), Ids.newId(), baseCurrency, template).update();
    }

    /**
     * Locks the settings row for a change that postings must not race with (periods, rates, lock date).
     */
    public void lockForUpdateOfPeriods() {
        lockForUpdate();
    }

    /**
     * The settings, locked exclusively until the transaction ends (postings wait; they share-lock it).
     *
     * @return the settings
     */
    public Settings lockForUpdate() {
        return find(SELECT + " for update").orElseThrow(SettingsStore::notInstalled);
    }

    /**
     * Moves the lock date (year-end closing); call after {@link #lockForUpdateOfPeriods()} in the same transaction.
     *
     * @param date the new lock date
     */
    @RequiresPermission("accounting.manage")
    public void moveLockDate(LocalDate date) {
        Settings current = lockForUpdate();
        update(new Settings(current.id(), current.baseCurrency(), current.chartTemplate(), date));
    }

    @RequiresPermission("accounting.manage")
    void update(Settings settings) {
        db.sql().sql("update acc_settings set base_currency = ?, chart_template = ?, lock_date = ?, version = version + 1 "
                        + "where tenant_id = ? and id = ?")
                .params(settings.baseCurrency(), settings.chartTemplate(), settings.lockDate(), db.tenant(), settings.id())
                .update();
    }

    /** Whether the tenant has any journal entry, draft or invoice. */
    boolean ledgerIsEmpty() {
        return db.sql().sql("""
                        select (select count(*) from acc_entries where tenant_id = :t)
                             + (select count(*) from acc_drafts where tenant_id = :t)
                             + (select count(*) from acc_invoices where tenant_id = :t)
                        """).param("t", db.tenant()).query(Long.class).single() == 0;
    }

    private Optional<Settings> find(String sql) {
        return db.sql().sql(sql).param(db.tenant()).query(SettingsStore::map).optional();
    }

    private static Settings map(ResultSet rs, int row) throws SQLException {
        return new Settings(rs.getObject("id", UUID.class), rs.getString("base_currency"), rs.getString("chart_template"),
                rs.getObject("lock_date", LocalDate.class));
    }

    private static RuntimeException notInstalled() {
        return ApiProblem.conflict("Accounting is not set up for this tenant; enable the module through the admin API");
    }
}
