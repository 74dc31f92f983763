package io.tessera.ui.app.admin;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.checkbox.CheckboxGroupVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import io.tessera.kernel.access.Permissions;
import io.tessera.kernel.access.Roles;
import io.tessera.kernel.account.Memberships;
import io.tessera.kernel.module.ModuleAccess;
import io.tessera.kernel.plugin.InstalledModule;
import io.tessera.kernel.plugin.ModuleCatalog;
import io.tessera.sdk.Permission;
import io.tessera.ui.app.shell.Notify;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The tenant's roles on the users page: built-in ones shown read-only; defined ones created, given
 * permissions (checkboxes grouped by the kernel and the enabled modules, with their descriptions),
 * renamed and deleted. A role a member still holds is neither renamed nor deleted: the refusal says
 * why and nothing changes.
 */
final class RolesEditor extends VerticalLayout {

    private final Roles roles;
    private final Memberships members;
    private final Permissions permissions;
    private final ModuleAccess modules;
    private final ModuleCatalog catalog;
    private final Runnable changed;
    private final Grid<Roles.RoleView> grid = new Grid<>();

    RolesEditor(Roles roles, Memberships members, Permissions permissions, ModuleAccess modules, ModuleCatalog catalog,
                Runnable changed) {
        this.roles = roles;
        this.members = members;
        this.permissions = permissions;
        this.modules = modules;
        this.catalog = catalog;
        this.changed = changed;
        setPadding(false);
        grid.addColumn(Roles.RoleView::name).setHeader(getTranslation("users.role")).setAutoWidth(true);
        grid.addComponentColumn(r -> r.builtIn() ? badge(getTranslation("roles.built-in")) : new Span())
                .setHeader(getTranslation("roles.kind")).setAutoWidth(true);
        grid.addColumn(Roles.RoleView::description).setHeader(getTranslation("users.role.description"));
        grid.addColumn(r -> String.join(", ", r.permissions().stream().sorted().toList()))
                .setHeader(getTranslation("users.role.permissions"));
        grid.addComponentColumn(this::actions).setHeader(getTranslation("common.actions")).setAutoWidth(true);
        grid.setAllRowsVisible(true);
        grid.setAriaLabel(getTranslation("users.roles"));
        grid.setId("roles-grid");
        Button create = new Button(getTranslation("roles.create"), e -> editor(Optional.empty()));
        create.setId("create-role");
        add(create, grid);
        refresh();
    }

    private void refresh() {
        grid.setItems(roles.list());
    }

    private HorizontalLayout actions(Roles.RoleView role) {
        HorizontalLayout actions = new HorizontalLayout();
        Button edit = small(getTranslation(role.builtIn() ? "roles.show" : "roles.edit"), "role-edit-" + role.name(),
                () -> editor(Optional.of(role)));
        actions.add(edit);
        if (!role.builtIn()) {
            actions.add(small(getTranslation("roles.rename"), "role-rename-" + role.name(), () -> renameDialog(role)));
            Button delete = small(getTranslation("roles.delete"), "role-delete-" + role.name(), () -> confirmDelete(role));
            delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
            actions.add(delete);
        }
        return actions;
    }

    /** Creates a role (no role given) or edits one; a built-in role is shown read-only. */
    private void editor(Optional<Roles.RoleView> existing) {
        boolean readOnly = existing.map(Roles.RoleView::builtIn).orElse(false);
        Dialog dialog = new Dialog();
        dialog.setId("role-dialog");
        dialog.setHeaderTitle(existing.map(r -> getTranslation("roles.edit.title", r.name()))
                .orElse(getTranslation("roles.create")));
        VerticalLayout body = new VerticalLayout();
        body.setPadding(false);
        TextField name = new TextField(getTranslation("users.role"));
        name.setId("role-name");
        name.setHelperText(getTranslation("roles.name.help"));
        name.setMaxLength(32);
        TextField description = new TextField(getTranslation("users.role.description"));
        description.setId("role-description");
        description.setMaxLength(300);
        description.setWidthFull();
        Set<String> held = existing.map(Roles.RoleView::permissions).orElse(Set.of());
        existing.ifPresent(r -> {
            name.setValue(r.name());
            name.setReadOnly(true);
            description.setValue(r.description() == null ? "" : r.description());
        });
        description.setReadOnly(readOnly);
        body.add(name, description);
        Map<String, CheckboxGroup<Permission>> groups = new LinkedHashMap<>();
        Set<String> shown = new LinkedHashSet<>();
        visibleGroups().forEach((group, declared) -> {
            CheckboxGroup<Permission> boxes = new CheckboxGroup<>(groupLabel(group));
            boxes.setId("permissions-" + group);
            boxes.addThemeVariants(CheckboxGroupVariant.LUMO_VERTICAL);
            boxes.setItems(declared);
            boxes.setItemLabelGenerator(p -> p.key() + " – " + p.description());
            boxes.setValue(new LinkedHashSet<>(declared.stream().filter(p -> held.contains(p.key())).toList()));
            boxes.setReadOnly(readOnly);
            declared.forEach(p -> shown.add(p.key()));
            groups.put(group, boxes);
            body.add(boxes);
        });
        dialog.add(body);
        Button close = new Button(getTranslation(readOnly ? "common.close" : "common.cancel"), e -> dialog.close());
        dialog.getFooter().add(close);
        if (!readOnly) {
            Button save = new Button(getTranslation("common.save"), e -> {
                // permissions of modules not enabled now are kept as they were: detaching loses nothing
                Set<String> granted = new LinkedHashSet<>(held);
                granted.removeAll(shown);
                groups.values().forEach(g -> g.getValue().forEach(p -> granted.add(p.key())));
                if (save(existing, name, description.getValue(), granted)) {
                    dialog.close();
                }
            });
            save.setId("save-role");
            save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            dialog.getFooter().add(save);
        }
        dialog.open();
    }

