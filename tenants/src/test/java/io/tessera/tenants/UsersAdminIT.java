package io.tessera.tenants;

import static org.assertj.core.api.Assertions.assertThat;

import io.tessera.testkit.ApiClient;
import io.tessera.testkit.ApiResponse;
import io.tessera.testkit.TesseraKernelExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;

/** Tenant admins manage members: add (new or existing accounts), change roles, deactivate; one admin always remains. */
class UsersAdminIT {

    static final String PASSWORD = "correct-horse-battery";

    @RegisterExtension
    static final TesseraKernelExtension kernel = TesseraKernelExtension.builder().build();

    @Test
    void anAdminAddsAMemberWhoCanSignInButNotAdministrate() {
        ApiClient admin = tenant("team");
        ApiResponse added = admin.post("/api/v1/admin/users",
                "{\"email\":\"Bob@Team.test\",\"name\":\"Bob\",\"password\":\"" + PASSWORD + "\",\"roles\":[\"member\"]}");
        assertThat(added.status()).as(added.body()).isEqualTo(201);
        assertThat(added.json().get("email").asString()).isEqualTo("bob@team.test");

        ApiClient bob = kernel.api("bob@team.test", PASSWORD);
        assertThat(bob.get("/api/v1/parties").status()).isEqualTo(200);
        assertThat(bob.get("/api/v1/admin/users").status()).isEqualTo(403);
        assertThat(admin.get("/api/v1/admin/users").json().findValuesAsString("email"))
                .containsExactly("admin@team.test", "bob@team.test");
        assertThat(admin.post("/api/v1/admin/users", "{\"email\":\"bob@team.test\",\"roles\":[\"member\"]}").status())
                .isEqualTo(409);
    }

    @Test
    void anExistingAccountJoinsASecondTenantAndPicksItWithXTenant() {
        tenant("first");
        ApiClient second = tenant("second");
        assertThat(second.post("/api/v1/admin/users", "{\"email\":\"admin@first.test\",\"roles\":[\"member\"]}").status())
                .isEqualTo(201);
        ApiClient both = kernel.api("admin@first.test", PASSWORD);
        assertThat(both.get("/api/v1/parties").status()).isEqualTo(400);
        assertThat(both.withTenant("second").get("/api/v1/parties").status()).isEqualTo(200);
        assertThat(both.withTenant("second").get("/api/v1/admin/users").status()).isEqualTo(403);
        assertThat(both.withTenant("first").get("/api/v1/admin/users").status()).isEqualTo(200);
    }

    @Test
    void rolesChangeAndDeactivationTakeEffectButTheLastAdminStays() {
        ApiClient admin = tenant("roles");
        String carolId = admin.post("/api/v1/admin/users",
                "{\"email\":\"carol@roles.test\",\"password\":\"" + PASSWORD + "\",\"roles\":[\"member\"]}").json().get("userId").asString();
        ApiClient carol = kernel.api("carol@roles.test", PASSWORD);

        assertThat(admin.put("/api/v1/admin/users/" + carolId + "/roles", "{\"roles\":[\"admin\"]}").status()).isEqualTo(200);
        assertThat(carol.get("/api/v1/admin/users").status()).isEqualTo(200);

        String adminId = adminId(admin, "admin@roles.test");
        assertThat(carol.delete("/api/v1/admin/users/" + adminId).status()).isEqualTo(200);
        assertThat(admin.get("/api/v1/parties").status()).isEqualTo(403);

        ApiResponse lastAdmin = carol.put("/api/v1/admin/users/" + carolId + "/roles", "{\"roles\":[\"member\"]}");
        assertThat(lastAdmin.status()).isEqualTo(409);
        assertThat(lastAdmin.json().get("detail").asString()).contains("at least one active admin");
        assertThat(carol.delete("/api/v1/admin/users/" + carolId).status()).isEqualTo(409);
        assertThat(carol.put("/api/v1/admin/users/" + carolId + "/roles", "{\"roles\":[\"Not A Role\"]}").status()).isEqualTo(422);
        assertThat(carol.put("/api/v1/admin/users/00000000-0000-7000-8000-000000000000/roles", "{\"roles\":[\"member\"]}").status())
                .isEqualTo(404);
    }

    @Test
    void aNewAccountNeedsAUsablePassword() {
        ApiClient admin = tenant("passwords");
        ApiResponse weak = admin.post("/api/v1/admin/users", "{\"email\":\"weak@passwords.test\",\"password\":\"short\",\"roles\":[\"member\"]}");
        assertThat(weak.status()).isEqualTo(422);
        assertThat(weak.contentType()).startsWith("application/problem+json");
        assertThat(admin.post("/api/v1/admin/users", "{\"email\":\"not-an-email\",\"roles\":[\"member\"]}").status()).isEqualTo(422);
    }

    private static String adminId(ApiClient admin, String email) {
        for (JsonNode member : admin.get("/api/v1/admin/users").json()) {
            if (member.get("email").asString().equals(email)) {
                return member.get("userId").asString();
            }
        }
        throw new IllegalStateException(email + " not found");
    }

    private static ApiClient tenant(String slug) {
        return kernel.provisionTenant(slug, PASSWORD);
    }
}
