package io.tessera.tenants;

import static org.assertj.core.api.Assertions.assertThat;

import io.tessera.testkit.ApiClient;
import io.tessera.testkit.ApiResponse;
import io.tessera.testkit.TesseraKernelExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;

/** Per-tenant API keys: scopes enforced, revocation immediate, the secret shown once and stored hashed. */
class ApiKeysIT {

    static final String PASSWORD = "correct-horse-battery";

    @RegisterExtension
    static final TesseraKernelExtension kernel = TesseraKernelExtension.builder().build();

    @Test
    void aKeyActsInItsTenantWithinItsScopes() {
        ApiClient admin = kernel.provisionTenant("keys", PASSWORD);
        admin.post("/api/v1/parties", "{\"kind\":\"company\",\"name\":\"Visible To The Key\"}");
        JsonNode created = create(admin, "{\"name\":\"ERP sync\",\"scopes\":[\"parties.read\"]}");
        ApiClient key = kernel.apiKey(created.get("secret").asString());

        ApiResponse read = key.get("/api/v1/parties");
        assertThat(read.status()).as(read.body()).isEqualTo(200);
        assertThat(read.json().get("items").get(0).get("name").asString()).isEqualTo("Visible To The Key");
        ApiResponse write = key.post("/api/v1/parties", "{\"kind\":\"company\",\"name\":\"Refused\"}");
        assertThat(write.status()).isEqualTo(403);
        assertThat(write.json().get("detail").asString()).contains("parties.write");
        assertThat(key.get("/api/v1/admin/api-keys").status()).isEqualTo(403);
    }

    @Test
    void aRevokedOrExpiredOrForgedKeyIsRefused() {
        ApiClient admin = kernel.provisionTenant("keys-revoked", PASSWORD);
        JsonNode created = create(admin, "{\"name\":\"short-lived\",\"scopes\":[\"parties.read\"]}");
        ApiClient key = kernel.apiKey(created.get("secret").asString());
        assertThat(key.get("/api/v1/parties").status()).isEqualTo(200);

        assertThat(admin.delete("/api/v1/admin/api-keys/" + created.get("id").asString()).status()).isEqualTo(204);
        ApiResponse revoked = key.get("/api/v1/parties");
        assertThat(revoked.status()).isEqualTo(401);
        assertThat(revoked.contentType()).startsWith("application/problem+json");

        JsonNode expiring = create(admin, "{\"name\":\"expiring\",\"scopes\":[\"parties.read\"]}");
        kernel.queryAsSuperuser("update api_keys set expires_at = now() - interval '1 second' where id = ?::uuid returning id",
                expiring.get("id").asString());
        assertThat(kernel.apiKey(expiring.get("secret").asString()).get("/api/v1/parties").status()).isEqualTo(401);

        String secret = create(admin, "{\"name\":\"forged\",\"scopes\":[\"parties.read\"]}").get("secret").asString();
        String forged = secret.substring(0, secret.length() - 4) + (secret.endsWith("AAAA") ? "BBBB" : "AAAA");
        assertThat(kernel.apiKey(forged).get("/api/v1/parties").status()).isEqualTo(401);
        assertThat(kernel.apiKey("tsk_nonsense").get("/api/v1/parties").status()).isEqualTo(401);
    }

    @Test
    void theSecretIsShownOnceStoredHashedAndTheLastUseRecorded() {
        ApiClient admin = kernel.provisionTenant("keys-secret", PASSWORD);
        JsonNode created = create(admin, "{\"name\":\"reporting\",\"scopes\":[\"parties.read\"]}");
        String secret = created.get("secret").asString();
        kernel.apiKey(secret).get("/api/v1/parties");

        ApiResponse listed = admin.get("/api/v1/admin/api-keys");
        assertThat(listed.body()).doesNotContain(secret).doesNotContain("secret");
        assertThat(listed.json().get(0).get("lastUsedAt").isNull()).isFalse();
        assertThat(kernel.countAsSuperuser("select count(*) from api_keys where secret_hash = ? or name = ?", secret, secret))
                .isZero();
        assertThat(kernel.countAsSuperuser("select count(*) from api_keys where position(? in secret_hash) > 0",
                secret.substring("tsk_".length() + 12 + 1))).isZero();
    }

    @Test
    void aKeyCannotReachAnotherTenant() {
        kernel.provisionTenant("keys-other", PASSWORD);
        ApiClient admin = kernel.provisionTenant("keys-home", PASSWORD);
        ApiClient key = kernel.apiKey(create(admin, "{\"name\":\"home\",\"scopes\":[\"parties.read\"]}").get("secret").asString());
        assertThat(key.withTenant("keys-other").get("/api/v1/parties").status()).isEqualTo(403);
        assertThat(key.withTenant("keys-home").get("/api/v1/parties").status()).isEqualTo(200);
    }

    @Test
    void invalidKeyRequestsAreRefusedClearly() {
        ApiClient admin = kernel.provisionTenant("keys-invalid", PASSWORD);
        assertThat(admin.post("/api/v1/admin/api-keys", "{\"name\":\"x\",\"scopes\":[\"no.such-permission\"]}").status())
                .isEqualTo(422);
        assertThat(admin.post("/api/v1/admin/api-keys", "{\"name\":\"x\",\"scopes\":[]}").status()).isEqualTo(422);
        assertThat(admin.post("/api/v1/admin/api-keys",
                "{\"name\":\"x\",\"scopes\":[\"parties.read\"],\"expiresAt\":\"2000-01-01T00:00:00Z\"}").status()).isEqualTo(422);
        assertThat(admin.delete("/api/v1/admin/api-keys/00000000-0000-7000-8000-000000000000").status()).isEqualTo(404);
    }

    private static JsonNode create(ApiClient admin, String body) {
        ApiResponse created = admin.post("/api/v1/admin/api-keys", body);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json();
    }
}
