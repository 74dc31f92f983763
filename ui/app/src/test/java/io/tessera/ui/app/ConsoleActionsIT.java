package io.tessera.ui.app;

import io.tessera.testkit.ExportZip;
import static io.tessera.testsupport.browserless.KernelViews.button;
import static io.tessera.testsupport.browserless.KernelViews.component;
import static io.tessera.testsupport.browserless.KernelViews.currentView;
import static io.tessera.testsupport.browserless.KernelViews.find;
import static io.tessera.testsupport.browserless.KernelViews.items;
import static io.tessera.testsupport.browserless.KernelViews.menu;
import static io.tessera.testsupport.browserless.KernelViews.navigate;
import static io.tessera.testsupport.browserless.KernelViews.notifications;
import static io.tessera.testsupport.browserless.KernelViews.openDialog;
import static io.tessera.testsupport.browserless.KernelViews.texts;
import static io.tessera.testsupport.browserless.KernelViews.textsUnder;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.internal.MockVaadin;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.grid.GridTester;
import io.tessera.kernel.access.Roles;
import io.tessera.kernel.account.TenantDirectory;
import io.tessera.kernel.account.Memberships;
import io.tessera.kernel.account.Tenant;
import io.tessera.kernel.account.TenantStatus;
import io.tessera.kernel.account.Invitations;
import io.tessera.kernel.tenancy.TenantContext;
import io.tessera.sdk.Permission;
import io.tessera.sdk.TenantRef;
import io.tessera.tenants.modules.Impact;
import io.tessera.testkit.TesseraKernelExtension;
import io.tessera.testsupport.browserless.KernelViews;
import io.tessera.ui.app.admin.AuditLogView;
import io.tessera.ui.app.admin.ExportView;
import io.tessera.ui.app.admin.ModulesView;
import io.tessera.ui.app.admin.UsersView;
import io.tessera.ui.app.platform.PlatformTenantsView;
import io.tessera.ui.app.security.Actors;
import io.tessera.ui.app.shell.DashboardView;
import io.tessera.ui.app.shell.TenantLocale;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Browserless tests (real kernel, PostgreSQL as the application role, real plugin jars) of the console
 * actions: the roles editor and what a role then allows, the tenant's locale and time zone in the UI,
 * the platform console's tenant lifecycle, the marketplace's purge, the export download, the session's access
 * cache and members deactivated and reactivated in the users view.
 */
class ConsoleActionsIT {

    static final String PASSWORD = "correct-horse-battery-9";
    static final Path EXPORTS = temporaryDirectory();
    /** 21:30 UTC: 22:30 in Berlin, 16:30 in New York. */
    static final Instant KNOWN = Instant.parse("2026-11-23T21:30:00Z");

    @RegisterExtension
    static final TesseraKernelExtension KERNEL = TesseraKernelExtension.builder()
            .plugin(MemoPlugin.jar(), StockPlugin.jar())
            .property("tessera.exports.dir", EXPORTS.toString())
            .build();

    static final KernelViews VIEWS = new KernelViews(KERNEL);

    record Admin(TenantRef tenant, UUID userId, String email) {
    }

    /** A tenant provisioned the platform's way, with the given modules enabled through the lifecycle (installers run). */
    static Admin tenant(String slug, String... modules) {
        KERNEL.provisionTenant(slug, PASSWORD);
        TenantRef ref = KERNEL.tenant(slug);
        UUID admin = KERNEL.userId("admin@" + slug + ".test");
        KERNEL.enable(ref, modules);
        return new Admin(ref, admin, "admin@" + slug + ".test");
    }

    /** Runs the body in a UI as the user, with the tenant, roles and permissions the UI's request filter resolves. */
    static <T> T as(UUID userId, String email, java.util.function.Supplier<T> body) {
        KernelViews.TestUser user = new KernelViews.TestUser(userId, email);
        return VIEWS.inVaadin(KernelViews.userAuthentication(userId, email), Actors.resolve(KERNEL.context(), user, null), body);
    }

    // ---- 1. roles editor -------------------------------------------------------------------------

