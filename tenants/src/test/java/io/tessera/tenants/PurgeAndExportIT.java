package io.tessera.tenants;

import static org.assertj.core.api.Assertions.assertThat;

import io.tessera.testkit.ApiClient;
import io.tessera.testkit.ApiResponse;
import io.tessera.testkit.TesseraKernelExtension;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The marketplace's actions on PostgreSQL, and a purge that fails after its export leaves no export behind. */
class PurgeAndExportIT extends PurgeAndExportCases {

    static final Path EXPORTS = Exports.tempDirectory("tessera-exports");

    @RegisterExtension
    static final TesseraKernelExtension kernel = kernelWithModules(EXPORTS)
            .plugin(LifecyclePlugins.refusingDeletes("crm-locked", 2))
            .build();

    @Override
    TesseraKernelExtension kernel() {
        return kernel;
    }

    @Test
    void aPurgeThatFailsAfterItsExportLeavesNoExportAndEveryRow() throws IOException {
        ApiClient admin = kernel.provisionTenant("locked", PASSWORD);
        assertThat(admin.put("/api/v1/admin/modules/crm-locked", "").status()).isEqualTo(200);
        String token = admin.get("/api/v1/admin/modules/crm-locked/impact?action=purge").json()
                .get("confirmationToken").asString();

        ApiResponse purged = admin.post("/api/v1/admin/modules/crm-locked/purge", "{\"confirmationToken\":\"" + token + "\"}");

        assertThat(purged.status()).as(purged.body()).isEqualTo(500);
        assertThat(purged.contentType()).startsWith("application/problem+json");
        assertThat(rows("crm_locked_items", "locked")).isEqualTo(2);
        assertThat(admin.get("/api/v1/crm-locked/items/count").body()).isEqualTo("2");
        Path tenantExports = EXPORTS.resolve("locked");
        if (Files.exists(tenantExports)) {
            try (Stream<Path> files = Files.list(tenantExports)) {
                assertThat(files.toList()).as("exports of the failed purge").isEmpty();
            }
        }
    }
}
