package io.tessera.ui.app.admin;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinRequest;
import io.tessera.kernel.access.KernelPermissions;
import io.tessera.kernel.access.Permissions;
import io.tessera.kernel.access.Roles;
import io.tessera.kernel.account.Memberships;
import io.tessera.kernel.module.ModuleAccess;
import io.tessera.kernel.plugin.ModuleCatalog;
import io.tessera.sdk.security.RequiresPermission;
import io.tessera.tenants.users.MemberAdministration;
import io.tessera.ui.app.shell.MainLayout;
import io.tessera.ui.app.security.InvitationView;
import io.tessera.ui.app.shell.Notify;
import io.tessera.ui.kit.format.TenantFormat;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.Set;

/**
 * The tenant's members and their roles: add a member, change roles, reset a password to a temporary
 * one (shown once), deactivate and reactivate; and the tenant's roles with their permissions, edited in place
 * ({@link RolesEditor}). Adding, resetting, deactivating and reactivating go through
 * {@link MemberAdministration}, so the identity directory (Keycloak in Keycloak mode) follows.
 */
@Route(value = "admin/users", layout = MainLayout.class)
@PermitAll
@RequiresPermission(KernelPermissions.TENANT_ADMIN)
public class UsersView extends VerticalLayout implements HasDynamicTitle {

    private final Memberships members;
    private final MemberAdministration administration;
    private final Roles roles;
    private final Grid<Memberships.Member> grid = new Grid<>();
    private final TenantFormat format = TenantFormat.current();
    /** The server's address as the view was opened, for absolute invitation links. */
    private final String linkBase = InvitationView.base(VaadinRequest.getCurrent());

    UsersView(Memberships members, MemberAdministration administration, Roles roles, Permissions permissions,
              ModuleAccess modules, ModuleCatalog catalog) {
        this.members = members;
        this.administration = administration;
        this.roles = roles;
        setSizeFull();
        grid.addColumn(Memberships.Member::email).setHeader(getTranslation("users.email")).setAutoWidth(true);
        grid.addColumn(Memberships.Member::name).setHeader(getTranslation("users.name")).setAutoWidth(true);
        grid.addColumn(m -> String.join(", ", m.roles().stream().sorted().toList())).setHeader(getTranslation("users.roles"));
        grid.addColumn(Memberships.Member::status).setHeader(getTranslation("users.status"));
        grid.addComponentColumn(this::actions).setHeader(getTranslation("common.actions")).setAutoWidth(true);
        grid.setAriaLabel(getTranslation("users.title"));
        grid.setId("members-grid");
        Button add = new Button(getTranslation("users.add"), e -> addDialog());
        add.setId("add-member");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        RolesEditor roleEditor = new RolesEditor(roles, members, permissions, modules, catalog, this::refresh);
        add(new H2(getTranslation("users.title")), add, grid, new H2(getTranslation("users.roles")), roleEditor);
        refresh();
    }

    /** The roles a member may be given, read afresh: the editor below may have just defined one. */
    private List<String> roleNames() {
        return roles.list().stream().map(Roles.RoleView::name).toList();
    }

    private void refresh() {
        grid.setItems(members.list());
    }

    private HorizontalLayout actions(Memberships.Member m) {
        Button editRoles = new Button(getTranslation("users.change-roles"), e -> rolesDialog(m));
        Button reset = new Button(getTranslation("users.reset-password"), e -> {
            try {
                administration.resetPassword(m.userId()).ifPresent(temporary -> {
                    Dialog shown = new Dialog(new Paragraph(getTranslation("users.temporary-password", m.email())),
                            new Paragraph(temporary));
                    shown.setHeaderTitle(getTranslation("users.reset-password"));
                    shown.getFooter().add(new Button(getTranslation("common.close"), c -> shown.close()));
                    shown.open();
                });
            } catch (RuntimeException ex) {
                Notify.error(ex);
            }
        });
        Button status = "ACTIVE".equals(m.status())
                ? new Button(getTranslation("users.deactivate"), e -> changeStatus(() -> administration.deactivate(m.userId())))
                : new Button(getTranslation("users.reactivate"), e -> changeStatus(() -> administration.reactivate(m.userId())));
        if ("ACTIVE".equals(m.status())) {
            status.addThemeVariants(ButtonVariant.LUMO_ERROR);
        }
        for (Button b : List.of(editRoles, reset, status)) {
            b.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        }
        return new HorizontalLayout(editRoles, reset, status);
    }

