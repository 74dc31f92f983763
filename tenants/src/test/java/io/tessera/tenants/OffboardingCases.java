package io.tessera.tenants;

import static org.assertj.core.api.Assertions.assertThat;

import io.tessera.testkit.ApiClient;
import io.tessera.testkit.ApiResponse;
import io.tessera.testkit.TesseraKernelExtension;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Deleting a tenant exports its data first, then leaves none of its rows anywhere but one audit record. Run on
 * PostgreSQL ({@link OffboardingIT}) and on the embedded default ({@link OffboardingEmbeddedIT}).
 */
abstract class OffboardingCases {

    static final String PASSWORD = "correct-horse-battery";

    static TesseraKernelExtension.Builder kernelWithModules() {
        return TesseraKernelExtension.builder()
                .plugin(LifecyclePlugins.module("crm-base", null, 3, false),
                        LifecyclePlugins.module("crm-addon", "crm-base", 1, false))
                .property("tessera.exports.dir", Exports.tempDirectory("tessera-offboarding").toString());
    }

    abstract TesseraKernelExtension kernel();

    @Test
    void deletingATenantExportsThenRemovesEveryRowItOwnedAndNothingElse() throws Exception {
        ApiClient leaving = tenant("leaving");
        ApiClient staying = tenant("staying");
        String company = leaving.post("/api/v1/parties", "{\"kind\":\"company\",\"name\":\"Leaving Co\",\"roles\":[\"customer\"]}")
                .json().get("id").asString();
        leaving.post("/api/v1/parties", "{\"kind\":\"person\",\"name\":\"Staff\",\"organizationId\":\"" + company + "\"}");
        staying.post("/api/v1/parties", "{\"kind\":\"company\",\"name\":\"Staying Co\"}");
        String leavingId = query("select cast(id as varchar) from tenants where slug = 'leaving'");
        long stayingRowsBefore = rowsOfTenant("staying");

        ApiResponse deleted = kernel().platformApi().delete("/api/v1/platform/tenants/leaving");

        assertThat(deleted.status()).as(deleted.body()).isEqualTo(200);
        Map<String, List<String>> exported = Exports.lines(Path.of(deleted.json().get("export").asString()));
        assertThat(exported.get("parties.jsonl").size()).isEqualTo(2);
        assertThat(exported.get("crm_base_items.jsonl").size()).isEqualTo(3);
        assertThat(exported.get("audit_log.jsonl").size()).isPositive();

        for (String table : kernel().tenantTables()) {
            long rows = Long.parseLong(query("select count(*) from " + table + " where tenant_id = '" + leavingId + "'"));
            assertThat(rows).as("rows of the deleted tenant in %s", table).isEqualTo("audit_log".equals(table) ? 1 : 0);
        }
        assertThat(query("select action from audit_log where tenant_id = '" + leavingId + "'")).isEqualTo("DELETED");
        assertThat(query("select count(*) from tenants where slug = 'leaving'")).isEqualTo("0");
        assertThat(rowsOfTenant("staying")).isEqualTo(stayingRowsBefore);
        assertThat(kernel().api("admin@leaving.test", PASSWORD).get("/api/v1/parties").status()).isEqualTo(403);
        assertThat(staying.get("/api/v1/parties").json().get("totalElements").asLong()).isEqualTo(1);
        assertThat(kernel().platformApi().delete("/api/v1/platform/tenants/leaving").status()).isEqualTo(404);
    }

    ApiClient tenant(String slug) {
        ApiClient admin = kernel().provisionTenant(slug, PASSWORD);
        assertThat(admin.put("/api/v1/admin/modules/crm-addon", "").status()).isEqualTo(200);
        return admin;
    }

    long rowsOfTenant(String slug) {
        String id = query("select cast(id as varchar) from tenants where slug = '" + slug + "'");
        return kernel().tenantTables().stream()
                .mapToLong(t -> kernel().countAsSuperuser("select count(*) from " + t + " where tenant_id = cast(? as uuid)", id)).sum();
    }

    String query(String sql) {
        return kernel().queryAsSuperuser(sql);
    }

}
