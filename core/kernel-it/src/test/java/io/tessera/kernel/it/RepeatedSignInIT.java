package io.tessera.kernel.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.tessera.kernel.account.SignInLockout;
import io.tessera.kernel.account.TenantDirectory;
import io.tessera.kernel.account.Memberships;
import io.tessera.kernel.account.TenantStatus;
import io.tessera.sdk.TenantRef;
import io.tessera.testkit.ApiClient;
import io.tessera.testkit.TesseraKernelExtension;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A repeated HTTP Basic request is answered from the sign-in and membership caches of this server; every change of
 * who may do what still applies to the very next request: a changed password, a deactivated member, new roles, a
 * suspended tenant, an address locked by failed sign-ins. The caches' time to live is long here, so only
 * invalidation can make these pass.
 */
class RepeatedSignInIT {

    static final String PASSWORD = "correct-horse-battery";

    @RegisterExtension
    static final TesseraKernelExtension kernel = TesseraKernelExtension.builder()
            .property("tessera.security.access-cache-ttl", "1h")
            .property("tessera.modules.state-cache-ttl", "1h")
            .build();

    private static ApiClient signedIn(String email, String password) {
        ApiClient api = kernel.api(email, password);
        // twice: the second is answered from the caches
        assertThat(api.get("/api/v1/parties").status()).isEqualTo(200);
        assertThat(api.get("/api/v1/parties").status()).isEqualTo(200);
        return api;
    }

    @Test
    void aChangedPasswordRefusesTheOldOneAtOnce() {
        TenantRef tenant = kernel.createTenant("repeat-password");
        kernel.createUser("ann@repeat-password.test", PASSWORD, tenant);
        ApiClient old = signedIn("ann@repeat-password.test", PASSWORD);

        assertThat(old.post("/api/v1/me/password",
                "{\"currentPassword\":\"" + PASSWORD + "\",\"newPassword\":\"staple-battery-horse-42\"}").status()).isEqualTo(204);

        assertThat(old.get("/api/v1/parties").status()).isEqualTo(401);
        assertThat(kernel.api("ann@repeat-password.test", "staple-battery-horse-42").get("/api/v1/parties").status())
                .isEqualTo(200);
    }

    @Test
    void aDeactivatedMemberIsRefusedAtOnce() {
        TenantRef tenant = kernel.createTenant("repeat-deactivate");
        kernel.createUser("admin@repeat-deactivate.test", PASSWORD, tenant);
        UUID ben = kernel.createUser("ben@repeat-deactivate.test", PASSWORD, tenant);
        ApiClient api = signedIn("ben@repeat-deactivate.test", PASSWORD);

        assertThat(kernel.inTenant(tenant, () -> kernel.bean(Memberships.class).deactivate(ben))).isPresent();

        assertThat(api.get("/api/v1/parties").status()).isEqualTo(403);
        assertThat(kernel.inTenant(tenant, () -> kernel.bean(Memberships.class).reactivate(ben))).isPresent();
        assertThat(api.get("/api/v1/parties").status()).isEqualTo(200);
    }

    @Test
    void newRolesApplyAtOnce() {
        TenantRef tenant = kernel.createTenant("repeat-roles");
        kernel.createUser("admin@repeat-roles.test", PASSWORD, tenant);
        UUID cay = kernel.createUser("cay@repeat-roles.test", PASSWORD, tenant);
        ApiClient api = signedIn("cay@repeat-roles.test", PASSWORD);
        assertThat(api.get("/api/v1/admin/webhooks").status()).isEqualTo(200);

        assertThat(kernel.inTenant(tenant, () -> kernel.bean(Memberships.class).setRoles(cay, Set.of("member")))).isPresent();

        assertThat(api.get("/api/v1/admin/webhooks").status()).isEqualTo(403);
    }

    @Test
    void aSuspendedTenantIsRefusedAtOnce() {
        TenantRef tenant = kernel.createTenant("repeat-suspend");
        kernel.createUser("dan@repeat-suspend.test", PASSWORD, tenant);
        ApiClient api = signedIn("dan@repeat-suspend.test", PASSWORD);

        kernel.withoutTenant(() -> kernel.bean(TenantDirectory.class).setStatus("repeat-suspend", TenantStatus.SUSPENDED));

        assertThat(api.get("/api/v1/parties").status()).isEqualTo(403);
        kernel.withoutTenant(() -> kernel.bean(TenantDirectory.class).setStatus("repeat-suspend", TenantStatus.ACTIVE));
        assertThat(api.get("/api/v1/parties").status()).isEqualTo(200);
    }

    @Test
    void anAddressLockedByFailedSignInsRefusesTheRightPasswordAtOnce() {
        TenantRef tenant = kernel.createTenant("repeat-lock");
        kernel.createUser("eve@repeat-lock.test", PASSWORD, tenant);
        ApiClient api = signedIn("eve@repeat-lock.test", PASSWORD);

        for (int i = 0; i < SignInLockout.MAX_FAILED_LOGINS; i++) {
            assertThat(kernel.api("eve@repeat-lock.test", "wrong-guess-" + i).get("/api/v1/parties").status()).isEqualTo(401);
        }

        assertThat(api.get("/api/v1/parties").status()).isEqualTo(401);
    }
}
