package io.tessera.tenants.platform;

import io.tessera.kernel.account.Accounts;
import io.tessera.kernel.audit.AuditTrail;
import io.tessera.kernel.migration.SqlIdentifiers;
import io.tessera.kernel.tenancy.TenantContext;
import io.tessera.kernel.tenancy.TransactionSettings;
import io.tessera.kernel.web.ApiException;
import io.tessera.sdk.TenantRef;
import io.tessera.tenants.data.TableExporter;
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
 * tenant itself, and leaves one minimal audit record. One transaction: all or nothing.
 */
@Service
class TenantOffboarding {

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

    TenantOffboarding(Accounts accounts, TenantTables tenantTables, TableExporter exporter, JdbcClient jdbc,
                      TransactionTemplate tx, AuditTrail audit, @Value("${tessera.exports.dir:data/exports}") Path exportsDir,
                      TransactionSettings settings) {
        this.accounts = accounts;
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
    record Result(String tenant, String export, Map<String, Long> deleted) {
    }

    Result delete(String slug) {
        TenantRef tenant = accounts.findTenant(slug).map(t -> t.ref()).orElseThrow(() -> ApiException.notFound("Tenant", slug));
        return TenantContext.callAs(tenant, null, () -> tx.execute(status -> {
            List<String> tables = deletionOrder();
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
            for (String table : tables) {
                deleted.put(table, (long) jdbc.sql("delete from " + SqlIdentifiers.quote(table) + " where tenant_id = ?")
                        .param(tenant.id()).update());
            }
            deleted.put("audit_log", settings.postgres()
                    ? jdbc.sql("select tessera_erase_tenant_audit()").query(Long.class).single()
                    : (long) jdbc.sql("delete from audit_log where tenant_id = ?").param(tenant.id()).update());
            jdbc.sql("delete from tenants where id = ?").param(tenant.id()).update();
            audit.record("Tenant", slug, "DELETED", Map.of("export", file.toString()));
            log.warn("Tenant {} deleted; export kept at {}; rows deleted: {}", slug, file, deleted);
            return new Result(slug, file.toString(), deleted);
        }));
    }

    /** Plugin tables (newest module table first), then the kernel's, then any other tenant table. */
    private List<String> deletionOrder() {
        List<String> all = tenantTables.all();
        List<String> ordered = new ArrayList<>(jdbc.sql("select table_name from module_tables order by position desc, module_id")
                .query(String.class).list().stream().filter(all::contains).toList());
        KERNEL_ORDER.stream().filter(all::contains).forEach(ordered::add);
        all.stream().filter(t -> !ordered.contains(t) && !"audit_log".equals(t)).forEach(ordered::add);
        return ordered;
    }
}
