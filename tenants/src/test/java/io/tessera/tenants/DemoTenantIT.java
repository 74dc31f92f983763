package io.tessera.tenants;

import static org.assertj.core.api.Assertions.assertThat;

import io.tessera.kernel.TesseraKernel;
import io.tessera.testkit.ApiClient;
import io.tessera.testkit.TesseraKernelExtension;
import java.net.URI;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;

/** The embedded default greets a newcomer with a demo tenant; PostgreSQL does not unless asked. */
class DemoTenantIT {

    @RegisterExtension
    static final TesseraKernelExtension postgres = TesseraKernelExtension.builder().build();

    @Test
    void theEmbeddedDefaultCreatesADemoTenantOnceWithItsModulesEnabled(@TempDir Path dir) {
        Path plugins = dir.resolve("plugins");
        LifecyclePlugins.module("crm-base", null, 2, false).writeTo(plugins);
        String[] args = {
            "--server.port=0", "--tessera.plugins.dir=" + plugins, "--tessera.platform.admin.password=demo-test-operator",
            "--spring.datasource.url=jdbc:h2:file:" + dir.resolve("data/tessera") + ";MODE=PostgreSQL;DEFAULT_NULL_ORDERING=HIGH",
            "--tessera.demo.password=demo-password-1", "--tessera.exports.dir=" + dir.resolve("exports")
        };
        for (int start = 0; start < 2; start++) {
            try (ConfigurableApplicationContext app = new SpringApplicationBuilder(TesseraKernel.class).run(args)) {
                URI base = URI.create("http://localhost:" + app.getEnvironment().getRequiredProperty("local.server.port") + "/");
                ApiClient demo = ApiClient.of(base, "admin@demo.local", "demo-password-1");
                JsonNode modules = demo.get("/api/v1/admin/modules").json();
                assertThat(modules.get(0).get("state").asString()).isEqualTo("ENABLED");
                assertThat(demo.get("/api/v1/crm-base/items/count").body()).isEqualTo("2");
                JsonNode tenants = ApiClient.of(base, "platform", "demo-test-operator").get("/api/v1/platform/tenants").json();
                assertThat(tenants.get("totalElements").asLong()).as("created once, on the first start only").isEqualTo(1);
            }
        }
    }

    @Test
    void postgresqlGetsNoDemoTenantUnlessAskedFor() {
        assertThat(postgres.platformApi().get("/api/v1/platform/tenants/demo").status()).isEqualTo(404);
    }
}
