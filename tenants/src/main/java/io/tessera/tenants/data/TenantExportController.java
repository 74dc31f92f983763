package io.tessera.tenants.data;

import io.tessera.kernel.access.KernelPermissions;
import io.tessera.sdk.security.RequiresPermission;

import io.tessera.kernel.tenancy.TenantContext;
import io.tessera.sdk.TenantRef;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/v1/admin/export}: every row the tenant owns, in every tenant table, as a zip of JSON lines. */
@RestController
@RequiresPermission(KernelPermissions.TENANT_ADMIN)
class TenantExportController {

    private final TenantTables tables;
    private final TableExporter exporter;
    private final TransactionTemplate tx;

    TenantExportController(TenantTables tables, TableExporter exporter, PlatformTransactionManager transactions) {
        this.tables = tables;
        this.exporter = exporter;
        this.tx = new TransactionTemplate(transactions);
        // one read-only snapshot, so that the export is consistent across tables
        this.tx.setReadOnly(true);
        this.tx.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
    }

    @GetMapping("/api/v1/admin/export")
    void export(HttpServletResponse response) {
        TenantRef tenant = TenantContext.tenant().orElseThrow();
        response.setContentType("application/zip");
        response.setHeader("Content-Disposition",
                "attachment; filename=\"" + tenant.slug() + "-export-" + LocalDate.now() + ".zip\"");
        tx.executeWithoutResult(status -> {
            try {
                exporter.export(response.getOutputStream(), tables.all(), tenant.id(), tenant.slug());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }
}
