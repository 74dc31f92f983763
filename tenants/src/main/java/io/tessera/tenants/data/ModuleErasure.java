package io.tessera.tenants.data;

import io.tessera.kernel.access.KernelPermissions;
import io.tessera.kernel.migration.SqlIdentifiers;
import io.tessera.kernel.plugin.InstalledModule;
import io.tessera.kernel.plugin.ModuleCatalog;
import io.tessera.kernel.tenancy.TransactionSettings;
import io.tessera.sdk.TesseraModule;
import io.tessera.sdk.security.RequiresPermission;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Deletes the current tenant's rows of one module's tables: through the module's own erase function
 * ({@link TesseraModule#eraseFunction()}) on PostgreSQL when it declares one, otherwise table by table,
 * newest table first, as the application role. Call inside a transaction in the tenant's scope, after
 * exporting the rows.
 */
@Component
public class ModuleErasure {

    private final ModuleCatalog catalog;
    private final JdbcClient jdbc;
    private final TransactionSettings settings;

    ModuleErasure(ModuleCatalog catalog, JdbcClient jdbc, TransactionSettings settings) {
        this.catalog = catalog;
        this.jdbc = jdbc;
        this.settings = settings;
    }

    /**
     * Erases the tenant's rows of the module.
     *
     * @param moduleId the module (it may no longer be installed; then its tables are deleted directly)
     * @param tables   the module's tables in creation order
     * @param tenantId the tenant in scope
     * @return rows deleted per table, in deletion order
     * @throws IllegalStateException when an erase function did not erase exactly the rows it should have
     *                               (the caller's transaction then rolls back)
     */
    @RequiresPermission(KernelPermissions.TENANT_ADMIN)
    public Map<String, Long> erase(String moduleId, List<String> tables, UUID tenantId) {
        Map<String, Long> deleted = new LinkedHashMap<>();
        Optional<String> function = settings.postgres() ? eraseFunction(moduleId) : Optional.empty();
        if (function.isPresent()) {
            long expected = 0;
            for (String table : tables.reversed()) {
                long rows = count(table, tenantId);
                deleted.put(table, rows);
                expected += rows;
            }
            long erased = jdbc.sql("select " + SqlIdentifiers.quote(function.get()) + "()").query(Long.class).single();
            if (erased != expected) {
                throw new IllegalStateException("Erase function " + function.get() + " of module " + moduleId + " erased "
                        + erased + " rows, but the module's tables held " + expected + " rows of the tenant");
            }
            return deleted;
        }
        for (String table : tables.reversed()) {
            deleted.put(table, (long) jdbc.sql("delete from " + SqlIdentifiers.quote(table) + " where tenant_id = ?")
                    .param(tenantId).update());
        }
        return deleted;
    }

    private Optional<String> eraseFunction(String moduleId) {
        return catalog.find(moduleId).flatMap(InstalledModule::module).flatMap(TesseraModule::eraseFunction);
    }

    private long count(String table, UUID tenantId) {
        return jdbc.sql("select count(*) from " + SqlIdentifiers.quote(table) + " where tenant_id = ?")
                .param(tenantId).query(Long.class).single();
    }
}
