package io.tessera.kernel.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tessera.kernel.TesseraKernel;
import io.tessera.sdk.TenantRef;
import io.tessera.testkit.ApiClient;
import io.tessera.testkit.ApiResponse;
import io.tessera.testkit.TesseraKernelExtension;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;

/** Real plugin jars in the plugins directory: the healthy ones work, every broken one is FAILED with its cause. */
class PluginLoadingIT {

    @RegisterExtension
    static final TesseraKernelExtension kernel = TesseraKernelExtension.builder()
            .plugin(TestPlugins.notes(), TestPlugins.usesNotes(), TestPlugins.brokenManifest(),
                    TestPlugins.missingDependency(), TestPlugins.tooNew(), TestPlugins.startFails(),
                    TestPlugins.badChangeset(), TestPlugins.dependsOnBadChangeset(), TestPlugins.strayController())
            .build();

    @Test
    void pluginEntityIsPersistedThroughThePluginsOwnEndpoint() throws SQLException {
        TenantRef tenant = kernel.createTenant("plugin-load");
        kernel.createUser("writer@plugin-load.test", "correct-horse-battery", tenant);
        kernel.enable(tenant, "notes");
        ApiClient api = kernel.api("writer@plugin-load.test", "correct-horse-battery");

        ApiResponse created = api.post("/api/v1/notes", "{\"text\":\"hello from a plugin\"}");

        assertThat(created.status()).as(created.body()).isEqualTo(201);
        UUID id = UUID.fromString(created.json().get("id").asString());
        try (Connection c = kernel.adminConnection();
             PreparedStatement s = c.prepareStatement("select tenant_id, text from notes where id = ?")) {
            s.setObject(1, id);
            try (ResultSet rs = s.executeQuery()) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getObject("tenant_id", UUID.class)).isEqualTo(tenant.id());
                assertThat(rs.getString("text")).isEqualTo("hello from a plugin");
            }
        }
        assertThat(api.get("/api/v1/notes").json().get(0).asString()).isEqualTo("hello from a plugin");
    }

    @Test
    void pluginClassesAreNotOnTheApplicationClasspath() {
        ClassLoader application = TesseraKernel.class.getClassLoader();
        assertThatThrownBy(() -> Class.forName("io.tessera.plugins.notes.Note", false, application))
                .isInstanceOf(ClassNotFoundException.class);
        assertThatThrownBy(() -> Class.forName("io.tessera.plugins.notes.Note", false, ClassLoader.getSystemClassLoader()))
                .isInstanceOf(ClassNotFoundException.class);
    }

    @Test
    void everyBrokenPluginIsFailedWithItsCauseAndTheOthersStarted() {
        Map<String, JsonNode> modules = modulesById();

        assertStarted(modules, "notes");
        assertStarted(modules, "uses-notes");
        assertFailed(modules, "broken-manifest.jar", "Plugin-Id", "id");
        assertFailed(modules, "needs-ghost", "'ghost'", "not installed");
        assertFailed(modules, "too-new", ">=99.0.0", "provides");
        assertFailed(modules, "start-fails", "licence server unreachable");
        assertFailed(modules, "bad-changeset", "Migration failed", "bad-1", "syntax error");
        assertFailed(modules, "needs-bad", "'bad-changeset'", "failed");
        assertFailed(modules, "stray", "must be mapped under /api/v1/stray/",
                "StrayController.elsewhere at '/api/v1/parties-export'");
        assertThat(modules).hasSize(9);
    }

    @Test
    void aRefusedPluginsHandlerOutsideItsPrefixIsNotServed() {
        TenantRef tenant = kernel.createTenant("plugin-stray");
        kernel.createUser("admin@plugin-stray.test", "correct-horse-battery", java.util.Set.of("admin"), tenant);

        ApiResponse response = kernel.api("admin@plugin-stray.test", "correct-horse-battery").get("/api/v1/parties-export");

        assertThat(response.body()).doesNotContain("outside it");
        assertThat(response.status()).as(response.body()).isEqualTo(404);
    }

    @Test
    void modulesReportTheirDeclaration() {
        JsonNode notes = modulesById().get("notes");
        assertThat(notes.get("name").asString()).isEqualTo("Notes");
        assertThat(notes.get("version").asString()).isEqualTo("1.2.0");
        assertThat(notes.get("category").asString()).isEqualTo("CRM");
        assertThat(notes.get("dependencies").size()).isZero();
        assertThat(notes.has("failure") && !notes.get("failure").isNull()).isFalse();
        JsonNode usesNotes = modulesById().get("uses-notes");
        assertThat(usesNotes.get("dependencies").get(0).get("id").asString()).isEqualTo("notes");
        assertThat(usesNotes.get("dependencies").get(1).get("optional").asBoolean()).isTrue();
    }

    @Test
    void theHostIsHealthy() {
        ApiResponse health = kernel.anonymousApi().get("/actuator/health");
        assertThat(health.status()).isEqualTo(200);
        assertThat(health.json().get("status").asString()).isEqualTo("UP");
    }

    @Test
    void theModuleListIsForThePlatformOperatorOnly() {
        assertThat(kernel.anonymousApi().get("/api/v1/platform/modules").status()).isEqualTo(401);
        ApiResponse wrong = kernel.api("platform", "wrong-password").get("/api/v1/platform/modules");
        assertThat(wrong.status()).isEqualTo(401);
        assertThat(wrong.contentType()).startsWith("application/problem+json");
        TenantRef tenant = kernel.createTenant("not-platform");
        kernel.createUser("user@not-platform.test", "correct-horse-battery", tenant);
        // valid tenant credentials: refused as not the operator (403), not as a failed sign-in (issue 18 item 11)
        assertThat(kernel.api("user@not-platform.test", "correct-horse-battery").get("/api/v1/platform/modules").status())
                .isEqualTo(403);
    }

    @Test
    void eachModulesMigrationsAreTrackedSeparatelyAndAFailedChangesetLeavesNothing() throws SQLException {
        try (Connection c = kernel.adminConnection()) {
            assertThat(count(c, "select count(*) from dbchangelog_kernel")).isPositive();
            assertThat(count(c, "select count(*) from dbchangelog_notes")).isEqualTo(1);
            assertThat(count(c, "select count(*) from information_schema.tables where table_name = 'bad_one'")).isZero();
        }
    }

    private static long count(Connection c, String sql) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql); ResultSet rs = s.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static Map<String, JsonNode> modulesById() {
        ApiResponse response = kernel.platformApi().get("/api/v1/platform/modules");
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        Map<String, JsonNode> byId = new HashMap<>();
        for (JsonNode module : response.json()) {
            byId.put(module.get("id").asString(), module);
        }
        return byId;
    }

    private static void assertStarted(Map<String, JsonNode> modules, String id) {
        assertThat(modules).containsKey(id);
        assertThat(modules.get(id).get("state").asString()).as(modules.get(id).toString()).isEqualTo("STARTED");
    }

    private static void assertFailed(Map<String, JsonNode> modules, String id, String... causeFragments) {
        assertThat(modules).as("modules").containsKey(id);
        JsonNode module = modules.get(id);
        assertThat(module.get("state").asString()).as(module.toString()).isEqualTo("FAILED");
        assertThat(module.get("failure").asString()).as(module.toString()).contains(causeFragments);
    }
}
