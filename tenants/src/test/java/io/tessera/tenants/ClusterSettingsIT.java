package io.tessera.tenants;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tessera.testkit.ApiClient;
import io.tessera.testkit.ApiResponse;
import io.tessera.testkit.TesseraCluster;
import io.tessera.testkit.TesseraKernelExtension;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Settings shared by a cluster (D16): with {@code tessera.cluster.enabled=true} a node refuses to start without the
 * secrets every node must share, naming them; with them, what one node issued (a purge confirmation token) another
 * accepts.
 */
class ClusterSettingsIT {

    static final String PASSWORD = "correct-horse-battery";
    static final Path EXPORTS = Exports.tempDirectory("tessera-cluster-exports");

    @RegisterExtension
    static final TesseraCluster cluster = TesseraCluster.builder()
            .nodes(2)
            .plugin(LifecyclePlugins.module("crm-base", null, 3, false))
            .property("tessera.cluster.enabled", "true")
            .property("tessera.purge.token-secret", "a-cluster-wide-purge-secret-for-tests")
            .property("tessera.exports.dir", EXPORTS.toString())
            .build();

    @Test
    void aPurgeTokenIssuedByOneNodeIsAcceptedByAnother() {
        ApiClient onA = cluster.node(0).provisionTenant("shared-secret", PASSWORD);
        assertThat(onA.put("/api/v1/admin/modules/crm-base", "").status()).isEqualTo(200);
        String token = onA.get("/api/v1/admin/modules/crm-base/impact?action=purge").json()
                .get("confirmationToken").asString();

        ApiClient onB = cluster.node(1).api("admin@shared-secret.test", PASSWORD);
        ApiResponse purged = onB.post("/api/v1/admin/modules/crm-base/purge", "{\"confirmationToken\":\"" + token + "\"}");

        assertThat(purged.status()).as(purged.body()).isEqualTo(200);
        assertThat(purged.json().get("deleted").get("crm_base_items").asLong()).isEqualTo(3);
    }

    @Test
    void aClusterNodeRefusesToStartWithoutTheSharedSecretsAndNamesThem() throws Exception {
        TesseraKernelExtension node = TesseraKernelExtension.builder()
                .property("tessera.cluster.enabled", "true")
                .property("tessera.platform.admin.password", "")
                .build();
        try {
            assertThatThrownBy(() -> node.beforeAll(null))
                    .hasStackTraceContaining("tessera.cluster.enabled=true")
                    .hasStackTraceContaining("tessera.purge.token-secret")
                    .hasStackTraceContaining("tessera.platform.admin.password");
        } finally {
            node.afterAll(null);
        }
    }

    @Test
    void aClusterNeedsPostgresql() throws Exception {
        TesseraKernelExtension node = TesseraKernelExtension.builder()
                .embeddedDatabase()
                .property("tessera.cluster.enabled", "true")
                .property("tessera.purge.token-secret", "set")
                .build();
        try {
            assertThatThrownBy(() -> node.beforeAll(null)).hasStackTraceContaining("needs PostgreSQL");
        } finally {
            node.afterAll(null);
        }
    }
}
