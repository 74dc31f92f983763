package io.tessera.tenants;

import static org.assertj.core.api.Assertions.assertThat;

import io.tessera.testkit.ApiClient;
import io.tessera.testkit.ApiResponse;
import io.tessera.testkit.TesseraKernelExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** ASVS baseline on the API: security headers, per-address sign-in throttling, no internals in errors. */
class SecurityBaselineIT {

    static final String PASSWORD = "correct-horse-battery";

    @RegisterExtension
    static final TesseraKernelExtension kernel = TesseraKernelExtension.builder()
            .property("tessera.security.login-throttle.max-failures", "3")
            .property("tessera.security.login-throttle.window", "2s")
            .build();

    @Test
    void apiResponsesCarryTheSecurityHeaders() {
        ApiClient admin = kernel.provisionTenant("headers", PASSWORD);
        for (ApiResponse response : new ApiResponse[] {admin.get("/api/v1/parties"), kernel.anonymousApi().get("/api/v1/parties"),
                kernel.platformApi().get("/api/v1/platform/modules")}) {
            assertThat(response.headers().firstValue("Content-Security-Policy")).hasValue("default-src 'none'; frame-ancestors 'none'");
            assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
            assertThat(response.headers().firstValue("X-Frame-Options")).hasValue("DENY");
            assertThat(response.headers().firstValue("Referrer-Policy")).hasValue("no-referrer");
            assertThat(response.headers().firstValue("Cache-Control").orElse("")).contains("no-store");
        }
    }

    @Test
    void repeatedFailedSignInsFromOneAddressAreThrottledThenAllowedAgain() throws InterruptedException {
        kernel.provisionTenant("throttle", PASSWORD);
        ApiClient wrong = kernel.api("nobody@throttle.test", "wrong-password-x");
        for (int i = 0; i < 3; i++) {
            assertThat(wrong.get("/api/v1/parties").status()).isEqualTo(401);
        }
        ApiResponse throttled = kernel.api("admin@throttle.test", PASSWORD).get("/api/v1/parties");
        assertThat(throttled.status()).isEqualTo(429);
        assertThat(throttled.headers().firstValue("Retry-After")).isPresent();
        assertThat(throttled.contentType()).startsWith("application/problem+json");

        Thread.sleep(2_100);
        assertThat(kernel.api("admin@throttle.test", PASSWORD).get("/api/v1/parties").status()).isEqualTo(200);
    }

    @Test
    void errorsRevealNoStackTraceOrSql() {
        ApiClient admin = kernel.provisionTenant("errors", PASSWORD);
        ApiResponse bad = admin.post("/api/v1/parties", "{\"kind\":\"company\",\"name\":\"" + "x".repeat(400) + "\"}");
        assertThat(bad.status()).isEqualTo(422);
        assertThat(bad.body()).doesNotContain("Exception").doesNotContain("select ").doesNotContain("at io.tessera");
        ApiResponse notFound = admin.get("/api/v1/no-such-thing");
        assertThat(notFound.body()).doesNotContain("Exception").doesNotContain("at org.");
    }
}
