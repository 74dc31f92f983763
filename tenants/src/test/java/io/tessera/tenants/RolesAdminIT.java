package io.tessera.tenants;

import static org.assertj.core.api.Assertions.assertThat;

import io.tessera.testkit.ApiAssertions;
import io.tessera.testkit.ApiClient;
import io.tessera.testkit.ApiResponse;
import io.tessera.testkit.TesseraKernelExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;

/** Tenant admins define roles that bundle permissions; a member's access follows their roles at once. */
class RolesAdminIT {

    static final String PASSWORD = "correct-horse-battery";

    @RegisterExtension
    static final TesseraKernelExtension kernel = TesseraKernelExtension.builder()
            .plugin(LifecyclePlugins.module("crm-base", null, 1, false), LifecyclePlugins.seeded())
            .build();

    @Test
    void aDefinedRoleGrantsExactlyItsPermissionsAndChangesTakeEffectOnTheNextRequest() {
        ApiClient admin = kernel.provisionTenant("roles-custom", PASSWORD);
        admin.put("/api/v1/admin/modules/crm-base", "");
        assertThat(admin.get("/api/v1/admin/permissions").json().findValuesAsString("key"))
                .contains("parties.read", "parties.write", "tenant.admin", "crm-base.read");
        assertThat(admin.post("/api/v1/admin/roles",
                "{\"name\":\"viewer\",\"description\":\"Looks only\",\"permissions\":[\"parties.read\"]}").status()).isEqualTo(201);
        ApiAssertions.member(admin, "viewer@roles-custom.test", PASSWORD, "viewer");
        ApiClient viewer = kernel.api("viewer@roles-custom.test", PASSWORD);

        assertThat(viewer.get("/api/v1/parties").status()).isEqualTo(200);
        assertThat(viewer.post("/api/v1/parties", "{\"kind\":\"company\",\"name\":\"Not yet\"}").status()).isEqualTo(403);
        assertThat(viewer.get("/api/v1/crm-base/items/count").status()).isEqualTo(403);

        assertThat(admin.put("/api/v1/admin/roles/viewer",
                "{\"permissions\":[\"parties.read\",\"parties.write\",\"crm-base.read\"]}").status()).isEqualTo(200);
        assertThat(viewer.post("/api/v1/parties", "{\"kind\":\"company\",\"name\":\"Now allowed\"}").status()).isEqualTo(201);
        assertThat(viewer.get("/api/v1/crm-base/items/count").status()).isEqualTo(200);
        assertThat(viewer.get("/api/v1/admin/roles").status()).isEqualTo(403);

        JsonNode listed = admin.get("/api/v1/admin/roles").json();
        assertThat(listed.findValuesAsString("name")).containsExactly("admin", "member", "viewer");
    }

    @Test
    void anInstallerSeedsAsSystemWorkWhatTheEnablingAdminsRoleCouldNotWriteItself() {
        ApiClient admin = kernel.provisionTenant("roles-operator", PASSWORD);
        assertThat(admin.post("/api/v1/admin/roles",
                "{\"name\":\"operator\",\"permissions\":[\"tenant.admin\",\"seeded.use\"]}").status()).isEqualTo(201);
        ApiAssertions.member(admin, "operator@roles-operator.test", PASSWORD, "operator");
        ApiClient operator = kernel.api("operator@roles-operator.test", PASSWORD);

        ApiResponse enabled = operator.put("/api/v1/admin/modules/seeded", "");
        assertThat(enabled.status()).as(enabled.body()).isEqualTo(200);
        assertThat(kernel.countAsSuperuser("select count(*) from seeded_items i join tenants t on t.id = i.tenant_id "
                + "where t.slug = 'roles-operator' and i.code = 'installed'")).as("the installer's seed").isEqualTo(1);

        ApiResponse direct = operator.post("/api/v1/seeded/items?code=by-hand", "");
        assertThat(direct.status()).as("the same service method, called for the operator, needs seeded.configure")
                .isEqualTo(403);
        assertThat(direct.contentType()).startsWith("application/problem+json");
        assertThat(direct.json().get("detail").asString()).contains("seeded.configure");
        assertThat(kernel.countAsSuperuser("select count(*) from seeded_items where code = 'by-hand'")).isZero();
        assertThat(admin.post("/api/v1/seeded/items?code=by-admin", "").status()).isIn(200, 204);
    }

    @Test
    void rolesAreValidatedAndARoleInUseCannotBeDeleted() {
        ApiClient admin = kernel.provisionTenant("roles-rules", PASSWORD);
        assertThat(admin.post("/api/v1/admin/roles", "{\"name\":\"admin\",\"permissions\":[]}").status()).isEqualTo(409);
        assertThat(admin.post("/api/v1/admin/roles", "{\"name\":\"Bad Name\",\"permissions\":[]}").status()).isEqualTo(422);
        assertThat(admin.post("/api/v1/admin/roles", "{\"name\":\"odd\",\"permissions\":[\"no.such\"]}").status()).isEqualTo(422);
        assertThat(admin.put("/api/v1/admin/roles/member", "{\"permissions\":[]}").status()).isEqualTo(409);
        assertThat(admin.put("/api/v1/admin/roles/ghost", "{\"permissions\":[]}").status()).isEqualTo(404);

        admin.post("/api/v1/admin/roles", "{\"name\":\"clerk\",\"permissions\":[\"parties.read\"]}");
        ApiAssertions.member(admin, "clerk@roles-rules.test", PASSWORD, "clerk");
        assertThat(admin.delete("/api/v1/admin/roles/clerk").status()).isEqualTo(409);
        admin.post("/api/v1/admin/roles", "{\"name\":\"unused\",\"permissions\":[]}");
        assertThat(admin.delete("/api/v1/admin/roles/unused").status()).isEqualTo(204);
        assertThat(admin.delete("/api/v1/admin/roles/unused").status()).isEqualTo(404);
    }

    @Test
    void anotherTenantsRoleGrantsNothingHere() {
        ApiClient first = kernel.provisionTenant("roles-first", PASSWORD);
        first.post("/api/v1/admin/roles", "{\"name\":\"power\",\"permissions\":[\"parties.read\",\"parties.write\"]}");
        ApiClient second = kernel.provisionTenant("roles-second", PASSWORD);
        ApiAssertions.assertField(second.post("/api/v1/admin/users", "{\"email\":\"someone@roles-second.test\","
                + "\"roles\":[\"power\"]}"), 422, "roles");
        ApiAssertions.member(second, "someone@roles-second.test", PASSWORD);
        String someone = kernel.queryAsSuperuser("select id::text from users where email = ?", "someone@roles-second.test");
        ApiAssertions.assertField(second.put("/api/v1/admin/users/" + someone + "/roles", "{\"roles\":[\"power\"]}"), 422, "roles");
    }
}
