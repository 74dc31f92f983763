package io.tessera.tenants;

import static org.assertj.core.api.Assertions.assertThat;

import io.tessera.testkit.ApiClient;
import io.tessera.testkit.ApiResponse;
import io.tessera.testkit.TesseraKernelExtension;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The marketplace's actions on a database: impact previews, detach and enable again keep every row; purge exports
 * first, then deletes only this tenant's rows of the module; the tenant export holds all and only its rows. Run on
 * PostgreSQL ({@link PurgeAndExportIT}) and on the embedded default ({@link PurgeAndExportEmbeddedIT}).
 */
abstract class PurgeAndExportCases {

    static final String PASSWORD = "correct-horse-battery";

    /** A kernel with the test modules crm-base and crm-addon (which requires crm-base), exporting to {@code exports}. */
    static TesseraKernelExtension.Builder kernelWithModules(Path exports) {
        return TesseraKernelExtension.builder()
                .plugin(LifecyclePlugins.module("crm-base", null, 3, false),
                        LifecyclePlugins.module("crm-addon", "crm-base", 1, false))
                .property("tessera.exports.dir", exports.toString());
    }

    abstract TesseraKernelExtension kernel();

    @Test
    void impactDetachAndEnableAgainKeepEveryRow() {
        ApiClient admin = tenantWithModules("detacher");
        JsonNode detachImpact = admin.get("/api/v1/admin/modules/crm-base/impact?action=detach").json();
        assertThat(detachImpact.get("modules").toString()).isEqualTo("[\"crm-addon\",\"crm-base\"]");
        assertThat(detachImpact.get("tables").toString()).contains("\"table\":\"crm_base_items\",\"rows\":3")
                .contains("\"table\":\"crm_addon_items\",\"rows\":1");
        assertThat(admin.get("/api/v1/admin/modules/crm-base/impact?action=purge").json().get("confirmationToken").asString())
                .isNotBlank();

        ApiResponse detached = admin.delete("/api/v1/admin/modules/crm-base?cascade=true");
        assertThat(detached.status()).as(detached.body()).isEqualTo(200);
        assertThat(admin.get("/api/v1/crm-base/items/count").status()).isEqualTo(404);
        ApiResponse enableImpact = admin.get("/api/v1/admin/modules/crm-addon/impact?action=enable");
        assertThat(enableImpact.status()).as(enableImpact.body()).isEqualTo(200);
        assertThat(enableImpact.json().get("modules").toString()).isEqualTo("[\"crm-base\",\"crm-addon\"]");

        assertThat(admin.put("/api/v1/admin/modules/crm-addon", "").status()).isEqualTo(200);
        assertThat(admin.get("/api/v1/crm-base/items/count").body()).isEqualTo("3");
        assertThat(admin.get("/api/v1/crm-addon/items/count").body()).isEqualTo("1");
        assertThat(rows("crm_base_items", "detacher")).isEqualTo(3);
    }

    @Test
    void purgeNeedsTheTokenOfItsOwnPreview() {
        ApiClient admin = tenantWithModules("purge-token");
        assertProblem(admin.post("/api/v1/admin/modules/crm-base/purge", "{}"), 400);
        String addonToken = admin.get("/api/v1/admin/modules/crm-addon/impact?action=purge").json()
                .get("confirmationToken").asString();
        assertProblem(admin.post("/api/v1/admin/modules/crm-base/purge", "{\"confirmationToken\":\"" + addonToken + "\"}"), 400);
        assertProblem(admin.post("/api/v1/admin/modules/crm-base/purge", "{\"confirmationToken\":\"999.forged\"}"), 400);
        assertThat(rows("crm_base_items", "purge-token")).isEqualTo(3);
    }

