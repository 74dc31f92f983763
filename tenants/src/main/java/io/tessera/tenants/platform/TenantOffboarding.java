package io.tessera.tenants.platform;

import io.tessera.kernel.access.AccessChanges;
import io.tessera.kernel.access.KernelPermissions;
import io.tessera.kernel.account.TenantDirectory;
import io.tessera.kernel.audit.AuditLogService;
import io.tessera.kernel.migration.SchemaCatalog;
import io.tessera.kernel.tenancy.TenantContext;
import io.tessera.kernel.tenancy.TransactionSettings;
import io.tessera.sdk.web.ApiProblem;
import io.tessera.sdk.TenantRef;
import io.tessera.sdk.security.RequiresPermission;
import io.tessera.tenants.data.ModuleErasure;
import io.tessera.tenants.data.ExportFiles;
import io.tessera.tenants.data.TenantTables;
import io.tessera.tenants.identity.IdentityDirectory;
import io.tessera.tenants.identity.IdentityDirectoryException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Deletes a tenant (offboarding): exports every row it owns first (kept for the operator), then
 * removes those rows from every tenant table — modules' tables first, then the kernel's, each in foreign-key
 * order read from the database's catalog — and the
 * tenant itself, and leaves one minimal audit record; last, it removes the tenant from the identity
 * directory (Keycloak's Organization). One transaction: all or nothing.
 */
@Service
public class TenantOffboarding {

    private static final Logger log = LoggerFactory.getLogger(TenantOffboarding.class);

    private final TenantDirectory tenants;
    private final TenantTables tenantTables;
    private final ExportFiles exports;
    private final JdbcClient jdbc;
    private final TransactionTemplate tx;
    private final AuditLogService audit;
    private final SchemaCatalog schema;
    private final TransactionSettings settings;
    private final IdentityDirectory directory;
    private final ModuleErasure erasure;
    private final AccessChanges changes;

    TenantOffboarding(TenantDirectory tenants, TenantTables tenantTables, ExportFiles exports, JdbcClient jdbc,
                      TransactionTemplate tx, AuditLogService audit, SchemaCatalog schema,
                      TransactionSettings settings, IdentityDirectory directory, ModuleErasure erasure, AccessChanges changes) {
        this.directory = directory;
        this.changes = changes;
        this.tenants = tenants;
        this.erasure = erasure;
        this.tenantTables = tenantTables;
        this.exports = exports;
        this.jdbc = jdbc;
        this.tx = tx;
        this.audit = audit;
        this.schema = schema;
        this.settings = settings;
    }

    /**
     * What an offboarding did.
     *
     * @param tenant  the deleted tenant's slug
     * @param export  the export written first
     * @param deleted rows deleted per table
     */
    public record Result(String tenant, String export, Map<String, Long> deleted) {
    }

    /** Exports every row of the tenant, then deletes them all, leaving one audit record. */
    @RequiresPermission(KernelPermissions.PLATFORM)
    public Result delete(String slug) {
        TenantRef tenant = tenants.findTenant(slug).map(t -> t.ref()).orElseThrow(() -> ApiProblem.notFound("Tenant", slug));
        Path file = exports.newFile(tenant, "offboarding");
        return exports.discardIfFailed(file, () -> TenantContext.callAs(tenant, null, () -> tx.execute(status -> {
            Map<String, List<String>> moduleTables = moduleTables();
            List<String> owned = new ArrayList<>();
            moduleTables.values().forEach(owned::addAll);
            List<String> kernelTables = schema.deletionOrder(tenantTables.all().stream()
                    .filter(t -> !owned.contains(t) && !"audit_log".equals(t)).toList());
            List<String> exported = new ArrayList<>(owned);
            exported.addAll(kernelTables);
            exported.add("audit_log");
            exports.write(file, exported, tenant);
            Map<String, Long> deleted = new LinkedHashMap<>();
            deleted.putAll(erasure.erase(moduleTables, tenant.id()));
            for (String table : kernelTables) {
                deleted.put(table, erasure.deleteRows(table, tenant.id()));
            }
            deleted.put("audit_log", settings.postgres()
                    ? jdbc.sql("select tessera_erase_tenant_audit()").query(Long.class).single()
                    : (long) jdbc.sql("delete from audit_log where tenant_id = ?").param(tenant.id()).update());
            jdbc.sql("delete from tenants where id = ?").param(tenant.id()).update();
            changes.changed();
            audit.record("Tenant", slug, "DELETED", Map.of("export", file.toString()));
            // last, before commit: if the directory refuses, the whole deletion rolls back
            try {
                directory.removeTenant(slug);
            } catch (IdentityDirectoryException e) {
                throw new ApiProblem(e.status().value(), e.getMessage() + "; the tenant was not deleted");
            }
            log.warn("Tenant {} deleted; export kept at {}; rows deleted: {}", slug, file, deleted);
            return new Result(slug, file.toString(), deleted);
        })));
    }

    /** Each module's tenant tables, in the order the migrator recorded them; the erasure orders them by foreign key. */
    private Map<String, List<String>> moduleTables() {
        List<String> all = tenantTables.all();
        Map<String, List<String>> byModule = new LinkedHashMap<>();
        jdbc.sql("select module_id, table_name from module_tables order by module_id, position").query(rs -> {
            String table = rs.getString("table_name");
            if (all.contains(table)) {
                byModule.computeIfAbsent(rs.getString("module_id"), m -> new ArrayList<>()).add(table);
            }
        });
        return byModule;
    }
}