    @Test
    void aRoleDefinedInTheEditorGivesItsMembersExactlyItsPermissions() {
        Admin a = tenant("roles-a", MemoPlugin.ID, StockPlugin.ID);
        UUID clerk = KERNEL.createUser("clerk@roles-a.test", PASSWORD, Set.of(Roles.MEMBER), a.tenant());
        as(clerk, "clerk@roles-a.test", () -> {
            navigate(DashboardView.class);
            assertThat(menu()).as("members do not hold stock.read").doesNotContain("Stock items");
            UI.getCurrent().navigate(StockPlugin.ROUTE);
            assertThat(currentView().getClass().getSimpleName()).isNotEqualTo("StockView");
            return null;
        });

        as(a.userId(), a.email(), () -> {
            navigate(UsersView.class);
            Grid<Roles.RoleView> roles = component(Grid.class, "roles-grid");
            assertThat(KernelViews.<Roles.RoleView>items(roles)).extracting(Roles.RoleView::name).containsExactly("admin", "member");
            // built-in roles are read-only
            roleButton("role-edit-admin", "admin").click();
            Dialog builtIn = openDialog();
            assertThat(KernelViews.find(CheckboxGroup.class)).isNotEmpty().allMatch(CheckboxGroup::isReadOnly);
            assertThat(textsUnder(builtIn)).doesNotContain("Save");
            assertThat(roleButtons("admin")).extracting(b -> b.getId().orElse("")).containsExactly("role-edit-admin");
            builtIn.close();

            button("create-role").click();
            Dialog dialog = openDialog();
            assertThat(dialog.getHeaderTitle()).isEqualTo("Create a role");
            CheckboxGroup<Permission> kernel = component(CheckboxGroup.class, "permissions-kernel");
            CheckboxGroup<Permission> stock = component(CheckboxGroup.class, "permissions-stock");
            assertThat(kernel.getLabel()).isEqualTo("Core: companies, people and administration");
            assertThat(stock.getLabel()).as("grouped by module, under its name").isEqualTo("Stock");
            assertThat(stock.getItemLabelGenerator().apply(new Permission("stock.read", "See the items in stock")))
                    .isEqualTo("stock.read – See the items in stock");
            component(TextField.class, "role-name").setValue("Bad Name");
            button("save-role").click();
            assertThat(component(TextField.class, "role-name").isInvalid()).as("the bad name is refused on its field").isTrue();
            assertThat(KERNEL.inTenant(a.tenant(), () -> KERNEL.bean(Roles.class).list())).hasSize(2);
            component(TextField.class, "role-name").setValue("stock-reader");
            component(TextField.class, "role-description").setValue("Sees the stock");
            stock.setValue(Set.copyOf(stock.getListDataView().getItems().toList()));
            button("save-role").click();
            assertThat(dialog.isOpened()).isFalse();
            assertThat(KernelViews.<Roles.RoleView>items(roles)).extracting(Roles.RoleView::name)
                    .containsExactly("admin", "member", "stock-reader");
            return null;
        });
        Roles.RoleView saved = KERNEL.inTenant(a.tenant(), () -> KERNEL.bean(Roles.class).list()).stream()
                .filter(r -> r.name().equals("stock-reader")).findFirst().orElseThrow();
        assertThat(saved.permissions()).containsExactly(StockPlugin.PERMISSION);
        assertThat(saved.description()).isEqualTo("Sees the stock");

        KERNEL.inTenant(a.tenant(), () -> KERNEL.bean(Memberships.class).setRoles(clerk, Set.of(Roles.MEMBER, "stock-reader")));
        as(clerk, "clerk@roles-a.test", () -> {
            navigate(DashboardView.class);
            assertThat(menu()).contains("Stock items").doesNotContain("Users and roles", "Modules");
            UI.getCurrent().navigate(StockPlugin.ROUTE);
            assertThat(currentView().getClass().getSimpleName()).isEqualTo("StockView");
            UI.getCurrent().navigate(UsersView.class);
            assertThat(currentView()).as("stock.read is not tenant.admin").isNotInstanceOf(UsersView.class);
            return null;
        });

        as(a.userId(), a.email(), () -> {
            navigate(UsersView.class);
            roleButton("role-delete-stock-reader", "stock-reader").click();
            MockVaadin.clientRoundtrip();
            assertThat(find(ConfirmDialog.class)).as("no confirmation for a refused delete").noneMatch(ConfirmDialog::isOpened);
            assertThat(notifications()).contains(
                    "Role stock-reader is held by 1 member(s): change their roles first. Nothing was changed.");
            roleButton("role-rename-stock-reader", "stock-reader").click();
            assertThat(notifications()).filteredOn(t -> t.startsWith("Role stock-reader is held")).hasSize(2);
            // the editor changes what the role holds: no permission left
            roleButton("role-edit-stock-reader", "stock-reader").click();
            openDialog();
            CheckboxGroup<Permission> stock = component(CheckboxGroup.class, "permissions-stock");
            assertThat(stock.getValue()).extracting(Permission::key).containsExactly(StockPlugin.PERMISSION);
            stock.clear();
            button("save-role").click();
            return null;
        });
        assertThat(KERNEL.inTenant(a.tenant(), () -> KERNEL.bean(Roles.class).list()))
                .extracting(Roles.RoleView::name).as("nothing lost").contains("stock-reader");
        as(clerk, "clerk@roles-a.test", () -> {
            navigate(DashboardView.class);
            assertThat(menu()).doesNotContain("Stock items");
            return null;
        });

        // once nobody holds it, it can be renamed and deleted
        KERNEL.inTenant(a.tenant(), () -> KERNEL.bean(Memberships.class).setRoles(clerk, Set.of(Roles.MEMBER)));
        as(a.userId(), a.email(), () -> {
            navigate(UsersView.class);
            roleButton("role-rename-stock-reader", "stock-reader").click();
            openDialog();
            component(TextField.class, "role-new-name").setValue("stock-viewer");
            button("save-rename").click();
            roleButton("role-delete-stock-viewer", "stock-viewer").click();
            MockVaadin.clientRoundtrip();
            ConfirmDialog confirm = find(ConfirmDialog.class).stream().filter(ConfirmDialog::isOpened).findFirst().orElseThrow();
            ComponentUtil.fireEvent(confirm, new ConfirmDialog.ConfirmEvent(confirm, false));
            Grid<Roles.RoleView> roles = component(Grid.class, "roles-grid");
            assertThat(KernelViews.<Roles.RoleView>items(roles)).extracting(Roles.RoleView::name).containsExactly("admin", "member");
            return null;
        });
    }

