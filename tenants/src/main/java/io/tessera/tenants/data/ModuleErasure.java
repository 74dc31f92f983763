package io.tessera.tenants.data;

import io.tessera.kernel.access.KernelPermissions;
import io.tessera.kernel.migration.ReferenceOrder;
import io.tessera.kernel.migration.SchemaCatalog;
import io.tessera.kernel.plugin.InstalledModule;
import io.tessera.kernel.plugin.ModuleCatalog;
import io.tessera.kernel.tenancy.TransactionSettings;
import io.tessera.sdk.TesseraModule;
import io.tessera.sdk.security.RequiresPermission;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Deletes the current tenant's rows of modules' tables: through a module's own erase function
 * ({@link TesseraModule#eraseFunction()}) on PostgreSQL when it declares one, otherwise table by table as the
 * application role. Modules and tables go in foreign-key order, read from the database's catalog
 * ({@link SchemaCatalog#deletionOrder}): whatever refers to a row is deleted before it. Call inside a transaction
 * in the tenant's scope, after exporting the rows.
 */
@Component
public class ModuleErasure {

    private final ModuleCatalog catalog;
    private final JdbcClient jdbc;
    private final TransactionSettings settings;
    private final SchemaCatalog schema;

    ModuleErasure(ModuleCatalog catalog, JdbcClient jdbc, TransactionSettings settings, SchemaCatalog schema) {
        this.catalog = catalog;
        this.jdbc = jdbc;
        this.settings = settings;
        this.schema = schema;
    }

    /**
     * Erases the tenant's rows of several modules, each module after every module whose tables refer to its
     * tables (modules that do not refer to each other keep the given order).
     *
     * @param moduleTables each module (it may no longer be installed; then its tables are deleted directly) and
     *                     its tables
     * @param tenantId     the tenant in scope
     * @return rows deleted per table, in deletion order
     * @throws IllegalStateException when an erase function did not erase exactly the rows it should have
     *                               (the caller's transaction then rolls back)
     */
    @RequiresPermission(KernelPermissions.TENANT_ADMIN)
    public Map<String, Long> erase(Map<String, List<String>> moduleTables, UUID tenantId) {
        List<String> modules = ReferenceOrder.referencingFirst(List.copyOf(moduleTables.keySet()),
                module -> referencedModules(module, moduleTables));
        Map<String, Long> deleted = new LinkedHashMap<>();
        for (String module : modules) {
            deleted.putAll(eraseModule(module, moduleTables.get(module), tenantId));
        }
        return deleted;
    }

    private Map<String, Long> eraseModule(String moduleId, List<String> tables, UUID tenantId) {
        Map<String, Long> deleted = new LinkedHashMap<>();
        List<String> ordered = schema.deletionOrder(tables);
        Optional<String> function = settings.postgres() ? eraseFunction(moduleId) : Optional.empty();
        if (function.isPresent()) {
            long expected = 0;
            for (String table : ordered) {
                long rows = count(table, tenantId);
                deleted.put(table, rows);
                expected += rows;
            }
            long erased = jdbc.sql("select " + schema.quote(function.get()) + "()").query(Long.class).single();
            if (erased != expected) {
                throw new IllegalStateException("Erase function " + function.get() + " of module " + moduleId + " erased "
                        + erased + " rows, but the module's tables held " + expected + " rows of the tenant");
            }
            return deleted;
        }
        for (String table : ordered) {
            deleted.put(table, deleteRows(table, tenantId));
        }
        return deleted;
    }

    /**
     * Deletes the tenant's rows of one table, as the catalog says the database needs it (see
     * {@link SchemaCatalog#tenantDeletion}).
     *
     * @param table    a tenant table
     * @param tenantId the tenant in scope
     * @return the rows deleted
     */
    @RequiresPermission(KernelPermissions.TENANT_ADMIN)
    public long deleteRows(String table, UUID tenantId) {
        long deleted = 0;
        for (String statement : schema.tenantDeletion(table)) {
            deleted = jdbc.sql(statement).param(tenantId).update();
        }
        return deleted;
    }

    /** The other modules whose tables the module's tables refer to. */
    private Set<String> referencedModules(String module, Map<String, List<String>> moduleTables) {
        Set<String> referenced = new HashSet<>();
        for (String table : moduleTables.get(module)) {
            referenced.addAll(schema.table(table).references());
        }
        Set<String> modules = new HashSet<>();
        moduleTables.forEach((other, tables) -> {
            if (!other.equals(module) && tables.stream().anyMatch(referenced::contains)) {
                modules.add(other);
            }
        });
        return modules;
    }

    private Optional<String> eraseFunction(String moduleId) {
        return catalog.find(moduleId).flatMap(InstalledModule::module).flatMap(TesseraModule::eraseFunction);
    }

    private long count(String table, UUID tenantId) {
        return jdbc.sql("select count(*) from " + schema.identifier(table) + " where tenant_id = ?")
                .param(tenantId).query(Long.class).single();
    }
}
