package io.tessera.kernel.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.tessera.kernel.TesseraKernel;
import io.tessera.kernel.account.AccountMemberships;
import io.tessera.kernel.account.TenantProvisioning;
import io.tessera.kernel.account.UserAccounts;
import io.tessera.kernel.account.Invitations;
import io.tessera.sdk.TenantRef;
import io.tessera.testkit.ApiClient;
import io.tessera.testkit.ApiResponse;
import io.tessera.testkit.PluginJar;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import io.tessera.kernel.module.ModuleAccess;
import io.tessera.kernel.module.TenantModuleState;
import io.tessera.kernel.tenancy.TenantContext;
import java.time.Instant;
import java.util.List;
import org.springframework.transaction.support.TransactionTemplate;
import java.util.Set;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * With no database configured the kernel runs on an embedded H2 file database under ./data — and
 * starts again on it, with its data and plugin tables, after a restart.
 */
@ExtendWith(OutputCaptureExtension.class)
class EmbeddedDefaultIT {

    @Test
    void startsOnTheEmbeddedDatabaseAndAgainAfterARestartKeepingItsData(@TempDir Path dir, CapturedOutput output)
            throws Exception {
        Path plugins = dir.resolve("plugins");
        PluginJar notes = TestPlugins.notes();
        notes.writeTo(plugins);
        TestPlugins.pings().writeTo(plugins);
        String[] args = {
            "--server.port=0",
            "--tessera.plugins.dir=" + plugins,
            "--tessera.platform.admin.password=embedded-secret",
            // the default URL is relative to the working directory; point the same default layout at a temp dir
            "--spring.datasource.url=jdbc:h2:file:" + dir.resolve("data/tessera") + ";MODE=PostgreSQL;DEFAULT_NULL_ORDERING=HIGH",
            "--spring.main.banner-mode=off"
        };
        String partyId;
        try (ConfigurableApplicationContext first = new SpringApplicationBuilder(TesseraKernel.class).run(args)) {
            // one banner ends the start: where it listens, how the operator signs in, where the data lives
            String port = first.getEnvironment().getRequiredProperty("local.server.port");
            assertThat(output.getOut()).contains("Tessera is ready")
                    .containsPattern("URL: +http://localhost:" + port + "/")
                    .containsPattern("Operator sign-in: +platform / \\(tessera\\.platform\\.admin\\.password\\)")
                    .contains("embedded H2 database in " + dir.resolve("data").toAbsolutePath().normalize())
                    .containsPattern("Modules: +2 started \\(");
            UserAccounts accounts = first.getBean(UserAccounts.class);
            TenantRef tenant = TenantContext.callWithoutTenant(() -> first.getBean(TenantProvisioning.class).createTenant("embedded", "Embedded"));
            UUID user = TenantContext.callWithoutTenant(() -> {
                UUID owner = accounts.createUser("owner@embedded.test", "Owner", "correct-horse-battery");
                first.getBean(AccountMemberships.class).addMembership(tenant, owner, Set.of("admin"));
                return owner;
            });
            TenantContext.runAs(tenant, () -> first.getBean(TransactionTemplate.class).executeWithoutResult(status ->
                    first.getBean(ModuleAccess.class).setState(List.of("notes", "pings"), TenantModuleState.ENABLED)));
            ApiClient api = client(first, "owner@embedded.test", "correct-horse-battery");
            ApiResponse created = api.post("/api/v1/parties", "{\"kind\":\"company\",\"name\":\"Kept Across Restarts\"}");
            assertThat(created.status()).as(created.body()).isEqualTo(201);
            partyId = created.json().get("id").asString();
            assertThat(api.post("/api/v1/notes", "{\"text\":\"kept\"}").status()).isEqualTo(201);
            // invitations work on the embedded database too: issued (twice: the second replaces the first), accepted once
            Invitations invitations = first.getBean(Invitations.class);
            String replaced = TenantContext.callAs(tenant, user, () -> invitations.invite("guest@embedded.test", null,
                    Set.of("member"))).token();
            String token = TenantContext.callAs(tenant, user, () -> invitations.invite("guest@embedded.test", null,
                    Set.of("member"))).token();
            String accept = "{\"token\":\"%s\",\"password\":\"guest-chose-this-one\"}";
            assertThat(api.anonymous().post("/api/v1/invitations/accept", accept.formatted(replaced)).status()).isEqualTo(404);
            ApiResponse joined = api.anonymous().post("/api/v1/invitations/accept", accept.formatted(token));
            assertThat(joined.status()).as(joined.body()).isEqualTo(200);
            assertThat(api.as("guest@embedded.test", "guest-chose-this-one").get("/api/v1/parties").status()).isEqualTo(200);
            // events are delivered through the outbox on the embedded database too
            String ping = api.post("/api/v1/pings?text=embedded", "").json().get("id").asString();
            JdbcClient jdbc = JdbcClient.create(first.getBean(DataSource.class));
            Instant deadline = Instant.now().plusSeconds(30);
            while (jdbc.sql("select count(*) from ping_log where ping_id = ?").param(UUID.fromString(ping))
                    .query(Long.class).single() == 0) {
                assertThat(Instant.now()).as("event delivered in time").isBefore(deadline);
                Thread.sleep(100);
            }
        }
        assertThat(Files.exists(dir.resolve("data/tessera.mv.db"))).isTrue();

        try (ConfigurableApplicationContext second = new SpringApplicationBuilder(TesseraKernel.class).run(args)) {
            ApiClient api = client(second, "owner@embedded.test", "correct-horse-battery");
            assertThat(api.get("/api/v1/parties/" + partyId).json().get("name").asString()).isEqualTo("Kept Across Restarts");
            assertThat(api.get("/api/v1/notes").json().get(0).asString()).isEqualTo("kept");
            ApiResponse modules = client(second, "platform", "embedded-secret").get("/api/v1/platform/modules");
            assertThat(modules.json().get(0).get("state").asString()).isEqualTo("STARTED");
        }
    }

    private static ApiClient client(ConfigurableApplicationContext context, String user, String password) {
        URI base = URI.create("http://localhost:" + context.getEnvironment().getRequiredProperty("local.server.port") + "/");
        return ApiClient.of(base, user, password);
    }
}