    // ---- 2. the tenant's locale and time zone ----------------------------------------------------

    @Test
    void aGermanTenantInBerlinSeesGermanLabelsAndBerlinTimes() {
        Admin de = tenant("locale-de");
        Admin us = tenant("locale-us");
        TenantDirectory tenants = KERNEL.bean(TenantDirectory.class);
        // as work in each tenant on its admin's behalf (system work: updateSettings checks tenant.admin)
        TenantContext.callAs(de.tenant(), de.userId(), () -> tenants.updateSettings(
                new TenantDirectory.TenantSettings("Locale DE", "EUR", "de-DE", "Europe/Berlin")));
        TenantContext.callAs(us.tenant(), us.userId(), () -> tenants.updateSettings(
                new TenantDirectory.TenantSettings("Locale US", "USD", "en-US", "America/New_York")));
        auditRowAt(de.tenant(), KNOWN);
        auditRowAt(us.tenant(), KNOWN);

        as(de.userId(), de.email(), () -> {
            assertThat(UI.getCurrent().getLocale()).isEqualTo(Locale.forLanguageTag("de-DE"));
            navigate(AuditLogView.class);
            assertThat(find(H2.class)).extracting(H2::getText).contains("Änderungsprotokoll");
            assertThat(menu()).contains("Übersicht", "Benutzer und Rollen");
            assertThat(auditTimes()).contains("23.11.2026 22:30");
            // a language the user chose on the profile page outlives the next page load; the tenant's zone stays
            com.vaadin.flow.server.VaadinSession.getCurrent().setLocale(Locale.ENGLISH);
            KERNEL.bean(TenantLocale.class).apply(UI.getCurrent());
            assertThat(UI.getCurrent().getLocale()).isEqualTo(Locale.ENGLISH);
            assertThat(io.tessera.ui.kit.format.TenantFormat.current().zone()).isEqualTo(java.time.ZoneId.of("Europe/Berlin"));
            return null;
        });
        as(us.userId(), us.email(), () -> {
            assertThat(UI.getCurrent().getLocale()).isEqualTo(Locale.forLanguageTag("en-US"));
            navigate(AuditLogView.class);
            assertThat(find(H2.class)).extracting(H2::getText).contains("Audit log");
            assertThat(auditTimes()).contains("Nov 23, 2026 4:30 PM");
            return null;
        });
    }

