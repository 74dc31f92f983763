package io.tessera.tenants;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tessera.kernel.module.ModuleAccess;
import io.tessera.kernel.module.TenantModuleState;
import io.tessera.sdk.TenantRef;
import io.tessera.tenants.audit.AuditTrailQueries;
import io.tessera.testkit.ApiClient;
import io.tessera.testkit.ApiResponse;
import io.tessera.testkit.TesseraKernelExtension;
import java.time.Instant;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** Every change of a tenant-owned entity is audited in its own transaction; the trail is append-only for the application. */
class AuditIT {

    static final String PASSWORD = "correct-horse-battery";

    @RegisterExtension
    static final TesseraKernelExtension kernel = TesseraKernelExtension.builder()
            .plugin(LifecyclePlugins.module("crm-base", null, 1, false))
            .build();

    @Test
    void partyChangesAreAuditedWithWhoWhatAndBeforeAfter() {
        ApiClient admin = tenant("audited");
        String id = admin.post("/api/v1/parties", "{\"kind\":\"company\",\"name\":\"Before\"}").json().get("id").asString();
        admin.put("/api/v1/parties/" + id, "{\"kind\":\"company\",\"name\":\"After\"}");
        admin.delete("/api/v1/parties/" + id);

        JsonNode items = admin.get("/api/v1/admin/audit?entity=Party&entityId=" + id).json().get("items");
        assertThat(items.size()).isEqualTo(3);
        JsonNode delete = items.get(0);
        JsonNode update = items.get(1);
        JsonNode insert = items.get(2);
        assertThat(insert.get("action").asString()).isEqualTo("INSERT");
        assertThat(insert.get("changes").get("name").get("after").asString()).isEqualTo("Before");
        assertThat(insert.get("user").asString()).isEqualTo("admin@audited.test");
        assertThat(update.get("action").asString()).isEqualTo("UPDATE");
        assertThat(update.get("changes").get("name").get("before").asString()).isEqualTo("Before");
        assertThat(update.get("changes").get("name").get("after").asString()).isEqualTo("After");
        assertThat(delete.get("action").asString()).isEqualTo("DELETE");
        assertThat(delete.get("changes").get("name").get("before").asString()).isEqualTo("After");
    }

    @Test
    void enablingAndDetachingAModuleAreAudited() {
        ApiClient admin = tenant("audited-modules");
        admin.put("/api/v1/admin/modules/crm-base", "");
        admin.delete("/api/v1/admin/modules/crm-base");

        JsonNode items = admin.get("/api/v1/admin/audit?entity=TenantModule").json().get("items");
        assertThat(items.size()).isEqualTo(2);
        assertThat(items.get(1).get("changes").get("state").get("after").asString()).isEqualTo("ENABLED");
        assertThat(items.get(0).get("changes").get("state").get("before").asString()).isEqualTo("ENABLED");
        assertThat(items.get(0).get("changes").get("state").get("after").asString()).isEqualTo("DETACHED");
    }

    @Test
    void aRolledBackChangeLeavesNoAuditRow() {
        ApiClient admin = tenant("audited-rollback");
        TenantRef tenant = kernel.tenant("audited-rollback");
        assertThatThrownBy(() -> kernel.inTenant(tenant, () -> {
            kernel.bean(ModuleAccess.class).setState(List.of("crm-base"), TenantModuleState.ENABLED);
            kernel.bean(jakarta.persistence.EntityManager.class).flush();
            throw new IllegalStateException("roll it back");
        })).hasMessageContaining("roll it back");
        assertThat(admin.get("/api/v1/admin/audit?entity=TenantModule").json().get("totalElements").asLong()).isZero();
    }

    @Test
    void theApplicationRoleCanNeitherChangeNorDeleteAuditRows() {
        ApiClient admin = tenant("audited-immutable");
        admin.post("/api/v1/parties", "{\"kind\":\"company\",\"name\":\"Evidence\"}");
        TenantRef tenant = kernel.tenant("audited-immutable");
        JdbcClient jdbc = JdbcClient.create(kernel.bean(DataSource.class));

        assertThatThrownBy(() -> kernel.inTenant(tenant, () -> jdbc.sql("update audit_log set action = 'NOTHING'").update()))
                .hasStackTraceContaining("permission denied");
        assertThatThrownBy(() -> kernel.inTenant(tenant, () -> jdbc.sql("delete from audit_log").update()))
                .hasStackTraceContaining("permission denied");
        assertThat(admin.get("/api/v1/admin/audit?entity=Party").json().get("totalElements").asLong()).isEqualTo(1);
    }

    @Test
    void theTrailFiltersByTimeAndUserAndShowsNoOtherTenant() {
        ApiClient admin = tenant("audited-filters");
        ApiClient other = tenant("audited-elsewhere");
        Instant before = Instant.now();
        admin.post("/api/v1/parties", "{\"kind\":\"company\",\"name\":\"Filtered\"}");
        other.post("/api/v1/parties", "{\"kind\":\"company\",\"name\":\"Elsewhere\"}");

        JsonNode all = admin.get("/api/v1/admin/audit?entity=Party").json();
        assertThat(all.get("totalElements").asLong()).isEqualTo(1);
        String user = all.get("items").get(0).get("userId").asString();
        assertThat(admin.get("/api/v1/admin/audit?entity=Party&from=" + before).json().get("totalElements").asLong()).isEqualTo(1);
        assertThat(admin.get("/api/v1/admin/audit?entity=Party&to=" + before).json().get("totalElements").asLong()).isZero();
        assertThat(admin.get("/api/v1/admin/audit?userId=" + user).json().get("totalElements").asLong()).isPositive();
        ApiResponse bad = admin.get("/api/v1/admin/audit?userId=not-a-uuid");
        assertThat(bad.status()).isEqualTo(400);
    }

    @Test
    void theUserFilterMatchesWildcardsLiterally() {
        TenantRef tenant = kernel.createTenant("audit-like");
        kernel.createUser("a_b@audit-like.test", PASSWORD, java.util.Set.of("admin"), tenant);
        kernel.createUser("axb@audit-like.test", PASSWORD, java.util.Set.of("admin"), tenant);
        for (String email : List.of("a_b@audit-like.test", "axb@audit-like.test")) {
            assertThat(kernel.api(email, PASSWORD).post("/api/v1/parties", "{\"kind\":\"company\",\"name\":\"By " + email + "\"}")
                    .status()).isEqualTo(201);
        }
        AuditTrailQueries audit = kernel.bean(AuditTrailQueries.class);

        List<AuditTrailQueries.Entry> underscore = kernel.inTenant(tenant, () -> audit.page(filterByUser("a_b"), 0, 50));
        long percent = kernel.inTenant(tenant, () -> audit.count(filterByUser("%")));

        assertThat(underscore).isNotEmpty().extracting(AuditTrailQueries.Entry::user).containsOnly("a_b@audit-like.test");
        assertThat(percent).isZero();
    }

    private static AuditTrailQueries.Filter filterByUser(String user) {
        return new AuditTrailQueries.Filter(null, null, null, user, null, null);
    }

    private static ApiClient tenant(String slug) {
        return kernel.provisionTenant(slug, PASSWORD);
    }
}
