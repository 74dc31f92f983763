package io.tessera.tenants.keycloak;

import io.tessera.testkit.ApiClient;
import io.tessera.testkit.ApiResponse;
import io.tessera.testkit.TesseraKernelExtension;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Benchmark, not a test: prints figures and asserts nothing about time. Run on purpose with
 * {@code mvn -DskipTests install && mvn -pl tenants -Pbench verify -Dtest=KeycloakBenchmark}.
 *
 * <p>Latency of one authenticated API request ({@code GET /api/v1/parties?size=1}) with a Keycloak JWT,
 * with HTTP Basic (after the first check, i.e. from the verified-credentials cache) and with an API
 * key, on the same server; and of Keycloak's token endpoint (password grant).
 */
class KeycloakBenchmark {

    static final String PASSWORD = "correct-horse-battery";
    static final int WARM_UP = 300;
    static final int SAMPLES = 1_000;

    @RegisterExtension
    @Order(1)
    static final KeycloakServer keycloak = KeycloakServer.shared();

    @RegisterExtension
    @Order(2)
    static final TesseraKernelExtension kernel = TesseraKernelExtension.builder()
            .property("logging.level.root", "WARN")
            .property("spring.security.oauth2.resourceserver.jwt.issuer-uri", keycloak.issuer())
            .property("tessera.security.user-basic-auth", "true")
            .property("tessera.keycloak.admin.server-url", keycloak.baseUrl())
            .property("tessera.keycloak.admin.realm", KeycloakServer.REALM)
            .property("tessera.keycloak.admin.client-id", KeycloakServer.ADMIN_CLIENT)
            .property("tessera.keycloak.admin.client-secret", KeycloakServer.ADMIN_SECRET)
            .build();

    @Test
    void run() {
        String body = "{\"slug\":\"kc-bench\",\"name\":\"Bench\",\"admin\":{\"email\":\"admin@kc-bench.test\",\"password\":\""
                + PASSWORD + "\"}}";
        expect(kernel.platformApi().post("/api/v1/platform/tenants", body), 201);
        String jwt = Tokens.password(keycloak, KeycloakServer.CLI_CLIENT, "admin@kc-bench.test", PASSWORD);
        ApiClient bearer = kernel.apiKey(jwt);
        ApiClient basic = kernel.api("admin@kc-bench.test", PASSWORD);
        ApiResponse key = bearer.post("/api/v1/admin/api-keys", "{\"name\":\"bench\",\"scopes\":[\"parties.read\"]}");
        expect(key, 201);
        ApiClient apiKey = kernel.apiKey(key.json().get("secret").asString());
        expect(bearer.post("/api/v1/parties", "{\"kind\":\"company\",\"name\":\"Bench Customer\"}"), 201);

        for (int i = 0; i < WARM_UP; i++) {
            expect(bearer.get("/api/v1/parties?size=1"), 200);
            expect(basic.get("/api/v1/parties?size=1"), 200);
            expect(apiKey.get("/api/v1/parties?size=1"), 200);
        }
        report("GET /api/v1/parties?size=1 with a Keycloak JWT", sample(() -> bearer.get("/api/v1/parties?size=1")));
        report("GET /api/v1/parties?size=1 with HTTP Basic (cached)", sample(() -> basic.get("/api/v1/parties?size=1")));
        report("GET /api/v1/parties?size=1 with an API key", sample(() -> apiKey.get("/api/v1/parties?size=1")));

        List<Double> tokens = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            Tokens.request(keycloak, KeycloakServer.CLI_CLIENT, "admin@kc-bench.test", PASSWORD, "openid organization");
        }
        for (int i = 0; i < 300; i++) {
            long start = System.nanoTime();
            HttpResponse<String> response = Tokens.request(keycloak, KeycloakServer.CLI_CLIENT, "admin@kc-bench.test", PASSWORD,
                    "openid organization");
            tokens.add((System.nanoTime() - start) / 1e6);
            if (response.statusCode() != 200) {
                throw new IllegalStateException("token endpoint: " + response.statusCode() + " " + response.body());
            }
        }
        report("Keycloak token endpoint, password grant", tokens);
    }

    private static List<Double> sample(Supplier<ApiResponse> request) {
        List<Double> millis = new ArrayList<>(SAMPLES);
        for (int i = 0; i < SAMPLES; i++) {
            long start = System.nanoTime();
            ApiResponse response = request.get();
            millis.add((System.nanoTime() - start) / 1e6);
            expect(response, 200);
        }
        return millis;
    }

    private static void expect(ApiResponse response, int status) {
        if (response.status() != status) {
            throw new IllegalStateException("expected " + status + ": " + response);
        }
    }

    private static void report(String what, List<Double> millis) {
        List<Double> sorted = new ArrayList<>(millis);
        Collections.sort(sorted);
        System.out.printf("[bench] %-55s n=%d  p50 %.2f ms  p99 %.2f ms%n", what, sorted.size(),
                sorted.get(sorted.size() / 2), sorted.get((int) Math.ceil(sorted.size() * 0.99) - 1));
    }
}
