package io.tessera.tenants;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tessera.kernel.module.ModuleLifecycle;
import io.tessera.sdk.CurrentUser;
import io.tessera.sdk.EnabledModules;
import io.tessera.sdk.TenantRef;
import io.tessera.testkit.ApiClient;
import io.tessera.testkit.TestTenant;
import io.tessera.testkit.TesseraKernelExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The test kit's fixtures, as a plugin's test uses them, against real plugin jars on PostgreSQL: enabling a module
 * as the marketplace does (the required closure in dependency order, every installer, all or nothing), detaching,
 * provisioning a tenant with members who joined by invitation, and acting as a member or as the admin.
 * The first three tests fail against the old {@code enableModules}, which wrote the state of the named modules only.
 */
class TestKitFixturesIT {

    @RegisterExtension
    static final TesseraKernelExtension kernel = TesseraKernelExtension.builder()
            .plugin(LifecyclePlugins.module("fx-base", null, 3, false),
                    LifecyclePlugins.module("fx-addon", "fx-base", 1, false),
                    LifecyclePlugins.module("fx-top", "fx-addon", 2, false),
                    LifecyclePlugins.module("fx-broken", "fx-base", 1, true),
                    LifecyclePlugins.seeded())
            .build();

    @Test
    void enableTakesTheRequiredClosureInDependencyOrderAndRunsEveryInstallerOnce() {
        TestTenant tenant = kernel.newTenant("fx-closure").provision();

        assertThat(tenant.enable("fx-top")).containsExactly("fx-base", "fx-addon", "fx-top");

        ApiClient admin = tenant.admin();
        assertThat(admin.get("/api/v1/fx-base/items/count").body()).as("the dependency's installer ran").isEqualTo("3");
        assertThat(admin.get("/api/v1/fx-addon/items/count").body()).isEqualTo("1");
        assertThat(admin.get("/api/v1/fx-top/items/count").body()).isEqualTo("2");
        assertThat(tenant.enable("fx-top", "fx-base")).as("nothing left to enable").isEmpty();
        assertThat(rows("fx_base_items", tenant.ref())).as("installers are not run again").isEqualTo(3);
    }

    @Test
    void anInstallerThatFailsEnablesNothingNotEvenTheDependencies() {
        TestTenant tenant = kernel.newTenant("fx-broken").provision();

        assertThatThrownBy(() -> tenant.enable("fx-broken")).hasMessageContaining("Installing module 'fx-broken' failed");

        assertThat(tenant.admin().get("/api/v1/fx-base/items/count").status()).as("fx-base not enabled").isEqualTo(404);
        assertThat(rows("fx_base_items", tenant.ref())).as("the dependency's seed rolled back").isZero();
        assertThat(rows("fx_broken_items", tenant.ref())).isZero();
        assertThat(tenant.enable("fx-base")).as("fx-base was still available").containsExactly("fx-base");
    }

    @Test
    void detachTakesTheEnabledDependentsAlongKeepsTheRowsAndEnablingAgainRestoresThem() {
        TestTenant tenant = kernel.newTenant("fx-detach").modules("fx-addon").provision();
        ApiClient admin = tenant.admin();
        assertThat(admin.get("/api/v1/fx-addon/items/count").body()).isEqualTo("1");

        assertThat(tenant.detach("fx-base")).containsExactly("fx-addon", "fx-base");
        assertThat(admin.get("/api/v1/fx-base/items/count").status()).isEqualTo(404);
        assertThat(admin.get("/api/v1/fx-addon/items/count").status()).isEqualTo(404);
        assertThat(rows("fx_base_items", tenant.ref()) + rows("fx_addon_items", tenant.ref())).as("rows kept").isEqualTo(4);
        assertThatThrownBy(() -> tenant.detach("fx-base")).hasMessageContaining("is not enabled");

        assertThat(tenant.enable("fx-addon")).containsExactly("fx-base", "fx-addon");
        assertThat(admin.get("/api/v1/fx-base/items/count").body()).as("restored, not seeded twice").isEqualTo("3");
        assertThat(admin.get("/api/v1/fx-addon/items/count").body()).isEqualTo("1");
    }

    @Test
    void membersJoinWithTheirRolesAndActWithThosePermissionsOnly() {
        TestTenant tenant = kernel.newTenant("fx-members").member("ann@fx-members.test", "member").modules("seeded")
                .provision();
        assertThat(rows("seeded_items", tenant.ref())).as("the installer seeded as system work").isEqualTo(1);

        // over HTTP: the member may use the module but not configure it; the admin may
        assertThat(tenant.api("ann@fx-members.test").post("/api/v1/seeded/items?code=ann", "").status()).isEqualTo(403);
        assertThat(tenant.admin().post("/api/v1/seeded/items?code=admin", "").status()).isEqualTo(200);
        assertThat(rows("seeded_items", tenant.ref())).isEqualTo(2);

        // in code: bound as the member (not as system work), the member's permissions apply
        assertThat(tenant.asMember("ann@fx-members.test", () -> kernel.bean(CurrentUser.class).id()))
                .contains(tenant.userId("ann@fx-members.test"));
        assertThat(tenant.asMember("ann@fx-members.test", () -> kernel.bean(EnabledModules.class).isEnabled("seeded")))
                .isTrue();
        ModuleLifecycle lifecycle = kernel.bean(ModuleLifecycle.class);
        assertThatThrownBy(() -> tenant.asMember("ann@fx-members.test", () -> lifecycle.enable("fx-base", false)))
                .as("enabling needs tenant.admin").hasMessageContaining("tenant.admin");
        assertThat(tenant.asAdmin(() -> lifecycle.enable("fx-base", false))).containsExactly("fx-base");
    }

    private static long rows(String table, TenantRef tenant) {
        return kernel.countAsSuperuser("select count(*) from " + table + " where tenant_id = ?", tenant.id());
    }
}
