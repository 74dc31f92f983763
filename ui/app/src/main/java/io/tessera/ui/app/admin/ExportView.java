package io.tessera.ui.app.admin;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import io.tessera.kernel.access.KernelPermissions;
import io.tessera.kernel.tenancy.TenantContext;
import io.tessera.sdk.TenantRef;
import io.tessera.sdk.security.RequiresPermission;
import io.tessera.tenants.data.TableExporter;
import io.tessera.tenants.data.TenantTables;
import io.tessera.ui.app.shell.MainLayout;
import jakarta.annotation.security.PermitAll;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Export of all the tenant's data: a zip of JSON-lines files, one per tenant table, read in one
 * consistent snapshot (the same export as {@code GET /api/v1/admin/export}).
 */
@Route(value = "admin/export", layout = MainLayout.class)
@PermitAll
@RequiresPermission(KernelPermissions.TENANT_ADMIN)
public class ExportView extends VerticalLayout implements HasDynamicTitle {

    ExportView(TenantTables tables, TableExporter exporter, PlatformTransactionManager transactions) {
        TransactionTemplate snapshot = new TransactionTemplate(transactions);
        snapshot.setReadOnly(true);
        snapshot.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
        TenantRef tenant = TenantContext.tenant().orElseThrow();
        String file = tenant.slug() + "-export-" + LocalDate.now() + ".zip";
        DownloadHandler zip = event -> {
            event.setFileName(file);
            event.setContentType("application/zip");
            snapshot.executeWithoutResult(status -> {
                try {
                    exporter.export(event.getOutputStream(), tables.all(), tenant.id(), tenant.slug());
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        };
        Anchor download = new Anchor(zip, getTranslation("export.download"));
        download.setId("export-download");
        add(new H2(getTranslation("export.title")), new Paragraph(getTranslation("export.intro")), download);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("export.title") + " · " + getTranslation("app.name");
    }
}
