package io.tessera.tenants.platform;

import io.tessera.kernel.access.AccessChanges;
import io.tessera.kernel.account.Accounts;
import io.tessera.kernel.audit.AuditTrail;
import io.tessera.kernel.migration.SqlIdentifiers;
import io.tessera.kernel.tenancy.TenantContext;
import io.tessera.kernel.tenancy.TransactionSettings;
import io.tessera.kernel.web.ApiException;
import io.tessera.sdk.TenantRef;
import io.tessera.tenants.data.ModuleErasure;
import io.tessera.tenants.data.TableExporter;
import io.tessera.tenants.identity.IdentityDirectory;
import io.tessera.tenants.identity.IdentityDirectoryException;
import io.tessera.tenants.data.TenantTables;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Deletes a tenant (offboarding): exports every row it owns first (kept for the operator), then
 * removes those rows from every tenant table — plugin tables newest first, then the kernel's — and the
 * tenant itself, and leaves one minimal audit record; last, it removes the tenant from the identity
 * directory (Keycloak's Organization). One transaction: all or nothing.
 */
@Service
public class TenantOffboarding {

    private static final Logger log = LoggerFactory.getLogger(TenantOffboarding.class);

    /** Kernel tables in an order that never violates a foreign key. */
    private static final List<String> KERNEL_ORDER = List.of("outbox_events", "tenant_modules", "party_contact_points",
            "party_addresses", "party_roles", "parties", "memberships");

    private final Accounts accounts;
    private final TenantTables tenantTables;
    private final TableExporter exporter;
    private final JdbcClient jdbc;
    private final TransactionTemplate tx;
    private final AuditTrail audit;
    private final Path exportsDir;
    private final TransactionSettings settings;
    private final IdentityDirectory directory;
    private final ModuleErasure erasure;
    private final AccessChanges changes;

    TenantOffboarding(Accounts accounts, TenantTables tenantTables, TableExporter exporter, JdbcClient jdbc,
                      TransactionTemplate tx, AuditTrail audit, @Value("${tessera.exports.dir:data/exports}") Path exportsDir,
                      TransactionSettings settings, IdentityDirectory directory, ModuleErasure erasure, AccessChanges changes) {
        this.directory = directory;
        this.changes = changes;
        this.accounts = accounts;
        this.erasure = erasure;
        this.tenantTables = tenantTables;
        this.exporter = exporter;
        this.jdbc = jdbc;
        this.tx = tx;
        this.audit = audit;
        this.exportsDir = exportsDir;
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
    public Result delete(String slug) {
        TenantRef tenant = accounts.findTenant(slug).map(t -> t.ref()).orElseThrow(() -> ApiException.notFound("Tenant", slug));
        return TenantContext.callAs(tenant, null, () -> tx.execute(status -> {
            Map<String, List<String>> moduleTables = moduleTables();
            List<String> tables = new ArrayList<>();
            moduleTables.values().forEach(tables::addAll);
            List<String> others = otherTables(tables);
            tables.addAll(others);
            Path file = exportsDir.resolve(slug).resolve("offboarding-" + Instant.now().toString().replace(':', '-') + ".zip")
                    .toAbsolutePath();
            try {
                Files.createDirectories(file.getParent());
                try (OutputStream out = Files.newOutputStream(file)) {
                    List<String> exported = new ArrayList<>(tables);
                    exported.add("audit_log");
                    exporter.export(out, exported, tenant.id(), slug);
                }
            } catch (IOException e) {
                throw new ApiException(HttpStatus.INTERNAL_SERVER_ERROR,
                        "Could not write the export, so the tenant was not deleted: " + e.getMessage());
            }
            Map<String, Long> deleted = new LinkedHashMap<>();
            jdbc.sql("update parties set organization_id = null where tenant_id = ?").param(tenant.id()).update();
            moduleTables.forEach((module, owned) -> deleted.putAll(erasure.erase(module, owned, tenant.id())));
            for (String table : others) {
                deleted.put(table, (long) jdbc.sql("delete from " + SqlIdentifiers.quote(table) + " where tenant_id = ?")
                        .param(tenant.id()).update());
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
                throw new ApiException(e.status(), e.getMessage() + "; the tenant was not deleted");
            }
            log.warn("Tenant {} deleted; export kept at {}; rows deleted: {}", slug, file, deleted);
            return new Result(slug, file.toString(), deleted);
        }));
    }

    /**
     * Each module's tables in creation order, the module with the newest table first (a module's tables
     * may refer to those of modules created before it, never after).
     */
    private Map<String, List<String>> moduleTables() {
        List<String> all = tenantTables.all();
        Map<String, List<String>> byModule = new LinkedHashMap<>();
        jdbc.sql("select module_id, table_name from module_tables order by position desc, module_id").query(rs -> {
            String table = rs.getString("table_name");
            if (all.contains(table)) {
                byModule.computeIfAbsent(rs.getString("module_id"), m -> new ArrayList<>()).addFirst(table);
            }
        });
        return byModule;
    }

    /** The kernel's tenant tables in foreign-key order, then any other tenant table, except the audit log. */
    private List<String> otherTables(List<String> moduleTables) {
        List<String> all = tenantTables.all();
        List<String> ordered = new ArrayList<>();
        KERNEL_ORDER.stream().filter(all::contains).forEach(ordered::add);
        all.stream().filter(t -> !ordered.contains(t) && !moduleTables.contains(t) && !"audit_log".equals(t))
                .forEach(ordered::add);
        return ordered;
    }
}
