package io.tessera.tenants;

import static org.assertj.core.api.Assertions.assertThat;

import io.tessera.testkit.ApiAssertions;
import io.tessera.testkit.ApiClient;
import io.tessera.testkit.ApiResponse;
import io.tessera.testkit.TesseraKernelExtension;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Role × endpoint: every caller against every endpoint, with the expected verdict — allowed (the
 * handler ran: any status but 401/403) or refused (401/403). Zero unexpected allows, zero unexpected refusals.
 */
class AccessMatrixIT {

    static final String PASSWORD = "correct-horse-battery";

    @RegisterExtension
    static final TesseraKernelExtension kernel = TesseraKernelExtension.builder()
            .plugin(LifecyclePlugins.module("crm-base", null, 1, false))
            .build();

    static Map<String, ApiClient> callers = new LinkedHashMap<>();

    record Endpoint(String method, String path, String body) {
        ApiResponse call(ApiClient client) {
            return switch (method) {
                case "GET" -> client.get(path);
                case "POST" -> client.post(path, body);
                case "PUT" -> client.put(path, body);
                case "DELETE" -> client.delete(path);
                default -> throw new IllegalArgumentException(method);
            };
        }

        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    @BeforeAll
    static void callers() {
        ApiClient admin = kernel.provisionTenant("matrix", PASSWORD);
        admin.put("/api/v1/admin/modules/crm-base", "");
        ApiAssertions.member(admin, "member@matrix.test", PASSWORD);
        ApiAssertions.ok(admin.post("/api/v1/admin/roles", "{\"name\":\"guest\",\"permissions\":[]}"), 201);
        ApiAssertions.member(admin, "guest@matrix.test", PASSWORD, "guest");
        String readKey = admin.post("/api/v1/admin/api-keys", "{\"name\":\"read\",\"scopes\":[\"parties.read\"]}").json()
                .get("secret").asString();
        callers.put("admin", admin);
        callers.put("member", kernel.api("member@matrix.test", PASSWORD));
        callers.put("guest", kernel.api("guest@matrix.test", PASSWORD));
        callers.put("key:parties.read", kernel.apiKey(readKey));
        callers.put("anonymous", kernel.anonymousApi());
        callers.put("platform", kernel.platformApi());
    }

    @Test
    void everyCallerGetsExactlyTheAccessItsRoleGrants() {
        String party = "{\"kind\":\"company\",\"name\":\"Matrix Co\"}";
        Map<Endpoint, Set<String>> allowed = new LinkedHashMap<>();
        allowed.put(new Endpoint("GET", "/api/v1/parties", null), Set.of("admin", "member", "key:parties.read"));
        allowed.put(new Endpoint("POST", "/api/v1/parties", party), Set.of("admin", "member"));
        allowed.put(new Endpoint("GET", "/api/v1/crm-base/items/count", null), Set.of("admin", "member"));
        allowed.put(new Endpoint("GET", "/api/v1/admin/modules", null), Set.of("admin"));
        allowed.put(new Endpoint("PUT", "/api/v1/admin/modules/crm-base", ""), Set.of("admin"));
        allowed.put(new Endpoint("GET", "/api/v1/admin/users", null), Set.of("admin"));
        allowed.put(new Endpoint("GET", "/api/v1/admin/api-keys", null), Set.of("admin"));
        allowed.put(new Endpoint("GET", "/api/v1/admin/audit", null), Set.of("admin"));
        allowed.put(new Endpoint("GET", "/api/v1/admin/export", null), Set.of("admin"));
        allowed.put(new Endpoint("GET", "/api/v1/platform/modules", null), Set.of("platform"));
        allowed.put(new Endpoint("GET", "/api/v1/platform/tenants", null), Set.of("platform"));
        allowed.put(new Endpoint("POST", "/api/v1/me/password", "{}"), Set.of("admin", "member", "guest"));

        List<String> wrong = new ArrayList<>();
        for (Map.Entry<Endpoint, Set<String>> row : allowed.entrySet()) {
            for (Map.Entry<String, ApiClient> caller : callers.entrySet()) {
                int status = row.getKey().call(caller.getValue()).status();
                boolean refused = status == 401 || status == 403;
                boolean expected = row.getValue().contains(caller.getKey());
                if (refused == expected) {
                    wrong.add(caller.getKey() + " × " + row.getKey() + " → " + status
                            + (expected ? " (should be allowed)" : " (should be refused)"));
                }
            }
        }
        assertThat(wrong).as("unexpected verdicts").isEmpty();
    }
}
