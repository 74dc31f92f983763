package ${package};

import static io.tessera.testkit.ApiAssertions.assertField;
import static io.tessera.testkit.ApiAssertions.assertProblem;
import static io.tessera.testkit.ApiAssertions.created;
import static io.tessera.testkit.ApiAssertions.enable;
import static io.tessera.testkit.ApiAssertions.ok;
import static io.tessera.testkit.ApiAssertions.values;
import static org.assertj.core.api.Assertions.assertThat;

import io.tessera.testkit.ApiClient;
import io.tessera.testkit.TesseraKernelExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;

/** The plugin from its real jar in the kernel, over HTTP, on PostgreSQL as the application role. */
class ${prefix}IT {

    static final String PASSWORD = "correct-horse-battery";
    static final String ENTRIES = "/api/v1/${id}/entries";

    @RegisterExtension
    static final TesseraKernelExtension KERNEL = TesseraKernelExtension.builder().builtPlugin().build();

    static String entry(String title) {
        return "{\"title\":\"" + title + "\",\"body\":\"Some details\"}";
    }

    @Test
    void entriesAreCreatedAndListedPageByPage() {
        ApiClient api = enable(KERNEL.provisionTenant("${id}-list", PASSWORD), "${id}");
        String first = created(api.post(ENTRIES, entry("First")));
        created(api.post(ENTRIES, entry("Second")));
        created(api.post(ENTRIES, entry("Third")));

        assertThat(ok(api.get(ENTRIES + "/" + first)).get("title").asString()).isEqualTo("First");
        JsonNode page = ok(api.get(ENTRIES + "?page=0&size=2"));
        assertThat(values(page, "title")).containsExactly("Third", "Second");
        assertThat(page.get("totalElements").asLong()).isEqualTo(3);
        assertThat(values(ok(api.get(ENTRIES + "?page=1&size=2")), "title")).containsExactly("First");
        assertProblem(api.get(ENTRIES + "?size=201"), 400);
    }

    @Test
    void badInputIsAProblemNamingTheField() {
        ApiClient api = enable(KERNEL.provisionTenant("${id}-invalid", PASSWORD), "${id}");
        assertField(api.post(ENTRIES, "{\"title\":\" \"}"), 422, "title");
        assertThat(ok(api.get(ENTRIES)).get("totalElements").asLong()).isZero();
    }

    @Test
    void anotherTenantsEntryIsNotFound() {
        ApiClient acme = enable(KERNEL.provisionTenant("${id}-acme", PASSWORD), "${id}");
        ApiClient globex = enable(KERNEL.provisionTenant("${id}-globex", PASSWORD), "${id}");
        String id = created(acme.post(ENTRIES, entry("Acme only")));

        assertProblem(globex.get(ENTRIES + "/" + id), 404);
        assertProblem(globex.put(ENTRIES + "/" + id, entry("Taken over")), 404);
        assertThat(values(ok(globex.get(ENTRIES)), "title")).isEmpty();
        assertThat(ok(acme.get(ENTRIES + "/" + id)).get("title").asString()).isEqualTo("Acme only");
    }

    @Test
    void detachHidesTheApiAndReEnablingRestoresTheData() {
        ApiClient admin = KERNEL.provisionTenant("${id}-lifecycle", PASSWORD);
        assertProblem(admin.get(ENTRIES), 404);
        enable(admin, "${id}");
        String id = created(admin.post(ENTRIES, entry("Kept")));

        assertThat(admin.delete("/api/v1/admin/modules/${id}").status()).isIn(200, 204);
        assertProblem(admin.get(ENTRIES + "/" + id), 404);

        enable(admin, "${id}");
        assertThat(ok(admin.get(ENTRIES + "/" + id)).get("title").asString()).isEqualTo("Kept");
        assertThat(ok(admin.get(ENTRIES)).get("totalElements").asLong()).isEqualTo(1);
    }
}
