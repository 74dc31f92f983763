package io.tessera.ui.app.platform;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import io.tessera.kernel.account.TenantDirectory;
import io.tessera.kernel.account.TenantProvisioning;
import io.tessera.kernel.account.Tenant;
import io.tessera.kernel.account.TenantStatus;
import io.tessera.kernel.security.InteractiveSignIn;
import io.tessera.kernel.tenancy.TenantContext;
import io.tessera.tenants.platform.TenantOffboarding;
import io.tessera.ui.app.shell.MainLayout;
import io.tessera.ui.app.shell.Notify;
import io.tessera.ui.kit.format.TenantFormat;
import jakarta.annotation.security.RolesAllowed;

/**
 * The operator's tenants, paged: create one with its first admin, suspend, resume, delete (exported
 * first, then every row removed).
 */
@Route(value = "platform/tenants", layout = MainLayout.class)
@RolesAllowed(PlatformTenantsView.PLATFORM_ROLE)
public class PlatformTenantsView extends VerticalLayout implements HasDynamicTitle {

    /** The role (without Spring's prefix) of the platform operator. */
    static final String PLATFORM_ROLE = "PLATFORM";

    static {
        assert InteractiveSignIn.PLATFORM_AUTHORITY.equals("ROLE_" + PLATFORM_ROLE);
    }

    private final TenantDirectory tenants;
    private final TenantProvisioning provisioning;
    private final TenantOffboarding offboarding;
    private final Grid<Tenant> grid = new Grid<>();

    PlatformTenantsView(TenantDirectory tenants, TenantProvisioning provisioning, TenantOffboarding offboarding) {
        this.tenants = tenants;
        this.provisioning = provisioning;
        this.offboarding = offboarding;
        setSizeFull();
        grid.addColumn(Tenant::getSlug).setHeader(getTranslation("tenants.slug")).setAutoWidth(true);
        grid.addColumn(Tenant::getName).setHeader(getTranslation("tenants.name")).setAutoWidth(true);
        grid.addColumn(t -> getTranslation("tenants.status." + t.getStatus().name().toLowerCase(java.util.Locale.ROOT)))
                .setHeader(getTranslation("tenants.status"));
        TenantFormat format = TenantFormat.current();
        grid.addColumn(t -> format.dateTime(t.getCreatedAt())).setHeader(getTranslation("tenants.created"));
        grid.addComponentColumn(this::actions).setHeader(getTranslation("common.actions")).setAutoWidth(true);
        grid.setItems(query -> TenantContext.callWithoutTenant(() -> tenants
                        .tenants(query.getPage(), query.getPageSize()).getContent().stream()));
        grid.setAriaLabel(getTranslation("tenants.title"));
        grid.setId("tenants-grid");
        Button create = new Button(getTranslation("tenants.create"), e -> createDialog());
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.setId("create-tenant");
        add(new H2(getTranslation("tenants.title")), create, grid);
        setFlexGrow(1, grid);
    }

    private HorizontalLayout actions(Tenant t) {
        HorizontalLayout actions = new HorizontalLayout();
        if (t.getStatus() == TenantStatus.ACTIVE) {
            actions.add(small(getTranslation("tenants.suspend"), () -> status(t, TenantStatus.SUSPENDED)));
        } else {
            actions.add(small(getTranslation("tenants.resume"), () -> status(t, TenantStatus.ACTIVE)));
        }
        Button delete = small(getTranslation("tenants.delete"), () -> confirmDelete(t));
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
        actions.add(delete);
        return actions;
    }

    private static Button small(String text, Runnable action) {
        Button button = new Button(text, e -> action.run());
        button.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        return button;
    }

    private void status(Tenant t, TenantStatus status) {
        TenantContext.callWithoutTenant(() -> tenants.setStatus(t.getSlug(), status));
        grid.getDataProvider().refreshAll();
    }

    private void confirmDelete(Tenant t) {
        ConfirmDialog confirm = new ConfirmDialog();
        confirm.setHeader(getTranslation("tenants.delete.title", t.getName()));
        confirm.setText(getTranslation("tenants.delete.text", t.getSlug()));
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("common.cancel"));
        confirm.setConfirmText(getTranslation("tenants.delete"));
        confirm.setConfirmButtonTheme("error primary");
        confirm.addConfirmListener(e -> {
            try {
                TenantOffboarding.Result result = offboarding.delete(t.getSlug());
                Notify.success(getTranslation("tenants.deleted", t.getSlug(), result.export()));
            } catch (RuntimeException ex) {
                Notify.error(ex);
            }
            grid.getDataProvider().refreshAll();
        });
        confirm.open();
    }

    private void createDialog() {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("tenants.create"));
        TextField slug = new TextField(getTranslation("tenants.slug"));
        TextField name = new TextField(getTranslation("tenants.name"));
        EmailField email = new EmailField(getTranslation("tenants.admin.email"));
        TextField adminName = new TextField(getTranslation("tenants.admin.name"));
        PasswordField password = new PasswordField(getTranslation("tenants.admin.password"));
        dialog.add(new FormLayout(slug, name, email, adminName, password));
        Button save = new Button(getTranslation("tenants.create"), e -> {
            try {
                TenantContext.callWithoutTenant(() -> provisioning.provisionTenant(slug.getValue().strip(), name.getValue().strip(),
                        new TenantProvisioning.AdminSpec(email.getValue().strip(), adminName.getValue().strip(), password.getValue())));
                dialog.close();
                grid.getDataProvider().refreshAll();
                Notify.success(getTranslation("tenants.created-one", slug.getValue()));
            } catch (RuntimeException ex) {
                Notify.error(ex);
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("save-tenant");
        dialog.getFooter().add(new Button(getTranslation("common.cancel"), e -> dialog.close()), save);
        dialog.open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("tenants.title") + " · " + getTranslation("app.name");
    }
}