    /** The time column's texts of the audit grid, with CLDR's narrow spaces made plain. */
    @SuppressWarnings("unchecked")
    private static List<String> auditTimes() {
        GridTester<Grid<Object>, Object> grid = new GridTester<>(component(Grid.class, "audit-grid"));
        return java.util.stream.IntStream.range(0, grid.size()).mapToObj(row -> grid.getCellText(row, 0))
                .map(t -> t.replace('\u202f', ' ')).toList();
    }

    private static void auditRowAt(TenantRef tenant, Instant at) {
        try (Connection c = KERNEL.adminConnection(); PreparedStatement s = c.prepareStatement(
                "insert into audit_log (tenant_id, id, occurred_at, entity_type, entity_id, action) values (?, ?, ?, ?, ?, ?)")) {
            s.setObject(1, tenant.id());
            s.setObject(2, UUID.randomUUID());
            s.setTimestamp(3, Timestamp.from(at));
            s.setString(4, "test.Probe");
            s.setString(5, "probe");
            s.setString(6, "INSERT");
            s.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    // ---- 3. platform console, purge, export ----------------------------------------------------

    @Test
    void theOperatorCreatesSuspendsResumesAndDeletesATenantWithItsExport() throws IOException {
        TenantDirectory tenants = KERNEL.bean(TenantDirectory.class);
        VIEWS.inVaadin(KernelViews.operatorAuthentication(), new TenantContext.Actor(null, null), () -> {
            navigate(PlatformTenantsView.class);
            button("create-tenant").click();
            Dialog dialog = openDialog();
            field(dialog, TextField.class, "Slug").setValue("ops-made");
            field(dialog, TextField.class, "Name").setValue("Made by ops");
            field(dialog, EmailField.class, "Administrator's email").setValue("boss@ops-made.test");
            field(dialog, TextField.class, "Administrator's name").setValue("Boss");
            field(dialog, PasswordField.class, "Administrator's initial password").setValue(PASSWORD);
            button("save-tenant").click();
            assertThat(dialog.isOpened()).isFalse();
            assertThat(notifications()).contains("Tenant ops-made was created.");
            Tenant made = tenants.findTenant("ops-made").orElseThrow();
            assertThat(made.getStatus()).isEqualTo(TenantStatus.ACTIVE);
            Grid<Tenant> grid = component(Grid.class, "tenants-grid");
            java.util.function.Predicate<Tenant> row = t -> t.getSlug().equals("ops-made");

            clickAction(grid, row, "Suspend");
            assertThat(tenants.findTenant("ops-made").orElseThrow().getStatus()).isEqualTo(TenantStatus.SUSPENDED);
            clickAction(grid, row, "Resume");
            assertThat(tenants.findTenant("ops-made").orElseThrow().getStatus()).isEqualTo(TenantStatus.ACTIVE);

            clickAction(grid, row, "Delete");
            MockVaadin.clientRoundtrip();
            ConfirmDialog confirm = find(ConfirmDialog.class).stream().filter(ConfirmDialog::isOpened).findFirst().orElseThrow();
            assertThat(tenants.findTenant("ops-made")).as("nothing deleted before confirming").isPresent();
            ComponentUtil.fireEvent(confirm, new ConfirmDialog.ConfirmEvent(confirm, false));
            assertThat(tenants.findTenant("ops-made")).isEmpty();
            assertThat(notifications()).anyMatch(t -> t.startsWith("Tenant ops-made was deleted; export: "));
            assertThat(KernelViews.<Tenant>items(grid)).noneMatch(t -> t.getSlug().equals("ops-made"));
            return null;
        });
        assertThat(KERNEL.countAsSuperuser("select count(*) from memberships m join users u on u.id = m.user_id "
                + "where u.email = 'boss@ops-made.test'")).isZero();
        Path export;
        try (Stream<Path> files = Files.list(EXPORTS.resolve("ops-made"))) {
            export = files.filter(f -> f.getFileName().toString().endsWith(".zip")).findFirst().orElseThrow();
        }
        Map<String, List<String>> zip = entries(Files.readAllBytes(export));
        assertThat(zip.get("memberships.jsonl")).as("exported before deletion").hasSize(1);
    }

    @Test
    void purgeShowsTheImpactThenRemovesTheModulesRowsOfThisTenantOnly() {
        Admin a = tenant("purge-a", StockPlugin.ID);
        Admin b = tenant("purge-b", StockPlugin.ID);
        String count = "select count(*) from " + StockPlugin.TABLE + " where tenant_id = ?";
        assertThat(KERNEL.countAsSuperuser(count, a.tenant().id())).isEqualTo(StockPlugin.SEEDED);
        as(a.userId(), a.email(), () -> {
            navigate(ModulesView.class);
            button("purge-stock").click();
            Dialog dialog = openDialog();
            assertThat(dialog.getHeaderTitle()).isEqualTo("Purge the data of Stock?");
            Grid<Impact.TableRows> impact = find(Grid.class).stream().filter(g -> isUnder(g, dialog)).findFirst().orElseThrow();
            assertThat(KernelViews.<Impact.TableRows>items(impact))
                    .anyMatch(t -> t.table().equals(StockPlugin.TABLE) && t.rows() == StockPlugin.SEEDED);
            assertThat(KERNEL.countAsSuperuser(count, a.tenant().id())).as("nothing purged before confirming")
                    .isEqualTo(StockPlugin.SEEDED);
            button("confirm-purge").click();
            assertThat(find(com.vaadin.flow.component.progressbar.ProgressBar.class)).anyMatch(Component::isVisible);
            awaitUi(() -> !dialog.isOpened(), "the purge finished and closed its dialog");
            assertThat(notifications()).contains("Purged: stock");
            assertThat(texts()).contains("Available");
            return null;
        });
        assertThat(KERNEL.countAsSuperuser(count, a.tenant().id())).as("this tenant's rows are gone").isZero();
        assertThat(KERNEL.countAsSuperuser(count, b.tenant().id())).as("another tenant's rows stay").isEqualTo(StockPlugin.SEEDED);
        assertThat(EXPORTS.resolve("purge-a")).as("exported first").exists();
    }

    @Test
    void theExportDownloadHoldsThisTenantsTablesAndNotAnothers() {
        Admin a = tenant("export-a", StockPlugin.ID);
        Admin b = tenant("export-b", StockPlugin.ID);
        byte[] zip = as(a.userId(), a.email(), () -> {
            navigate(ExportView.class);
            Anchor download = component(Anchor.class, "export-download");
            return Downloads.fetch(download);
        });
        Map<String, List<String>> entries = entries(zip);
        assertThat(entries).containsKeys(StockPlugin.TABLE + ".jsonl", "memberships.jsonl", "manifest.json");
        assertThat(entries.get(StockPlugin.TABLE + ".jsonl")).hasSize(StockPlugin.SEEDED)
                .allMatch(line -> line.contains(a.tenant().id().toString()));
        assertThat(entries.values().stream().flatMap(List::stream))
                .noneMatch(line -> line.contains(b.tenant().id().toString()) || line.contains("admin@export-b.test"));
    }

    // ---- 4. the session's access is reused until it changes --------------------------------------

    @Test
    void theSessionReusesItsAccessButARevokedMemberLosesItAtOnce() {
        Admin a = tenant("cache-a");
        UUID member = KERNEL.createUser("member@cache-a.test", PASSWORD, Set.of(Roles.MEMBER), a.tenant());
        KernelViews.TestUser user = new KernelViews.TestUser(member, "member@cache-a.test");
        jakarta.servlet.http.HttpSession session = Actors.newSession();
        TenantContext.Actor first = Actors.resolve(KERNEL.context(), user, session);
        assertThat(first.roles()).containsExactly(Roles.MEMBER);

        // a change behind the kernel's back (superuser SQL) is not looked up again: the session's actor is reused
        superuserUpdate("update memberships set roles = 'admin' where user_id = ?", member);
        assertThat(Actors.resolve(KERNEL.context(), user, session)).isSameAs(first);
        assertThat(Actors.resolve(KERNEL.context(), user, null).roles()).as("without a session: looked up")
                .containsExactly(Roles.ADMIN);

        // changes through the kernel apply at the next request
        KERNEL.inTenant(a.tenant(), () -> KERNEL.bean(Roles.class).create("viewer", "Reads", Set.of("parties.read")));
        KERNEL.inTenant(a.tenant(), () -> KERNEL.bean(Memberships.class).setRoles(member, Set.of("viewer")));
        TenantContext.Actor viewer = Actors.resolve(KERNEL.context(), user, session);
        assertThat(viewer.roles()).containsExactly("viewer");
        assertThat(viewer.scopes()).containsExactly("parties.read");
        KERNEL.inTenant(a.tenant(), () -> KERNEL.bean(Roles.class).update("viewer", "Reads and writes",
                Set.of("parties.read", "parties.write")));
        assertThat(Actors.resolve(KERNEL.context(), user, session).scopes())
                .as("a role's new permissions apply at once").containsExactlyInAnyOrder("parties.read", "parties.write");

        TenantContext.callAs(a.tenant(), a.userId(), () -> KERNEL.bean(Memberships.class).deactivate(member));
        assertThat(Actors.reachesATenant(KERNEL.context(), user, session)).as("a deactivated member loses access at once")
                .isFalse();
    }

    // ---- 4b. members: an invitation from the view, accepted on the invitation page ---------------

    @Test
    void anAdminInvitesInTheViewAndTheLinkLetsANewPersonChooseAPasswordAndAnExistingOneSignIn() {
        Admin a = tenant("invite-a");
        String link = as(a.userId(), a.email(), () -> {
            navigate(UsersView.class);
            button("add-member").click();
            openDialog();
            assertThat(find(PasswordField.class)).as("the admin chooses no password").isEmpty();
            component(EmailField.class, "add-email").setValue("newcomer@invite-a.test");
            button("add-save").click();
            assertThat(notifications()).as("nothing refused").isEmpty();
            return component(TextField.class, "invitation-link").getValue();
        });
        assertThat(link).contains("/invitation?token=inv_");
        assertThat(memberships("newcomer@invite-a.test")).as("not a member before accepting").isZero();

        anonymously(() -> {
            navigate("invitation?token=" + link.substring(link.indexOf("token=") + "token=".length()));
            component(PasswordField.class, "invitation-password").setValue(PASSWORD);
            button("invitation-join").click();
            assertThat(texts()).contains("You joined invite-a.");
            return null;
        });
        assertThat(memberships("newcomer@invite-a.test")).isEqualTo(1);

        // an account that exists joins a second tenant only with its own password
        Admin b = tenant("invite-b");
        String token = TenantContext.callAs(b.tenant(), b.userId(), () -> KERNEL.bean(Invitations.class)
                .invite("newcomer@invite-a.test", null, Set.of(Roles.MEMBER))).token();
        anonymously(() -> {
            navigate("invitation?token=" + token);
            PasswordField password = component(PasswordField.class, "invitation-password");
            assertThat(password.getLabel()).isEqualTo("Your password");
            password.setValue("not-the-password-at-all");
            button("invitation-join").click();
            assertThat(password.isInvalid()).isTrue();
            assertThat(memberships("newcomer@invite-a.test")).as("the token alone does not join").isEqualTo(1);
            password.setValue(PASSWORD);
            button("invitation-join").click();
            assertThat(texts()).contains("You joined invite-b.");
            return null;
        });
        assertThat(memberships("newcomer@invite-a.test")).isEqualTo(2);
        anonymously(() -> {
            navigate("invitation?token=" + token);
            assertThat(texts()).anyMatch(t -> t.startsWith("This invitation is unknown, was used already"));
            return null;
        });
    }

    private static long memberships(String email) {
        return KERNEL.countAsSuperuser("select count(*) from memberships m join users u on u.id = m.user_id where u.email = ?", email);
    }

    /** Runs the body in a UI of a visitor who is not signed in. */
    private static <T> T anonymously(java.util.function.Supplier<T> body) {
        return VIEWS.inVaadin(new org.springframework.security.authentication.AnonymousAuthenticationToken("anonymous",
                "anonymousUser", org.springframework.security.core.authority.AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS")),
                new TenantContext.Actor(null, null, Set.of(), Set.of()), body);
    }

    // ---- 5. members: deactivate and reactivate through the view ------------------------------------

    @Test
    void anAdminDeactivatesAndReactivatesAMemberInTheViewAndTheirAccessFollows() {
        Admin a = tenant("members-a");
        UUID member = KERNEL.createUser("member@members-a.test", PASSWORD, Set.of(Roles.MEMBER), a.tenant());
        KernelViews.TestUser user = new KernelViews.TestUser(member, "member@members-a.test");
        jakarta.servlet.http.HttpSession session = Actors.newSession();
        assertThat(Actors.reachesATenant(KERNEL.context(), user, session)).isTrue();

        as(a.userId(), a.email(), () -> {
            navigate(UsersView.class);
            Grid<Memberships.Member> grid = component(Grid.class, "members-grid");
            assertThat(actionTexts(grid, m -> m.userId().equals(member))).contains("Deactivate").doesNotContain("Reactivate");
            clickAction(grid, m -> m.userId().equals(member), "Deactivate");
            assertThat(KernelViews.<Memberships.Member>items(grid)).filteredOn(m -> m.userId().equals(member))
                    .extracting(Memberships.Member::status).containsExactly("INACTIVE");
            assertThat(actionTexts(grid, m -> m.userId().equals(member))).contains("Reactivate").doesNotContain("Deactivate");
            return null;
        });
        assertThat(Actors.reachesATenant(KERNEL.context(), user, session)).as("deactivated in the view: no access").isFalse();

        as(a.userId(), a.email(), () -> {
            navigate(UsersView.class);
            Grid<Memberships.Member> grid = component(Grid.class, "members-grid");
            clickAction(grid, m -> m.userId().equals(member), "Reactivate");
            assertThat(KernelViews.<Memberships.Member>items(grid)).filteredOn(m -> m.userId().equals(member))
                    .extracting(Memberships.Member::status).containsExactly("ACTIVE");
            // the last active admin cannot deactivate themselves: refused with a readable message, nothing changed
            clickAction(grid, m -> m.userId().equals(a.userId()), "Deactivate");
            assertThat(notifications()).contains("The tenant needs at least one active admin");
            assertThat(KernelViews.<Memberships.Member>items(grid)).filteredOn(m -> m.userId().equals(a.userId()))
                    .extracting(Memberships.Member::status).containsExactly("ACTIVE");
            return null;
        });
        TenantContext.Actor back = Actors.resolve(KERNEL.context(), user, session);
        assertThat(back.tenant()).isEqualTo(a.tenant());
        assertThat(back.roles()).as("reactivated with the roles they had").containsExactly(Roles.MEMBER);
    }

    private static void superuserUpdate(String sql, UUID param) {
        try (Connection c = KERNEL.adminConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setObject(1, param);
            assertThat(s.executeUpdate()).isEqualTo(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    // ---- helpers --------------------------------------------------------------------------------

    private static boolean isUnder(Component child, Component ancestor) {
        for (Component c = child; c != null; c = c.getParent().orElse(null)) {
            if (c == ancestor) {
                return true;
            }
        }
        return false;
    }

    /** Polls, bounded, running the UI's queued work each time, until the condition holds. */
    private static void awaitUi(java.util.function.BooleanSupplier condition, String what) {
        for (int i = 0; i < 600 && !condition.getAsBoolean(); i++) {
            MockVaadin.runUIQueue();
            if (condition.getAsBoolean()) {
                break;
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        assertThat(condition.getAsBoolean()).as(what).isTrue();
        MockVaadin.clientRoundtrip();
    }

    /** The buttons in a role's row of the roles grid. */
    @SuppressWarnings("unchecked")
    private static List<com.vaadin.flow.component.button.Button> roleButtons(String role) {
        Grid<Roles.RoleView> grid = component(Grid.class, "roles-grid");
        List<Roles.RoleView> rows = KernelViews.items(grid);
        int index = java.util.stream.IntStream.range(0, rows.size()).filter(i -> rows.get(i).name().equals(role)).findFirst()
                .orElseThrow(() -> new AssertionError("no role " + role));
        Component cell = new GridTester<>(grid).getCellComponent(index, grid.getColumns().size() - 1);
        return cell.getChildren().filter(c -> c instanceof com.vaadin.flow.component.button.Button)
                .map(c -> (com.vaadin.flow.component.button.Button) c).toList();
    }

    private static com.vaadin.flow.component.button.Button roleButton(String id, String role) {
        return roleButtons(role).stream().filter(b -> b.getId().filter(id::equals).isPresent()).findFirst()
                .orElseThrow(() -> new AssertionError("no button #" + id));
    }

    /** The texts of the buttons in the row's actions column (the last one). */
    private static <T> List<String> actionTexts(Grid<T> grid, java.util.function.Predicate<T> row) {
        List<T> rows = KernelViews.items(grid);
        int index = java.util.stream.IntStream.range(0, rows.size()).filter(i -> row.test(rows.get(i))).findFirst()
                .orElseThrow(() -> new AssertionError("no such row"));
        Component cell = new GridTester<>(grid).getCellComponent(index, grid.getColumns().size() - 1);
        return cell.getChildren().filter(c -> c instanceof com.vaadin.flow.component.button.Button)
                .map(c -> ((com.vaadin.flow.component.button.Button) c).getText()).toList();
    }

    /** Clicks the button with this text in the row's actions column (the last one). */
    private static <T> void clickAction(Grid<T> grid, java.util.function.Predicate<T> row, String text) {
        GridTester<Grid<T>, T> tester = new GridTester<>(grid);
        List<T> rows = KernelViews.items(grid);
        int index = java.util.stream.IntStream.range(0, rows.size()).filter(i -> row.test(rows.get(i))).findFirst()
                .orElseThrow(() -> new AssertionError("no such row"));
        Component cell = tester.getCellComponent(index, grid.getColumns().size() - 1);
        cell.getChildren().filter(c -> c instanceof com.vaadin.flow.component.button.Button button && button.getText().equals(text))
                .map(c -> (com.vaadin.flow.component.button.Button) c).findFirst()
                .orElseThrow(() -> new AssertionError("no " + text + " action")).click();
    }

    private static <T extends com.vaadin.flow.component.HasValue<?, ?>> T field(Dialog dialog, Class<T> type, String label) {
        return find((Class<? extends Component>) (Class<?>) type).stream().filter(c -> isUnder(c, dialog))
                .filter(c -> label.equals(c.getElement().getProperty("label"))).map(type::cast).findFirst()
                .orElseThrow(() -> new AssertionError("no field " + label));
    }

    static Map<String, List<String>> entries(byte[] zip) {
        return ExportZip.lines(zip);
    }

    private static Path temporaryDirectory() {
        try {
            return Files.createTempDirectory("tessera-ui-exports");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