    /** Deactivates or reactivates (in the directory too); a refusal (say, the last active admin) is shown. */
    private void changeStatus(Runnable change) {
        try {
            change.run();
        } catch (RuntimeException ex) {
            Notify.error(ex);
        }
        refresh();
    }

    private void rolesDialog(Memberships.Member m) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("users.change-roles") + ": " + m.email());
        MultiSelectComboBox<String> roles = new MultiSelectComboBox<>(getTranslation("users.roles"), roleNames());
        roles.setValue(m.roles());
        dialog.add(roles);
        Button save = new Button(getTranslation("common.save"), e -> {
            try {
                members.setRoles(m.userId(), Set.copyOf(roles.getValue()));
                dialog.close();
                refresh();
            } catch (RuntimeException ex) {
                Notify.error(ex);
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("common.cancel"), e -> dialog.close()), save);
        dialog.open();
    }

    private void addDialog() {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("users.add"));
        EmailField email = new EmailField(getTranslation("users.email"));
        email.setId("add-email");
        TextField name = new TextField(getTranslation("users.name"));
        name.setId("add-name");
        // with local accounts the person sets their own password through the invitation; Keycloak wants one to create them
        boolean invites = administration.invites();
        PasswordField password = new PasswordField(getTranslation("users.password"));
        password.setHelperText(getTranslation("profile.password.policy"));
        MultiSelectComboBox<String> roles = new MultiSelectComboBox<>(getTranslation("users.roles"), roleNames());
        roles.setValue(Set.of(Roles.MEMBER));
        roles.setId("add-roles");
        dialog.add(invites ? new FormLayout(email, name, roles) : new FormLayout(email, name, password, roles));
        Button save = new Button(getTranslation(invites ? "users.invite" : "common.save"), e -> {
            try {
                if (invites) {
                    MemberAdministration.Invited invited = administration.invite(email.getValue(), name.getValue(), null,
                            Set.copyOf(roles.getValue()));
                    dialog.close();
                    refresh();
                    showInvitation(invited);
                } else {
                    administration.add(email.getValue(), name.getValue(), password.getValue(), Set.copyOf(roles.getValue()));
                    dialog.close();
                    refresh();
                    Notify.success(getTranslation("users.added", email.getValue()));
                }
            } catch (RuntimeException ex) {
                Notify.error(ex);
            }
        });
        save.setId("add-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("common.cancel"), e -> dialog.close()), save);
        dialog.open();
    }

    /**
     * The invitation link, shown once (there is no mail server in the embedded default: the admin passes it on), or
     * that it was mailed. The same whether or not the person already has an account.
     */
    private void showInvitation(MemberAdministration.Invited invited) {
        Dialog shown = new Dialog();
        shown.setId("invitation-dialog");
        shown.setHeaderTitle(getTranslation("users.invited.title"));
        if (invited.token() == null) {
            shown.add(new Paragraph(getTranslation("users.invited.mailed", invited.email())));
        } else {
            TextField link = new TextField(getTranslation("users.invited.link"));
            link.setId("invitation-link");
            link.setValue(InvitationView.link(linkBase, invited.token()));
            link.setReadOnly(true);
            link.setWidthFull();
            shown.add(new Paragraph(getTranslation("users.invited.pass-on", invited.email(),
                    format.dateTime(invited.expiresAt()))), link);
        }
        shown.getFooter().add(new Button(getTranslation("common.close"), c -> shown.close()));
        shown.open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("users.title") + " · " + getTranslation("app.name");
    }
}
