package io.tessera.tenants;

import static org.assertj.core.api.Assertions.assertThat;

import io.tessera.testkit.ApiClient;
import io.tessera.testkit.ApiResponse;
import io.tessera.testkit.TesseraKernelExtension;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;

/** Provisioning by the platform operator, and the tenant admin's module lifecycle, over HTTP with real plugin jars. */
class TenantLifecycleIT {

    static final String PASSWORD = "correct-horse-battery";

    @RegisterExtension
    static final TesseraKernelExtension kernel = TesseraKernelExtension.builder()
            .plugin(LifecyclePlugins.module("crm-base", null, 3, false),
                    LifecyclePlugins.module("crm-addon", "crm-base", 1, false),
                    LifecyclePlugins.module("bad-installer", "crm-base", 1, true),
                    LifecyclePlugins.module("optional-user", "crm-base?", 2, false),
                    LifecyclePlugins.startFails("broken"))
            .build();

    @Test
    void theOperatorProvisionsATenantWhoseAdminCanSignInAtOnce() {
        ApiResponse created = provision("provisioned");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.json().get("slug").asString()).isEqualTo("provisioned");
        UUID.fromString(created.json().get("id").asString());

        ApiResponse modules = admin("provisioned").get("/api/v1/admin/modules");
        assertThat(modules.status()).as(modules.body()).isEqualTo(200);
        Map<String, JsonNode> byId = byId(modules.json());
        assertThat(byId.get("crm-base").get("state").asString()).isEqualTo("AVAILABLE");
        assertThat(byId.get("broken").get("state").asString()).isEqualTo("UNAVAILABLE");
        assertThat(byId.get("broken").get("failure").asString()).contains("licence server");
        assertThat(byId.get("crm-addon").get("dependencies").toString()).isEqualTo("[\"crm-base\"]");

