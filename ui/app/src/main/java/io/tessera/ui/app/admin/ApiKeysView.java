package io.tessera.ui.app.admin;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import io.tessera.kernel.access.KernelPermissions;
import io.tessera.kernel.access.Permissions;
import io.tessera.kernel.apikey.ApiKeys;
import io.tessera.sdk.security.RequiresPermission;
import io.tessera.ui.app.shell.MainLayout;
import io.tessera.ui.app.shell.Notify;
import io.tessera.ui.kit.format.TenantFormat;
import jakarta.annotation.security.PermitAll;
import java.time.Instant;
import java.util.Set;

/** The tenant's API keys: create one (its secret shown once), list them (never the secret), revoke. */
@Route(value = "admin/api-keys", layout = MainLayout.class)
@PermitAll
@RequiresPermission(KernelPermissions.TENANT_ADMIN)
public class ApiKeysView extends VerticalLayout implements HasDynamicTitle {

    private final ApiKeys keys;
    private final Grid<ApiKeys.KeyView> grid = new Grid<>();
    private final TenantFormat format = TenantFormat.current();

    ApiKeysView(ApiKeys keys, Permissions permissions) {
        this.keys = keys;
        grid.addColumn(ApiKeys.KeyView::name).setHeader(getTranslation("keys.name")).setAutoWidth(true);
        grid.addColumn(ApiKeys.KeyView::prefix).setHeader(getTranslation("keys.prefix")).setAutoWidth(true);
        grid.addColumn(k -> String.join(", ", k.scopes().stream().sorted().toList())).setHeader(getTranslation("keys.scopes"));
        grid.addColumn(k -> format.dateTime(k.expiresAt())).setHeader(getTranslation("keys.expires"));
        grid.addColumn(k -> format.dateTime(k.lastUsedAt())).setHeader(getTranslation("keys.last-used"));
        grid.addColumn(k -> k.revokedAt() == null ? getTranslation("keys.active") : getTranslation("keys.revoked"))
                .setHeader(getTranslation("users.status"));
        grid.addComponentColumn(k -> {
            Button revoke = new Button(getTranslation("keys.revoke"), e -> {
                keys.revoke(k.id());
                refresh();
            });
            revoke.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            revoke.setEnabled(k.revokedAt() == null);
            return revoke;
        }).setHeader(getTranslation("common.actions"));
        grid.setAriaLabel(getTranslation("keys.title"));
        Button create = new Button(getTranslation("keys.create"), e -> createDialog(permissions));
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new H2(getTranslation("keys.title")), create, grid);
        refresh();
    }

    private void refresh() {
        grid.setItems(keys.list());
    }

    private void createDialog(Permissions permissions) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("keys.create"));
        TextField name = new TextField(getTranslation("keys.name"));
        MultiSelectComboBox<String> scopes = new MultiSelectComboBox<>(getTranslation("keys.scopes"),
                permissions.all().stream().map(io.tessera.sdk.Permission::key).sorted().toList());
        DatePicker expires = new DatePicker(getTranslation("keys.expires"));
        dialog.add(new FormLayout(name, scopes, expires));
        Button save = new Button(getTranslation("keys.create"), e -> {
            try {
                Instant expiresAt = expires.getValue() == null ? null : format.startOf(expires.getValue());
                ApiKeys.CreatedKey created = keys.create(name.getValue(), Set.copyOf(scopes.getValue()), expiresAt);
                dialog.removeAll();
                dialog.add(new Paragraph(getTranslation("keys.secret-once")), new Paragraph(created.secret()));
                dialog.getFooter().removeAll();
                dialog.getFooter().add(new Button(getTranslation("common.close"), c -> dialog.close()));
                refresh();
            } catch (RuntimeException ex) {
                Notify.error(ex);
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("common.cancel"), e -> dialog.close()), save);
        dialog.open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("keys.title") + " · " + getTranslation("app.name");
    }
}
