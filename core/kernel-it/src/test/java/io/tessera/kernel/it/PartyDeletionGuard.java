package io.tessera.kernel.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.tessera.sdk.TenantRef;
import io.tessera.testkit.ApiClient;
import io.tessera.testkit.ApiResponse;
import io.tessera.testkit.TesseraKernelExtension;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * A party that records refer to is not deleted (409 naming module, kind and count, nothing changed) but archived:
 * archived parties leave lists and pickers and keep their data; deletion succeeds once nothing refers to it. Run on
 * PostgreSQL ({@link PartyDeletionGuardIT}) and on the embedded H2 database ({@link PartyDeletionGuardEmbeddedIT}),
 * with the real {@link TestPlugins#visits() visits} plugin jar declaring its party reference.
 */
abstract class PartyDeletionGuard {

    static final String PASSWORD = "correct-horse-battery";

    abstract TesseraKernelExtension kernel();

    private ApiClient tenantAdmin(String slug) {
        return tenantAdmin(kernel().createTenant(slug));
    }

    private ApiClient tenantAdmin(TenantRef tenant) {
        kernel().createUser("admin@" + tenant.slug() + ".test", PASSWORD, tenant);
        kernel().enable(tenant, "visits");
        return kernel().api("admin@" + tenant.slug() + ".test", PASSWORD);
    }

    private static String create(ApiClient api, String body) {
        ApiResponse created = api.post("/api/v1/parties", body);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().get("id").asString();
    }

    @Test
    void aPartyThatRecordsReferToIsNotDeletedAndTheRefusalNamesModuleKindAndCount() {
        ApiClient api = tenantAdmin("guard-refs");
        String company = create(api, "{\"kind\":\"company\",\"name\":\"Visited Co\",\"roles\":[\"customer\"]}");
        String person = create(api, "{\"kind\":\"person\",\"name\":\"Staff Member\",\"organizationId\":\"" + company + "\"}");
        for (int i = 0; i < 2; i++) {
            assertThat(api.post("/api/v1/visits", "{\"partyId\":\"" + company + "\"}").status()).isEqualTo(201);
        }

        ApiResponse refused = api.delete("/api/v1/parties/" + company);

        assertThat(refused.status()).as(refused.body()).isEqualTo(409);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        JsonNode references = refused.json().get("references");
        assertThat(references.size()).isEqualTo(2);
        assertThat(references.get(0).get("module").asString()).isEqualTo("kernel");
        assertThat(references.get(0).get("kind").asString()).isEqualTo("people of this company");
        assertThat(references.get(0).get("count").asLong()).isEqualTo(1);
        assertThat(references.get(1).get("module").asString()).isEqualTo("visits");
        assertThat(references.get(1).get("moduleName").asString()).isEqualTo("Visits");
        assertThat(references.get(1).get("kind").asString()).isEqualTo("visits");
        assertThat(references.get(1).get("count").asLong()).isEqualTo(2);
        assertThat(refused.json().get("detail").asString()).contains("Visited Co", "2 visits (Visits)", "Archive");

        // nothing changed: the company, its role and the person's employer are all still there
        JsonNode kept = api.get("/api/v1/parties/" + company).json();
        assertThat(kept.get("name").asString()).isEqualTo("Visited Co");
        assertThat(kept.get("roles").toString()).isEqualTo("[\"customer\"]");
        assertThat(api.get("/api/v1/parties/" + person).json().get("organizationId").asString()).isEqualTo(company);
    }

    @Test
    void referencesOfADetachedModuleStillBlockTheDeletionItsDataIsKept() {
        TenantRef tenant = kernel().createTenant("guard-detached");
        ApiClient api = tenantAdmin(tenant);
        String company = create(api, "{\"kind\":\"company\",\"name\":\"Detached Visits Co\"}");
        assertThat(api.post("/api/v1/visits", "{\"partyId\":\"" + company + "\"}").status()).isEqualTo(201);
        kernel().detach(tenant, "visits");

        ApiResponse refused = api.delete("/api/v1/parties/" + company);
        assertThat(refused.status()).as(refused.body()).isEqualTo(409);
        assertThat(refused.json().get("references").get(0).get("module").asString()).isEqualTo("visits");
    }

    @Test
    void archivedPartiesLeaveTheListKeepTheirDataAndComeBackOnRestore() {
        ApiClient api = tenantAdmin("guard-archive");
        String company = create(api, "{\"kind\":\"company\",\"name\":\"Archivable Co\",\"email\":\"a@archivable.test\"}");
        assertThat(api.post("/api/v1/visits", "{\"partyId\":\"" + company + "\"}").status()).isEqualTo(201);

        ApiResponse archived = api.post("/api/v1/parties/" + company + "/archive", "");
        assertThat(archived.status()).as(archived.body()).isEqualTo(200);
        assertThat(archived.json().get("archivedAt").isNull()).isFalse();

        assertThat(api.get("/api/v1/parties?q=archivable").json().get("totalElements").asLong())
                .as("hidden from the default list").isZero();
        assertThat(api.get("/api/v1/parties?q=archivable&status=archived").json().get("items").get(0).get("name").asString())
                .isEqualTo("Archivable Co");
        assertThat(api.get("/api/v1/parties?q=archivable&status=all").json().get("totalElements").asLong()).isEqualTo(1);
        assertThat(api.get("/api/v1/parties/" + company).json().get("name").asString())
                .as("still found by id, so records keep its name").isEqualTo("Archivable Co");
        ApiResponse badStatus = api.get("/api/v1/parties?status=gone");
        assertThat(badStatus.status()).isEqualTo(422);
        assertThat(badStatus.json().get("errors").get(0).get("field").asString()).isEqualTo("status");

        ApiResponse restored = api.post("/api/v1/parties/" + company + "/restore", "");
        assertThat(restored.status()).as(restored.body()).isEqualTo(200);
        assertThat(restored.json().get("archivedAt").isNull()).isTrue();
        assertThat(api.get("/api/v1/parties?q=archivable").json().get("totalElements").asLong()).isEqualTo(1);
    }

    @Test
    void aPartyNothingRefersToIsDeletedAndAnotherTenantsPartyIsNotFound() {
        ApiClient api = tenantAdmin("guard-free");
        ApiClient other = tenantAdmin("guard-other");
        String company = create(api, "{\"kind\":\"company\",\"name\":\"Free Co\"}");

        assertThat(other.delete("/api/v1/parties/" + company).status()).isEqualTo(404);
        assertThat(other.post("/api/v1/parties/" + company + "/archive", "").status()).isEqualTo(404);

        assertThat(api.delete("/api/v1/parties/" + company).status()).isEqualTo(204);
        assertThat(api.get("/api/v1/parties/" + company).status()).isEqualTo(404);
    }
}
