package io.tessera.ui.app;

import static io.tessera.testsupport.browserless.KernelViews.button;
import static io.tessera.testsupport.browserless.KernelViews.component;
import static io.tessera.testsupport.browserless.KernelViews.find;
import static io.tessera.testsupport.browserless.KernelViews.navigate;
import static io.tessera.testsupport.browserless.KernelViews.notifications;
import static io.tessera.testsupport.browserless.KernelViews.openDialog;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.internal.MockVaadin;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import io.tessera.sdk.TenantRef;
import io.tessera.tenants.modules.Impact;
import io.tessera.testkit.TesseraKernelExtension;
import io.tessera.testsupport.browserless.KernelViews;
import io.tessera.ui.app.admin.ExportView;
import io.tessera.ui.app.admin.ModulesView;
import io.tessera.ui.app.security.Actors;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The marketplace view and the export download on the embedded default (H2), as a newcomer meets them: detach,
 * enable again and purge a module through their impact dialogs, each without an error, and download the export.
 */
class MarketplaceEmbeddedIT {

    static final String PASSWORD = "correct-horse-battery-9";

    @RegisterExtension
    static final TesseraKernelExtension KERNEL = TesseraKernelExtension.builder()
            .plugin(StockPlugin.jar())
            .embeddedDatabase()
            .property("tessera.exports.dir", temporaryDirectory())
            .build();

    static final KernelViews VIEWS = new KernelViews(KERNEL);

    @Test
    void detachEnableAgainAndPurgeThroughTheirImpactDialogs() {
        TenantRef tenant = tenantWithStock("h2-market");
        UUID admin = KERNEL.userId("admin@h2-market.test");
        String count = "select count(*) from " + StockPlugin.TABLE + " where tenant_id = ?";
        as(admin, "admin@h2-market.test", () -> {
            navigate(ModulesView.class);
            confirm("detach", true);
            assertThat(notifications()).contains("Detached: stock");
            confirm("enable", false);
            assertThat(notifications()).contains("Enabled: stock");
            assertThat(KERNEL.countAsSuperuser(count, tenant.id())).as("kept while detached").isEqualTo(StockPlugin.SEEDED);
            confirm("purge", true);
            assertThat(notifications()).contains("Purged: stock");
            return null;
        });
        assertThat(KERNEL.countAsSuperuser(count, tenant.id())).isZero();
    }

    @Test
    void theExportDownloadWorks() throws IOException {
        TenantRef tenant = tenantWithStock("h2-export");
        UUID admin = KERNEL.userId("admin@h2-export.test");
        byte[] zip = as(admin, "admin@h2-export.test", () -> {
            navigate(ExportView.class);
            return Downloads.fetch(component(Anchor.class, "export-download"));
        });
        List<String> entries = new ArrayList<>();
        String stock = null;
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
            for (ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
                entries.add(entry.getName());
                String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                if (entry.getName().equals(StockPlugin.TABLE + ".jsonl")) {
                    stock = text;
                }
            }
        }
        assertThat(entries).contains("manifest.json", "memberships.jsonl", StockPlugin.TABLE + ".jsonl");
        assertThat(stock.lines()).hasSize(StockPlugin.SEEDED).allMatch(line -> line.contains(tenant.id().toString()));
    }

    /** Clicks the module's action, checks its impact dialog shows the module's rows, confirms and waits for the result. */
    private static void confirm(String action, boolean showsRows) {
        button(action + "-" + StockPlugin.ID).click();
        Dialog dialog = openDialog();
        if (showsRows) {
            assertThat(find(Grid.class)).as(action + " impact").anySatisfy(grid ->
                    assertThat(KernelViews.<Impact.TableRows>items(grid))
                            .anyMatch(t -> t.table().equals(StockPlugin.TABLE) && t.rows() == StockPlugin.SEEDED));
        }
        button("confirm-" + action).click();
        for (int i = 0; i < 600 && dialog.isOpened(); i++) {
            MockVaadin.runUIQueue();
            pause();
        }
        assertThat(dialog.isOpened()).as(action + " finished").isFalse();
        MockVaadin.clientRoundtrip();
    }

    private static TenantRef tenantWithStock(String slug) {
        KERNEL.provisionTenant(slug, PASSWORD);
        TenantRef ref = KERNEL.tenant(slug);
        KERNEL.enable(ref, StockPlugin.ID);
        return ref;
    }

    private static <T> T as(UUID userId, String email, java.util.function.Supplier<T> body) {
        KernelViews.TestUser user = new KernelViews.TestUser(userId, email);
        return VIEWS.inVaadin(KernelViews.userAuthentication(userId, email), Actors.resolve(KERNEL.context(), user, null), body);
    }

    /** The background action runs on another thread; the UI queue is polled, bounded, between short pauses. */
    private static void pause() {
        try {
            Thread.sleep(50);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String temporaryDirectory() {
        try {
            return Files.createTempDirectory("tessera-h2-exports").toString();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