    @Test
    void purgeExportsThenDeletesOnlyThisTenantsRowsOfTheModuleAndItsDependents() throws IOException {
        ApiClient admin = tenantWithModules("purger");
        tenantWithModules("bystander");
        JsonNode impact = admin.get("/api/v1/admin/modules/crm-base/impact?action=purge").json();
        assertThat(impact.get("modules").toString()).isEqualTo("[\"crm-addon\",\"crm-base\"]");

        ApiResponse purged = admin.post("/api/v1/admin/modules/crm-base/purge",
                "{\"confirmationToken\":\"" + impact.get("confirmationToken").asString() + "\"}");

        assertThat(purged.status()).as(purged.body()).isEqualTo(200);
        assertThat(purged.json().get("deleted").get("crm_base_items").asLong()).isEqualTo(3);
        assertThat(purged.json().get("deleted").get("crm_addon_items").asLong()).isEqualTo(1);
        Map<String, List<String>> export = Exports.lines(Path.of(purged.json().get("export").asString()));
        assertThat(export.get("crm_base_items.jsonl")).hasSize(3);
        assertThat(export.get("crm_addon_items.jsonl")).hasSize(1);

        assertThat(rows("crm_base_items", "purger")).isZero();
        assertThat(rows("crm_addon_items", "purger")).isZero();
        assertThat(rows("crm_base_items", "bystander")).isEqualTo(3);
        assertThat(rows("crm_addon_items", "bystander")).isEqualTo(1);
        JsonNode modules = admin.get("/api/v1/admin/modules").json();
        modules.forEach(m -> assertThat(m.get("state").asString()).as(m.get("id").asString()).isEqualTo("AVAILABLE"));
        assertThat(admin.get("/api/v1/crm-base/items/count").status()).isEqualTo(404);
    }

    @Test
    void theExportHoldsEveryRowOfTheTenantAndNoneOfAnother() throws Exception {
        ApiClient admin = tenantWithModules("exporter");
        ApiClient other = tenantWithModules("not-exported");
        admin.post("/api/v1/parties", "{\"kind\":\"company\",\"name\":\"Exported Co\",\"roles\":[\"customer\"],"
                + "\"addresses\":[{\"kind\":\"billing\",\"city\":\"Oslo\"}]}");
        other.post("/api/v1/parties", "{\"kind\":\"company\",\"name\":\"Other Co\"}");

        HttpResponse<byte[]> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                                URI.create(kernel().baseUri() + "api/v1/admin/export"))
                        .header("Authorization", basic("admin@exporter.test"))
                        .build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/zip");
        Map<String, List<String>> export = Exports.lines(response.body());

        String tenantId = tenantId("exporter");
        List<String> tenantTables = kernel().tenantTables();
        assertThat(export.keySet()).contains("manifest.json");
        for (String table : tenantTables) {
            List<String> lines = export.getOrDefault(table + ".jsonl", List.of());
            assertThat(lines).as("rows of %s", table).hasSize((int) rows(table, "exporter"));
            for (String line : lines) {
                assertThat(JsonMapper.builder().build().readTree(line).get("tenant_id").asString()).isEqualTo(tenantId);
            }
        }
        assertThat(String.join("\n", export.get("parties.jsonl"))).contains("Exported Co").doesNotContain("Other Co");
        assertThat(export.get("party_addresses.jsonl")).hasSize(1);
        assertThat(export.get("crm_base_items.jsonl")).hasSize(3);
    }

    ApiClient tenantWithModules(String slug) {
        ApiClient admin = kernel().provisionTenant(slug, PASSWORD);
        assertThat(admin.put("/api/v1/admin/modules/crm-addon", "").status()).isEqualTo(200);
        return admin;
    }

    static String basic(String user) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
    }

    String tenantId(String slug) {
        return kernel().queryAsSuperuser("select cast(id as varchar) from tenants where slug = ?", slug);
    }

    long rows(String table, String slug) {
        return kernel().countAsSuperuser("select count(*) from " + table + " t join tenants n on n.id = t.tenant_id where n.slug = ?", slug);
    }

    static void assertProblem(ApiResponse response, int status) {
        assertThat(response.status()).as(response.body()).isEqualTo(status);
        assertThat(response.contentType()).startsWith("application/problem+json");
    }
}
