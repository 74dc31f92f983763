package io.tessera.tenants;

import static io.tessera.testkit.ApiAssertions.member;
import static org.assertj.core.api.Assertions.assertThat;

import io.tessera.testkit.ApiClient;
import io.tessera.testkit.TesseraKernelExtension;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Issue 18 items 11 and 15: sign-in throttling by account and by address separately. Requests come "from" distinct
 * client addresses through {@code X-Forwarded-For} (the kernel trusts it from loopback, as behind a proxy), and the
 * address throttle trips after 5 refused requests here.
 */
class LoginThrottleIT {

    static final String PASSWORD = "correct-horse-battery";
    static final int MAX = 5;
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @RegisterExtension
    static final TesseraKernelExtension kernel = TesseraKernelExtension.builder()
            .property("server.forward-headers-strategy", "native")
            .property("tessera.security.login-throttle.max-failures", String.valueOf(MAX))
            .build();

    @Test
    void aKnownAccountsPasswordAndAValidApiKeyGetThroughAThrottleThatBadAttemptsFromTheSameAddressTriggered() {
        ApiClient admin = kernel.provisionTenant("office", PASSWORD);
        member(admin, "newcomer@office.test", PASSWORD);
        String key = admin.post("/api/v1/admin/api-keys", "{\"name\":\"erp\",\"scopes\":[\"parties.read\"]}").json()
                .get("secret").asString();
        String office = "10.1.0.1";
        assertThat(basic(office, "admin@office.test", PASSWORD)).as("the admin signs in from the office").isEqualTo(200);

        for (int i = 0; i < MAX; i++) {
            assertThat(basic(office, "guess" + i + "@office.test", "wrong-password-" + i)).isEqualTo(401);
        }
        assertThat(basic(office, "guess@office.test", "wrong-password")).as("the address is throttled").isEqualTo(429);
        assertThat(basic(office, "newcomer@office.test", PASSWORD)).as("an account never seen at this address: refused "
                + "before its password is checked").isEqualTo(429);
        assertThat(basic(office, "admin@office.test", PASSWORD)).as("a correct password of an account known here").isEqualTo(200);
        assertThat(bearer(office, key)).as("a valid API key").isEqualTo(200);
        assertThat(bearer(office, "tsk_AAAAAAAAAAAA_" + "A".repeat(43))).as("an invalid key is still refused").isEqualTo(401);
        assertThat(basic("10.1.0.2", "newcomer@office.test", PASSWORD)).as("other addresses are not throttled").isEqualTo(200);
    }

    @Test
    void knowingAnEmailDoesNotLockItsHolderOut() {
        kernel.provisionTenant("victim", PASSWORD);
        String home = "10.2.0.1";
        String attacker = "10.2.0.66";
        assertThat(basic(home, "admin@victim.test", PASSWORD)).isEqualTo(200);

        for (int i = 0; i < MAX; i++) {
            assertThat(basic(attacker, "admin@victim.test", "wrong-password-" + i)).isEqualTo(401);
        }
        assertThat(basic(attacker, "admin@victim.test", PASSWORD)).as("the attacker's address is throttled as well")
                .isEqualTo(429);
        assertThat(basic("10.2.0.67", "admin@victim.test", PASSWORD)).as("locked for the addresses its holder never used")
                .isEqualTo(401);
        assertThat(basic(home, "admin@victim.test", PASSWORD)).as("its holder still signs in where they did before")
                .isEqualTo(200);

        // failures at a known address count for that address alone
        for (int i = 0; i < MAX; i++) {
            assertThat(basic(home, "admin@victim.test", "wrong-again-" + i)).isEqualTo(401);
        }
        assertThat(basic(home, "admin@victim.test", PASSWORD)).as("locked at home now").isEqualTo(401);
        kernel.queryAsSuperuser("update sign_in_addresses set locked_until = now() - interval '1 second' "
                + "where address = ? returning address", home);
        assertThat(basic(home, "admin@victim.test", PASSWORD)).as("the lock at home expired").isEqualTo(200);
    }

    @Test
    void validTenantCredentialsOnThePlatformApiAreForbiddenAndNoFailedSignIn() {
        ApiClient admin = kernel.provisionTenant("curious", PASSWORD);
        member(admin, "colleague@curious.test", PASSWORD);
        String address = "10.3.0.1";
        for (int i = 0; i <= MAX; i++) {
            assertThat(send(address, "/api/v1/platform/tenants", basicHeader("admin@curious.test", PASSWORD)))
                    .as("a tenant admin is not the platform operator").isEqualTo(403);
        }
        assertThat(basic(address, "colleague@curious.test", PASSWORD)).as("not counted: the address is not throttled")
                .isEqualTo(200);
        assertThat(send(address, "/api/v1/platform/tenants", basicHeader("admin@curious.test", "wrong-password")))
                .as("wrong credentials are still 401").isEqualTo(401);
    }

    private static int basic(String address, String user, String password) {
        return send(address, "/api/v1/parties", basicHeader(user, password));
    }

    private static int bearer(String address, String token) {
        return send(address, "/api/v1/parties", "Bearer " + token);
    }

    private static String basicHeader(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    private static int send(String address, String path, String authorization) {
        URI uri = kernel.baseUri().resolve(path);
        HttpRequest request = HttpRequest.newBuilder(uri).header("Authorization", authorization)
                .header("X-Forwarded-For", address).header("Accept", "application/json").GET().build();
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
