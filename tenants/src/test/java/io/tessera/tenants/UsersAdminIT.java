package io.tessera.tenants;

import static io.tessera.testkit.ApiAssertions.assertField;
import static io.tessera.testkit.ApiAssertions.invitation;
import static io.tessera.testkit.ApiAssertions.member;
import static org.assertj.core.api.Assertions.assertThat;

import io.tessera.testkit.ApiClient;
import io.tessera.testkit.ApiResponse;
import io.tessera.testkit.TesseraKernelExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;

/**
 * Tenant admins manage members: invite (new or existing accounts, which join only when their holder accepts), change
 * roles (only roles the tenant has), deactivate; one admin always remains.
 */
class UsersAdminIT {

    static final String PASSWORD = "correct-horse-battery";

    @RegisterExtension
    static final TesseraKernelExtension kernel = TesseraKernelExtension.builder().build();

    @Test
    void anInvitedPersonSetsTheirPasswordAndCanSignInButNotAdministrate() {
        ApiClient admin = tenant("team");
        ApiResponse invited = admin.post("/api/v1/admin/users", "{\"email\":\"Bob@Team.test\",\"name\":\"Bob\",\"roles\":[\"member\"]}");
        assertThat(invited.status()).as(invited.body()).isEqualTo(202);
        assertThat(invited.json().get("email").asString()).isEqualTo("bob@team.test");
        assertThat(invited.json().get("status").asString()).isEqualTo("INVITED");
        assertThat(admin.get("/api/v1/admin/users").json().findValuesAsString("email")).as("not a member before accepting")
                .containsExactly("admin@team.test");

        ApiResponse accepted = admin.anonymous().post("/api/v1/invitations/accept",
                "{\"token\":\"" + invited.json().get("token").asString() + "\",\"password\":\"" + PASSWORD + "\"}");
        assertThat(accepted.status()).as(accepted.body()).isEqualTo(200);
        assertThat(accepted.json().get("tenant").asString()).isEqualTo("team");

        ApiClient bob = kernel.api("bob@team.test", PASSWORD);
        assertThat(bob.get("/api/v1/parties").status()).isEqualTo(200);
        assertThat(bob.get("/api/v1/admin/users").status()).isEqualTo(403);
        assertThat(admin.get("/api/v1/admin/users").json().findValuesAsString("email"))
                .containsExactly("admin@team.test", "bob@team.test");
        assertThat(admin.get("/api/v1/admin/users").json().findValuesAsString("name")).contains("Bob");
        assertThat(admin.post("/api/v1/admin/users", "{\"email\":\"bob@team.test\",\"roles\":[\"member\"]}").status())
                .as("already a member here").isEqualTo(409);
    }

    @Test
    void anExistingAccountJoinsASecondTenantOnlyWhenItsHolderAcceptsSignedIn() {
        tenant("first");
        ApiClient second = tenant("second");
        String token = invitation(second, "admin@first.test", "member");
        ApiClient holder = kernel.api("admin@first.test", PASSWORD);
        assertThat(holder.get("/api/v1/parties").status()).as("still in one tenant: no X-Tenant needed").isEqualTo(200);

        assertThat(holder.anonymous().post("/api/v1/invitations/accept", "{\"token\":\"" + token + "\",\"password\":\"" + PASSWORD
                + "x\"}").status()).as("an existing account is not joined with the token alone").isEqualTo(401);
        assertThat(tenant("third").post("/api/v1/invitations/accept", "{\"token\":\"" + token + "\"}").status())
                .as("signed in as another account").isEqualTo(403);
        ApiResponse accepted = holder.post("/api/v1/invitations/accept", "{\"token\":\"" + token + "\"}");
        assertThat(accepted.status()).as(accepted.body()).isEqualTo(200);
        assertThat(holder.post("/api/v1/invitations/accept", "{\"token\":\"" + token + "\"}").status()).as("used once").isEqualTo(404);

        assertThat(holder.get("/api/v1/parties").status()).isEqualTo(400);
        assertThat(holder.withTenant("second").get("/api/v1/parties").status()).isEqualTo(200);
        assertThat(holder.withTenant("second").get("/api/v1/admin/users").status()).isEqualTo(403);
        assertThat(holder.withTenant("first").get("/api/v1/admin/users").status()).isEqualTo(200);
    }

