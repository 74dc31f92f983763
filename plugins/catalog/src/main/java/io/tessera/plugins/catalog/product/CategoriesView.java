package io.tessera.plugins.catalog.product;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import io.tessera.plugins.catalog.api.CostMethod;
import io.tessera.plugins.catalog.common.ApiNames;
import io.tessera.plugins.catalog.common.CatalogPermissions;
import io.tessera.plugins.catalog.common.FieldErrors;
import io.tessera.sdk.CurrentUser;
import io.tessera.sdk.web.ApiProblem;
import io.tessera.ui.kit.notify.Notifications;
import java.util.Arrays;
import java.util.List;

/**
 * The product categories: costing method and the stock accounts each posts to (the chart's default for the role
 * when none is chosen), picked from accounting's chart where the tenant has it. A row opens it in a dialog to change or delete; "New category" adds one.
 */
public class CategoriesView extends VerticalLayout implements HasDynamicTitle {

    private final CategoryService categories;
    private final ChartAccounts chart;
    private final boolean canWrite;
    private final Grid<CategoryView> grid = new Grid<>();

    /**
     * Created by the shell.
     *
     * @param categories the categories
     * @param chart      the chart of accounts to pick from, where accounting is enabled
     * @param user       the signed-in user
     */
    public CategoriesView(CategoryService categories, ChartAccounts chart, CurrentUser user) {
        this.categories = categories;
        this.chart = chart;
        this.canWrite = user.hasPermission(CatalogPermissions.WRITE);
        setSizeFull();
        grid.setId("catalog-categories");
        grid.addColumn(CategoryView::name).setHeader(getTranslation("catalog.field.name")).setAutoWidth(true);
        grid.addColumn(c -> getTranslation("catalog.costMethod." + c.costMethod()))
                .setHeader(getTranslation("catalog.field.costMethod"));
        grid.addColumn(c -> account(c.inventoryAccount())).setHeader(getTranslation("catalog.field.inventoryAccount"));
        grid.addColumn(c -> account(c.costOfGoodsSoldAccount())).setHeader(getTranslation("catalog.field.cogsAccount"));
        grid.addColumn(c -> account(c.stockReceivedNotBilledAccount())).setHeader(getTranslation("catalog.field.grniAccount"));
        grid.addColumn(c -> c.defaultCategory() ? getTranslation("catalog.categories.default") : "")
                .setHeader(getTranslation("catalog.field.default"));
        grid.setEmptyStateText(getTranslation("catalog.categories.empty"));
        if (canWrite) {
            grid.addItemClickListener(e -> open(e.getItem()));
        }
        refresh();
        H2 heading = new H2(getTranslation("catalog.categories.title"));
        HorizontalLayout header = new HorizontalLayout(heading);
        header.setWidthFull();
        header.setAlignItems(FlexComponent.Alignment.BASELINE);
        header.setFlexGrow(1, heading);
        if (canWrite) {
            Button create = new Button(getTranslation("catalog.categories.new"), VaadinIcon.PLUS.create(), e -> open(null));
            create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            create.setId("categories-new");
            header.add(create);
        }
        add(header, grid);
    }

    private void refresh() {
        grid.setItems(categories.list());
    }

    /** The dialog to create (for {@code null}) or change a category. */
    Dialog open(CategoryView category) {
        Dialog dialog = new Dialog();
        dialog.setId("category-dialog");
        dialog.setHeaderTitle(category == null ? getTranslation("catalog.categories.new") : category.name());
        TextField name = new TextField(getTranslation("catalog.field.name"));
        name.setId("category-name");
        name.setRequiredIndicatorVisible(true);
        Select<CostMethod> method = new Select<>();
        method.setLabel(getTranslation("catalog.field.costMethod"));
        method.setItems(Arrays.asList(CostMethod.values()));
        method.setItemLabelGenerator(m -> getTranslation("catalog.costMethod." + ApiNames.of(m)));
        method.setValue(CostMethod.FIFO);
        method.setId("category-method");
        java.util.Optional<java.util.List<ChartAccounts.Choice>> accounts = chart.accounts();
        ComboBox<String> inventory = accountField("catalog.field.inventoryAccount", "category-inventory", accounts);
        ComboBox<String> cogs = accountField("catalog.field.cogsAccount", "category-cogs", accounts);
        ComboBox<String> grni = accountField("catalog.field.grniAccount", "category-grni", accounts);
        if (category != null) {
            name.setValue(category.name());
            method.setValue(ApiNames.parse(CostMethod.class, category.costMethod()).orElse(CostMethod.FIFO));
            inventory.setValue(category.inventoryAccount());
            cogs.setValue(category.costOfGoodsSoldAccount());
            grni.setValue(category.stockReceivedNotBilledAccount());
        }
        FieldErrors errors = new FieldErrors().bind("name", name).bind("costMethod", method)
                .bind("inventoryAccount", inventory).bind("costOfGoodsSoldAccount", cogs)
                .bind("stockReceivedNotBilledAccount", grni);
        FormLayout form = new FormLayout(name, method, inventory, cogs, grni);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("500px", 2));
        dialog.add(form);
        Button save = new Button(getTranslation("catalog.action.save"), e -> {
            CategoryRequest request = new CategoryRequest(name.getValue(), ApiNames.of(method.getValue()),
                    blankToNull(inventory.getValue()), blankToNull(cogs.getValue()), blankToNull(grni.getValue()),
                    category == null ? null : category.version());
            try {
                CategoryView saved = category == null ? categories.create(request) : categories.update(category.id(), request);
                Notifications.success(getTranslation("catalog.categories.saved", saved.name()));
                dialog.close();
                refresh();
            } catch (ApiProblem refused) {
                errors.show(refused);
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("category-save");
        Button cancel = new Button(getTranslation("catalog.action.cancel"), e -> dialog.close());
        cancel.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        if (category != null && !category.defaultCategory()) {
            Button delete = new Button(getTranslation("catalog.action.delete"), e -> {
                try {
                    categories.delete(category.id());
                    dialog.close();
                    refresh();
                } catch (ApiProblem refused) {
                    Notifications.error(refused);
                }
            });
            delete.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
            delete.setId("category-delete");
            dialog.getFooter().add(delete);
        }
        dialog.getFooter().add(cancel, save);
        dialog.open();
        return dialog;
    }

    /**
     * An account: picked from the chart where accounting is enabled (code and name shown, the code stored), else its
     * code typed; empty means the chart's default account for the role.
     */
    private ComboBox<String> accountField(String label, String id, java.util.Optional<java.util.List<ChartAccounts.Choice>> accounts) {
        ComboBox<String> field = new ComboBox<>(getTranslation(label));
        field.setPlaceholder(getTranslation("catalog.categories.chartDefault"));
        field.setClearButtonVisible(true);
        field.setId(id);
        if (accounts.isPresent()) {
            java.util.Map<String, String> names = new java.util.LinkedHashMap<>();
            accounts.get().forEach(a -> names.put(a.code(), a.name()));
            field.setItems(List.copyOf(names.keySet()));
            field.setItemLabelGenerator(code -> names.containsKey(code) ? code + " · " + names.get(code) : code);
            field.setHelperText(getTranslation("catalog.categories.accountPick"));
        } else {
            field.setItems(List.of());
            field.setAllowCustomValue(true);
            field.addCustomValueSetListener(e -> field.setValue(e.getDetail()));
            field.setHelperText(getTranslation("catalog.categories.accountHelp"));
        }
        return field;
    }

    private String account(String code) {
        return code == null ? getTranslation("catalog.categories.chartDefault") : code;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("catalog.categories.title");
    }
}