        JsonNode page = kernel.platformApi().get("/api/v1/platform/tenants?size=200").json();
        assertThat(page.get("items").findValuesAsString("slug")).contains("provisioned");
    }

    @Test
    void provisioningRefusesBadInputAndDuplicatesAndLeavesNothingBehind() {
        assertThat(provision("dupe").status()).isEqualTo(201);
        assertProblem(provision("dupe"), 409);
        assertProblem(provision("Not A Slug"), 400);
        ApiResponse weak = kernel.platformApi().post("/api/v1/platform/tenants",
                "{\"slug\":\"weak\",\"name\":\"Weak\",\"admin\":{\"email\":\"a@weak.test\",\"password\":\"short\"}}");
        assertProblem(weak, 400);
        assertProblem(kernel.platformApi().get("/api/v1/platform/tenants/weak"), 404);
        assertProblem(kernel.anonymousApi().post("/api/v1/platform/tenants", "{}"), 401);
    }

    @Test
    void aSuspendedTenantsUsersAreRefusedAndResumeRestoresThem() {
        provision("sleepy");
        ApiClient admin = admin("sleepy");
        assertThat(admin.get("/api/v1/admin/modules").status()).isEqualTo(200);

        assertThat(kernel.platformApi().post("/api/v1/platform/tenants/sleepy/suspend", "").json().get("status").asString())
                .isEqualTo("SUSPENDED");
        ApiResponse refused = admin.get("/api/v1/admin/modules");
        assertProblem(refused, 403);
        assertThat(refused.json().get("detail").asString()).contains("suspended");

        kernel.platformApi().post("/api/v1/platform/tenants/sleepy/resume", "");
        assertThat(admin.get("/api/v1/admin/modules").status()).isEqualTo(200);
    }

    @Test
    void enablingTakesTheDependencyClosureAndSeedsOnce() {
        provision("closure");
        ApiClient admin = admin("closure");

        ApiResponse enabled = admin.put("/api/v1/admin/modules/crm-addon", "");
        assertThat(enabled.status()).as(enabled.body()).isEqualTo(200);
        assertThat(enabled.json().get("enabled").toString()).isEqualTo("[\"crm-base\",\"crm-addon\"]");
        assertThat(admin.get("/api/v1/crm-base/items/count").body()).isEqualTo("3");
        assertThat(admin.get("/api/v1/crm-addon/items/count").body()).isEqualTo("1");

        assertThat(admin.put("/api/v1/admin/modules/crm-addon", "").json().get("enabled").size()).isZero();
        assertThat(admin.get("/api/v1/crm-base/items/count").body()).isEqualTo("3");
        Map<String, JsonNode> byId = byId(admin.get("/api/v1/admin/modules").json());
        assertThat(byId.get("crm-base").get("enabledDependents").toString()).isEqualTo("[\"crm-addon\"]");
    }

    @Test
    void anOptionalDependencyIsNotPulledIn() {
        provision("optional");
        ApiClient admin = admin("optional");
        assertThat(admin.put("/api/v1/admin/modules/optional-user", "").json().get("enabled").toString())
                .isEqualTo("[\"optional-user\"]");
        assertThat(admin.get("/api/v1/crm-base/items/count").status()).isEqualTo(404);
    }

    @Test
    void enableIsAllOrNothingWhenAnInstallerFails() {
        provision("atomic");
        ApiClient admin = admin("atomic");
        ApiResponse failed = admin.put("/api/v1/admin/modules/bad-installer", "");
        assertProblem(failed, 500);
        assertThat(failed.json().get("detail").asString()).contains("bad-installer", "nothing was enabled");

        Map<String, JsonNode> byId = byId(admin.get("/api/v1/admin/modules").json());
        assertThat(byId.get("crm-base").get("state").asString()).isEqualTo("AVAILABLE");
        assertThat(byId.get("bad-installer").get("state").asString()).isEqualTo("AVAILABLE");
        assertThat(rowsOf("crm_base_items", "atomic")).isZero();
    }

    @Test
    void unknownAndUnavailableModulesAreRefusedClearly() {
        provision("refusals");
        ApiClient admin = admin("refusals");
        assertProblem(admin.put("/api/v1/admin/modules/no-such-module", ""), 404);
        ApiResponse unavailable = admin.put("/api/v1/admin/modules/broken", "");
        assertProblem(unavailable, 409);
        assertThat(unavailable.json().get("detail").asString()).contains("unavailable", "licence server");
        assertProblem(admin.delete("/api/v1/admin/modules/crm-base"), 409);
        assertProblem(admin.get("/api/v1/admin/modules/crm-base/impact?action=explode"), 400);
    }

    @Test
    void detachIsRefusedWithDependentsCascadesOnRequestAndReEnableIsLossless() {
        provision("detach");
        ApiClient admin = admin("detach");
        admin.put("/api/v1/admin/modules/crm-addon", "");
        String baseBefore = checksum("crm_base_items", "detach");
        String addonBefore = checksum("crm_addon_items", "detach");

        ApiResponse refused = admin.delete("/api/v1/admin/modules/crm-base");
        assertProblem(refused, 409);
        assertThat(refused.json().get("dependents").toString()).isEqualTo("[\"crm-addon\"]");

        ApiResponse detached = admin.delete("/api/v1/admin/modules/crm-base?cascade=true");
        assertThat(detached.status()).as(detached.body()).isEqualTo(200);
        assertThat(detached.json().get("detached").toString()).isEqualTo("[\"crm-addon\",\"crm-base\"]");
        assertProblem(admin.get("/api/v1/crm-base/items/count"), 404);
        assertProblem(admin.get("/api/v1/crm-addon/items/count"), 404);
        assertThat(byId(admin.get("/api/v1/admin/modules").json()).get("crm-base").get("state").asString()).isEqualTo("DETACHED");
        assertThat(checksum("crm_base_items", "detach")).isEqualTo(baseBefore);

        admin.put("/api/v1/admin/modules/crm-addon", "");
        assertThat(checksum("crm_base_items", "detach")).isEqualTo(baseBefore);
        assertThat(checksum("crm_addon_items", "detach")).isEqualTo(addonBefore);
        assertThat(admin.get("/api/v1/crm-addon/items/count").body()).isEqualTo("1");
    }

    @Test
    void impactPreviewsListModulesAndTheTenantsRowCounts() {
        provision("impact");
        provision("impact-other");
        admin("impact-other").put("/api/v1/admin/modules/crm-addon", "");
        ApiClient admin = admin("impact");

        JsonNode enable = admin.get("/api/v1/admin/modules/crm-addon/impact?action=enable").json();
        assertThat(enable.get("modules").toString()).isEqualTo("[\"crm-base\",\"crm-addon\"]");
        assertThat(enable.get("tables").findValues("rows").stream().mapToLong(JsonNode::asLong).sum())
                .as("another tenant's rows are not counted").isZero();

        admin.put("/api/v1/admin/modules/crm-addon", "");
        JsonNode detach = admin.get("/api/v1/admin/modules/crm-base/impact?action=detach").json();
        assertThat(detach.get("modules").toString()).isEqualTo("[\"crm-addon\",\"crm-base\"]");
        Map<String, Long> rows = new HashMap<>();
        detach.get("tables").forEach(t -> rows.put(t.get("table").asString(), t.get("rows").asLong()));
        assertThat(rows).containsEntry("crm_base_items", 3L).containsEntry("crm_addon_items", 1L);
    }

    private static ApiResponse provision(String slug) {
        return kernel.platformApi().post("/api/v1/platform/tenants", """
                {"slug":"%s","name":"Tenant %s","admin":{"email":"admin@%s.test","password":"%s","name":"Admin"}}"""
                .formatted(slug, slug, slug, PASSWORD));
    }

    private static ApiClient admin(String slug) {
        return kernel.api("admin@" + slug + ".test", PASSWORD);
    }

    private static Map<String, JsonNode> byId(JsonNode modules) {
        Map<String, JsonNode> byId = new HashMap<>();
        modules.forEach(m -> byId.put(m.get("id").asString(), m));
        return byId;
    }

    private static long rowsOf(String table, String slug) {
        return kernel.countAsSuperuser("select count(*) from " + table + " t join tenants n on n.id = t.tenant_id where n.slug = ?", slug);
    }

    private static String checksum(String table, String slug) {
        return kernel.queryAsSuperuser("select md5(string_agg(t::text, ',' order by t.id)) from " + table
                + " t join tenants n on n.id = t.tenant_id where n.slug = ?", slug);
    }

    private static void assertProblem(ApiResponse response, int status) {
        assertThat(response.status()).as(response.body()).isEqualTo(status);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().get("detail").asString()).isNotBlank();
    }

}