    private boolean save(Optional<Roles.RoleView> existing, TextField name, String description, Set<String> granted) {
        name.setInvalid(false);
        try {
            if (existing.isEmpty()) {
                roles.create(name.getValue().strip(), description, granted);
                Notify.success(getTranslation("roles.created", name.getValue().strip()));
            } else if (roles.update(existing.get().name(), description, granted).isEmpty()) {
                Notify.error(getTranslation("roles.gone", existing.get().name()));
            } else {
                Notify.success(getTranslation("roles.saved", existing.get().name()));
            }
        } catch (IllegalArgumentException e) {
            if (e.getMessage() != null && e.getMessage().startsWith("name")) {
                name.setErrorMessage(getTranslation("roles.name.invalid"));
                name.setInvalid(true);
            } else {
                Notify.error(e);
            }
            return false;
        } catch (IllegalStateException e) {
            name.setErrorMessage(getTranslation("roles.name.taken", name.getValue().strip()));
            name.setInvalid(true);
            return false;
        }
        refresh();
        changed.run();
        return true;
    }

    private void renameDialog(Roles.RoleView role) {
        long holders = activeHolders(role.name());
        if (holders > 0) {
            Notify.error(getTranslation("roles.held", role.name(), holders));
            return;
        }
        Dialog dialog = new Dialog();
        dialog.setId("rename-dialog");
        dialog.setHeaderTitle(getTranslation("roles.rename.title", role.name()));
        TextField name = new TextField(getTranslation("roles.rename.new"));
        name.setId("role-new-name");
        name.setHelperText(getTranslation("roles.name.help"));
        name.setValue(role.name());
        dialog.add(name);
        Button save = new Button(getTranslation("roles.rename"), e -> {
            name.setInvalid(false);
            try {
                if (roles.rename(role.name(), name.getValue().strip()).isEmpty()) {
                    Notify.error(getTranslation("roles.gone", role.name()));
                }
                dialog.close();
                refresh();
                changed.run();
            } catch (IllegalArgumentException ex) {
                name.setErrorMessage(getTranslation("roles.name.invalid"));
                name.setInvalid(true);
            } catch (IllegalStateException ex) {
                // taken meanwhile, or assigned meanwhile: the kernel's check is the one that counts
                Notify.error(activeHolders(role.name()) > 0
                        ? getTranslation("roles.held", role.name(), activeHolders(role.name()))
                        : getTranslation("roles.name.taken", name.getValue().strip()));
            }
        });
        save.setId("save-rename");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("common.cancel"), e -> dialog.close()), save);
        dialog.open();
    }

    private void confirmDelete(Roles.RoleView role) {
        long holders = activeHolders(role.name());
        if (holders > 0) {
            Notify.error(getTranslation("roles.held", role.name(), holders));
            return;
        }
        ConfirmDialog confirm = new ConfirmDialog();
        confirm.setId("delete-role-dialog");
        confirm.setHeader(getTranslation("roles.delete.title", role.name()));
        confirm.setText(getTranslation("roles.delete.text"));
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("common.cancel"));
        confirm.setConfirmText(getTranslation("roles.delete"));
        confirm.setConfirmButtonTheme("error primary");
        confirm.addConfirmListener(e -> {
            try {
                roles.delete(role.name());
                Notify.success(getTranslation("roles.deleted", role.name()));
            } catch (IllegalStateException ex) {
                Notify.error(getTranslation("roles.held", role.name(), activeHolders(role.name())));
            }
            refresh();
            changed.run();
        });
        confirm.open();
    }

    /** Active members holding the role: the same rule the kernel enforces, said in the user's language. */
    private long activeHolders(String role) {
        return members.list().stream().filter(m -> "ACTIVE".equals(m.status()) && m.roles().contains(role)).count();
    }

    /** The kernel's permissions and those of the tenant's enabled modules. */
    private Map<String, List<Permission>> visibleGroups() {
        Set<String> enabled = modules.enabled();
        Map<String, List<Permission>> visible = new LinkedHashMap<>();
        permissions.byModule().forEach((group, declared) -> {
            if (Permissions.KERNEL.equals(group) || enabled.contains(group)) {
                visible.put(group, declared);
            }
        });
        return visible;
    }

    private String groupLabel(String group) {
        if (Permissions.KERNEL.equals(group)) {
            return getTranslation("roles.group.kernel");
        }
        return catalog.find(group).map(InstalledModule::name).orElse(group);
    }

    private static Span badge(String text) {
        Span badge = new Span(text);
        badge.getElement().getThemeList().add("badge");
        return badge;
    }

    private static Button small(String text, String id, Runnable action) {
        Button button = new Button(text, e -> action.run());
        button.setId(id);
        button.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        return button;
    }
}
