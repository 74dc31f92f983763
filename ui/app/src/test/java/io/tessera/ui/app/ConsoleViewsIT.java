package io.tessera.ui.app;

import static io.tessera.testsupport.browserless.KernelViews.button;
import static io.tessera.testsupport.browserless.KernelViews.currentView;
import static io.tessera.testsupport.browserless.KernelViews.find;
import static io.tessera.testsupport.browserless.KernelViews.gridItems;
import static io.tessera.testsupport.browserless.KernelViews.menu;
import static io.tessera.testsupport.browserless.KernelViews.navigate;
import static io.tessera.testsupport.browserless.KernelViews.texts;
import static io.tessera.testsupport.browserless.KernelViews.textsUnder;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.internal.MockVaadin;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.dialog.Dialog;
import io.tessera.kernel.access.Roles;
import io.tessera.kernel.account.TenantDirectory;
import io.tessera.kernel.module.ModuleAccess;
import io.tessera.kernel.tenancy.TenantContext;
import io.tessera.sdk.TenantRef;
import io.tessera.testkit.TesseraKernelExtension;
import io.tessera.testsupport.browserless.KernelViews;
import io.tessera.ui.app.admin.ApiKeysView;
import io.tessera.ui.app.admin.AuditLogView;
import io.tessera.ui.app.admin.ExportView;
import io.tessera.ui.app.admin.ModulesView;
import io.tessera.ui.app.admin.SettingsView;
import io.tessera.ui.app.admin.UsersView;
import io.tessera.ui.app.platform.PlatformPluginsView;
import io.tessera.ui.app.platform.PlatformTenantsView;
import io.tessera.ui.app.shell.DashboardView;
import io.tessera.ui.app.shell.ProfileView;
import io.tessera.ui.app.shell.SearchView;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Browserless view tests (Vaadin's browserless-test, no browser): the real views, created by the
 * running kernel's Spring context on PostgreSQL with a real plugin jar, as a tenant admin, a member and
 * the platform operator: the shell's navigation follows the tenant's modules and the user's
 * permissions, the marketplace previews and enables, the consoles show their data, and refused views
 * do not open.
 */
class ConsoleViewsIT {

    static final String PASSWORD = "correct-horse-battery-9";

    @RegisterExtension
    static final TesseraKernelExtension KERNEL = TesseraKernelExtension.builder().plugin(MemoPlugin.jar()).build();

    static final KernelViews VIEWS = new KernelViews(KERNEL);

    static TenantRef tenant;
    static UUID admin;
    static UUID member;

    @BeforeAll
    static void setUp() {
        KERNEL.provisionTenant("views", PASSWORD);
        tenant = KERNEL.tenant("views");
        admin = KERNEL.userId("admin@views.test");
        member = KERNEL.createUser("member@views.test", PASSWORD, Set.of(Roles.MEMBER), tenant);
    }

    /** Detaches the memo module as the marketplace does (enabling it first when no test did yet). */
    private static void detachMemo() {
        KERNEL.enable(tenant, MemoPlugin.ID);
        KERNEL.detach(tenant, MemoPlugin.ID);
    }

    @Test
    void navigationFollowsTheTenantsModulesAndTheViewOfADetachedModuleIsRefused() {
        detachMemo();
        VIEWS.asUser(tenant, admin, "admin@views.test", Roles.ADMIN, () -> {
            navigate(DashboardView.class);
            assertThat(menu()).contains("Dashboard", "Modules", "Users and roles", "API keys", "Audit log", "Export data")
                    .doesNotContain("Memo board", "Tenants");
            assertThat(texts()).noneMatch(t -> t.contains("3 memos"));
            return null;
        });
        KERNEL.enable(tenant, MemoPlugin.ID);
        VIEWS.asUser(tenant, admin, "admin@views.test", Roles.ADMIN, () -> {
            navigate(DashboardView.class);
            assertThat(menu()).contains("Memo board");
            assertThat(texts()).anyMatch(t -> t.contains("3 memos"));
            UI.getCurrent().navigate(MemoPlugin.ROUTE);
            assertThat(currentView().getClass().getName()).isEqualTo("io.tessera.plugins.memo.MemoView");
            return null;
        });
        detachMemo();
        VIEWS.asUser(tenant, admin, "admin@views.test", Roles.ADMIN, () -> {
            navigate(DashboardView.class);
            assertThat(menu()).doesNotContain("Memo board");
            UI.getCurrent().navigate(MemoPlugin.ROUTE);
            assertThat(currentView().getClass().getName()).isNotEqualTo("io.tessera.plugins.memo.MemoView");
            return null;
        });
    }

    @Test
    void theMarketplacePreviewsTheImpactThenEnables() throws InterruptedException {
        detachMemo();
        VIEWS.asUser(tenant, admin, "admin@views.test", Roles.ADMIN, () -> {
            navigate(ModulesView.class);
            assertThat(texts()).contains("Sticky memos for the team", "CRM", "Detached", "Enable", "Purge");
            button("enable-memo").click();
            MockVaadin.clientRoundtrip();
            Dialog dialog = find(Dialog.class).stream().filter(Dialog::isOpened).findFirst().orElseThrow();
            assertThat(dialog.getHeaderTitle()).isEqualTo("Enable Memo board?");
            assertThat(textsUnder(dialog)).contains("These modules will be enabled: memo");
            assertThat(KERNEL.bean(ModuleAccess.class).isEnabled(MemoPlugin.ID)).as("nothing changes before confirming").isFalse();
            button("confirm-enable").click();
            awaitEnabled();
            MockVaadin.runUIQueue();
            MockVaadin.clientRoundtrip();
            assertThat(dialog.isOpened()).isFalse();
            assertThat(texts()).contains("Enabled");
            assertThat(menu()).contains("Memo board");
            return null;
        });
    }

    @Test
    void aMemberSeesNeitherTheAdminConsoleNorThePlatformConsole() {
        VIEWS.asUser(tenant, member, "member@views.test", Roles.MEMBER, () -> {
            navigate(DashboardView.class);
            assertThat(menu()).contains("Dashboard").doesNotContain("Modules", "Audit log", "Tenants");
            for (Class<? extends Component> refused : List.of(ModulesView.class, UsersView.class, ApiKeysView.class,
                    AuditLogView.class, ExportView.class, PlatformTenantsView.class)) {
                UI.getCurrent().navigate(refused);
                assertThat(currentView()).as(refused.getSimpleName()).isNotInstanceOf(refused);
            }
            navigate(ProfileView.class);
            assertThat(texts()).contains("Signed in as member@views.test", "Change password");
            return null;
        });
    }

    @Test
    void aUserWithATemporaryPasswordIsSentToTheProfileFirst() {
        var auth = KernelViews.userAuthentication(member, "member@views.test");
        Set<String> permissions = KERNEL.bean(Roles.class).effectivePermissions(Set.of(Roles.MEMBER));
        VIEWS.inVaadin(auth, new TenantContext.Actor(tenant, member, Set.of(Roles.MEMBER), permissions, true), () -> {
            UI.getCurrent().navigate(DashboardView.class);
            assertThat(currentView()).isInstanceOf(ProfileView.class);
            assertThat(texts()).anyMatch(t -> t.startsWith("You signed in with a temporary password"));
            return null;
        });
    }

    @Test
    void aMemberOfSeveralTenantsGetsTheSwitcher() {
        TenantRef other = KERNEL.createTenant("views-two");
        UUID both = KERNEL.createUser("both@views.test", PASSWORD, Set.of(Roles.MEMBER), tenant, other);
        VIEWS.asUser(tenant, both, "both@views.test", Roles.MEMBER, () -> {
            navigate(DashboardView.class);
            var switcher = find(com.vaadin.flow.component.select.Select.class);
            assertThat(switcher).hasSize(1);
            assertThat(switcher.getFirst().getListDataView().getItemCount()).isEqualTo(2);
            return null;
        });
        VIEWS.asUser(tenant, admin, "admin@views.test", Roles.ADMIN, () -> {
            navigate(DashboardView.class);
            assertThat(find(com.vaadin.flow.component.select.Select.class)).as("one tenant, no switcher").isEmpty();
            return null;
        });
    }

    @Test
    void theConsolesShowTheirData() {
        VIEWS.asUser(tenant, admin, "admin@views.test", Roles.ADMIN, () -> {
            navigate(UsersView.class);
            assertThat(gridItems()).anyMatch(m -> m.toString().contains("member@views.test"));
            navigate(AuditLogView.class);
            assertThat(gridItems()).isNotEmpty();
            navigate(ApiKeysView.class);
            assertThat(texts()).contains("Create API key");
            navigate(ExportView.class);
            assertThat(texts()).contains("Download export");
            navigate(SettingsView.class);
            var currency = find(com.vaadin.flow.component.combobox.ComboBox.class).stream()
                    .filter(c -> "Base currency".equals(c.getLabel())).findFirst().orElseThrow();
            var zone = find(com.vaadin.flow.component.combobox.ComboBox.class).stream()
                    .filter(c -> "Time zone".equals(c.getLabel())).findFirst().orElseThrow();
            assertThat(currency.getValue()).isEqualTo("EUR");
            zone.setValue("Nowhere/Atlantis");
            currency.setValue("CHF");
            button("save-settings").click();
            assertThat(zone.isInvalid()).as("the bad field is named").isTrue();
            assertThat(KERNEL.bean(TenantDirectory.class).findTenant("views").orElseThrow().getBaseCurrency())
                    .as("nothing saved").isEqualTo("EUR");
            zone.setValue("Europe/Zurich");
            button("save-settings").click();
            assertThat(zone.isInvalid()).isFalse();
            var saved = KERNEL.bean(TenantDirectory.class).findTenant("views").orElseThrow();
            assertThat(saved.getBaseCurrency()).isEqualTo("CHF");
            assertThat(saved.getTimeZone()).isEqualTo("Europe/Zurich");
            UI.getCurrent().navigate(SearchView.class, com.vaadin.flow.router.QueryParameters.of("q", "no-such-party"));
            assertThat(texts()).contains("Nothing found.");
            return null;
        });
        VIEWS.asOperator(() -> {
            navigate(PlatformTenantsView.class);
            assertThat(menu()).contains("Tenants", "Installed plugins").doesNotContain("Dashboard", "Modules");
            assertThat(gridItems()).anyMatch(t -> t instanceof io.tessera.kernel.account.Tenant tenant
                    && tenant.getSlug().equals("views"));
            navigate(PlatformPluginsView.class);
            assertThat(gridItems()).hasSize(1);
            UI.getCurrent().navigate(ModulesView.class);
            assertThat(currentView()).isNotInstanceOf(ModulesView.class);
            return null;
        });
    }

    private static void awaitEnabled() {
        ModuleAccess access = KERNEL.bean(ModuleAccess.class);
        for (int i = 0; i < 300 && !access.isEnabled(MemoPlugin.ID); i++) {
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        assertThat(access.isEnabled(MemoPlugin.ID)).as("enabled by the background work").isTrue();
    }
}
