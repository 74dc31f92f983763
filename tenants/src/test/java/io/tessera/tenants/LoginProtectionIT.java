package io.tessera.tenants;

import static org.assertj.core.api.Assertions.assertThat;

import io.tessera.testkit.ApiAssertions;
import io.tessera.testkit.ApiClient;
import io.tessera.testkit.ApiResponse;
import io.tessera.testkit.TesseraKernelExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Local accounts: lockout after repeated failures, password policy, self-service change, admin-initiated reset. */
class LoginProtectionIT {

    static final String PASSWORD = "correct-horse-battery";

    @RegisterExtension
    static final TesseraKernelExtension kernel = TesseraKernelExtension.builder().build();

    @Test
    void fiveFailuresInARowLockTheAccountEvenForTheRightPassword() {
        kernel.provisionTenant("lockout", PASSWORD);
        ApiClient wrong = kernel.api("admin@lockout.test", "not-the-password");
        for (int i = 0; i < 5; i++) {
            assertThat(wrong.get("/api/v1/parties").status()).isEqualTo(401);
        }
        ApiClient right = kernel.api("admin@lockout.test", PASSWORD);
        assertThat(right.get("/api/v1/parties").status()).as("locked").isEqualTo(401);

        kernel.queryAsSuperuser("update users set locked_until = now() - interval '1 second' "
                + "where email = 'admin@lockout.test' returning id");
        assertThat(right.get("/api/v1/parties").status()).as("lock expired").isEqualTo(200);
    }

    @Test
    void aSuccessfulSignInResetsTheFailureCount() {
        kernel.provisionTenant("lockout-reset", PASSWORD);
        ApiClient wrong = kernel.api("admin@lockout-reset.test", "not-the-password");
        ApiClient right = kernel.api("admin@lockout-reset.test", PASSWORD);
        for (int round = 0; round < 3; round++) {
            for (int i = 0; i < 4; i++) {
                wrong.get("/api/v1/parties");
            }
            assertThat(right.get("/api/v1/parties").status()).isEqualTo(200);
        }
    }

    @Test
    void usersChangeTheirOwnPasswordWithinThePolicy() {
        ApiClient admin = kernel.provisionTenant("change", PASSWORD);
        assertThat(admin.post("/api/v1/me/password", "{\"currentPassword\":\"wrong-password-1\",\"newPassword\":\"another-long-secret\"}")
                .status()).isEqualTo(422);
        ApiResponse tooShort = admin.post("/api/v1/me/password", "{\"currentPassword\":\"" + PASSWORD + "\",\"newPassword\":\"short\"}");
        assertThat(tooShort.status()).isEqualTo(422);
        assertThat(tooShort.json().get("detail").asString()).contains("12");
        assertThat(admin.post("/api/v1/me/password", "{\"currentPassword\":\"" + PASSWORD + "\",\"newPassword\":\"password1234\"}")
                .status()).isEqualTo(422);

        assertThat(admin.post("/api/v1/me/password", "{\"currentPassword\":\"" + PASSWORD + "\",\"newPassword\":\"another-long-secret\"}")
                .status()).isEqualTo(204);
        assertThat(admin.get("/api/v1/parties").status()).isEqualTo(401);
        assertThat(kernel.api("admin@change.test", "another-long-secret").get("/api/v1/parties").status()).isEqualTo(200);
    }

    @Test
    void anAdminResetGivesATemporaryPasswordThatMustBeChangedFirst() {
        ApiClient admin = kernel.provisionTenant("reset", PASSWORD);
        String userId = ApiAssertions.member(admin, "forgetful@reset.test", PASSWORD);

        ApiResponse reset = admin.post("/api/v1/admin/users/" + userId + "/password-reset", "");
        assertThat(reset.status()).as(reset.body()).isEqualTo(200);
        String temporary = reset.json().get("temporaryPassword").asString();
        assertThat(kernel.api("forgetful@reset.test", PASSWORD).get("/api/v1/parties").status()).isEqualTo(401);

        ApiClient withTemporary = kernel.api("forgetful@reset.test", temporary);
        ApiResponse blocked = withTemporary.get("/api/v1/parties");
        assertThat(blocked.status()).isEqualTo(403);
        assertThat(blocked.json().get("detail").asString()).contains("change it");
        assertThat(withTemporary.post("/api/v1/me/password",
                "{\"currentPassword\":\"" + temporary + "\",\"newPassword\":\"my-own-new-secret\"}").status()).isEqualTo(204);
        assertThat(kernel.api("forgetful@reset.test", "my-own-new-secret").get("/api/v1/parties").status()).isEqualTo(200);
    }

    @Test
    void aTenantAdminCannotResetAnAccountOtherTenantsRelyOn() {
        kernel.provisionTenant("reset-home", PASSWORD);
        ApiClient other = kernel.provisionTenant("reset-other", PASSWORD);
        String token = ApiAssertions.invitation(other, "admin@reset-home.test", "member");
        String shared = ApiAssertions.ok(kernel.api("admin@reset-home.test", PASSWORD).post("/api/v1/invitations/accept",
                "{\"token\":\"" + token + "\"}")).get("userId").asString();
        ApiResponse refused = other.post("/api/v1/admin/users/" + shared + "/password-reset", "");
        assertThat(refused.status()).isEqualTo(409);
        assertThat(kernel.api("admin@reset-home.test", PASSWORD).withTenant("reset-home").get("/api/v1/parties").status())
                .isEqualTo(200);
    }

    @Test
    void anApiKeyCannotChangeAPassword() {
        ApiClient admin = kernel.provisionTenant("reset-key", PASSWORD);
        String secret = admin.post("/api/v1/admin/api-keys", "{\"name\":\"k\",\"scopes\":[\"tenant.admin\"]}").json()
                .get("secret").asString();
        assertThat(kernel.apiKey(secret).post("/api/v1/me/password",
                "{\"currentPassword\":\"" + PASSWORD + "\",\"newPassword\":\"another-long-secret\"}").status()).isEqualTo(403);
    }
}