    @Test
    void anInvitationExpiresAndCannotBeForgedOrUsedByAnApiKey() {
        ApiClient admin = tenant("tokens");
        String token = invitation(admin, "late@tokens.test", "member");
        String forged = token.substring(0, token.length() - 2) + (token.endsWith("AA") ? "BB" : "AA");
        assertThat(admin.anonymous().post("/api/v1/invitations/accept", "{\"token\":\"" + forged + "\",\"password\":\""
                + PASSWORD + "\"}").status()).isEqualTo(404);
        assertThat(admin.anonymous().post("/api/v1/invitations/accept", "{\"token\":\"not-a-token\",\"password\":\""
                + PASSWORD + "\"}").status()).isEqualTo(404);
        String secret = admin.post("/api/v1/admin/api-keys", "{\"name\":\"k\",\"scopes\":[\"tenant.admin\"]}").json()
                .get("secret").asString();
        assertThat(kernel.apiKey(secret).post("/api/v1/invitations/accept", "{\"token\":\"" + token + "\",\"password\":\""
                + PASSWORD + "\"}").status()).isEqualTo(403);
        assertField(admin.anonymous().post("/api/v1/invitations/accept", "{\"token\":\"" + token + "\",\"password\":\"short\"}"),
                422, "password");

        kernel.queryAsSuperuser("update invitations set expires_at = now() - interval '1 second' where email = ? returning id",
                "late@tokens.test");
        assertThat(admin.anonymous().post("/api/v1/invitations/accept", "{\"token\":\"" + token + "\",\"password\":\""
                + PASSWORD + "\"}").status()).as("expired").isEqualTo(404);
        assertThat(kernel.countAsSuperuser("select count(*) from users where email = 'late@tokens.test'")).isZero();
    }

    @Test
    void rolesChangeAndDeactivationTakeEffectButTheLastAdminStays() {
        ApiClient admin = tenant("roles");
        String carolId = member(admin, "carol@roles.test", PASSWORD);
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
        assertField(carol.put("/api/v1/admin/users/" + carolId + "/roles", "{\"roles\":[\"Not A Role\"]}"), 422, "roles");
        assertThat(carol.put("/api/v1/admin/users/00000000-0000-7000-8000-000000000000/roles", "{\"roles\":[\"member\"]}").status())
                .isEqualTo(404);
    }

    @Test
    void undefinedRolesAreRefusedOnAMemberAndOnAnInvitation() {
        ApiClient admin = tenant("undefined-roles");
        String dan = member(admin, "dan@undefined-roles.test", PASSWORD);
        ApiResponse refused = admin.put("/api/v1/admin/users/" + dan + "/roles", "{\"roles\":[\"member\",\"no-such-role\"]}");
        assertField(refused, 422, "roles");
        assertThat(refused.json().get("detail").asString()).contains("no-such-role");
        assertThat(adminRoles(admin, "dan@undefined-roles.test")).as("nothing changed").isEqualTo("[\"member\"]");
        assertField(admin.post("/api/v1/admin/users", "{\"email\":\"eve@undefined-roles.test\",\"roles\":[\"auditor\"]}"),
                422, "roles");
        assertThat(kernel.countAsSuperuser("select count(*) from invitations where email = 'eve@undefined-roles.test'")).isZero();

        assertThat(admin.post("/api/v1/admin/roles", "{\"name\":\"auditor\",\"permissions\":[\"parties.read\"]}").status()).isEqualTo(201);
        assertThat(admin.put("/api/v1/admin/users/" + dan + "/roles", "{\"roles\":[\"auditor\"]}").status()).isEqualTo(200);
        assertThat(admin.post("/api/v1/admin/users", "{\"email\":\"eve@undefined-roles.test\",\"roles\":[\"auditor\"]}").status())
                .isEqualTo(202);
    }

    @Test
    void theAdminChoosesNoPasswordAndBadInputNamesItsField() {
        ApiClient admin = tenant("passwords");
        assertField(admin.post("/api/v1/admin/users", "{\"email\":\"new@passwords.test\",\"password\":\"" + PASSWORD
                + "\",\"roles\":[\"member\"]}"), 422, "password");
        assertThat(kernel.countAsSuperuser("select count(*) from invitations where email = 'new@passwords.test'")).isZero();
        assertField(admin.post("/api/v1/admin/users", "{\"email\":\"not-an-email\",\"roles\":[\"member\"]}"), 422, "email");
        assertField(admin.post("/api/v1/admin/users", "{\"email\":\"new@passwords.test\",\"roles\":[]}"), 422, "roles");
    }

    private static String adminRoles(ApiClient admin, String email) {
        for (JsonNode member : admin.get("/api/v1/admin/users").json()) {
            if (member.get("email").asString().equals(email)) {
                return member.get("roles").toString();
            }
        }
        throw new IllegalStateException(email + " not found");
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
