package io.tessera.plugins.inventory.ui;

import io.tessera.ui.kit.form.FieldErrorMarks;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.router.HasDynamicTitle;
import io.tessera.plugins.catalog.api.ProductInfo;
import io.tessera.plugins.inventory.api.ReplenishmentSuggestion;
import io.tessera.plugins.inventory.common.Catalog;
import io.tessera.plugins.inventory.replenishment.Planner;
import io.tessera.plugins.inventory.replenishment.ReorderRule;
import io.tessera.plugins.inventory.replenishment.ReorderRules;
import io.tessera.plugins.inventory.replenishment.ReplenishmentRun;
import io.tessera.plugins.inventory.replenishment.RuleRequest;
import io.tessera.plugins.inventory.warehouse.Warehouse;
import io.tessera.plugins.inventory.warehouse.Warehouses;
import io.tessera.sdk.party.Parties;
import io.tessera.sdk.party.PartySummary;
import io.tessera.sdk.persistence.TenantJdbc;
import io.tessera.ui.kit.format.TenantFormat;
import io.tessera.ui.kit.notify.Notifications;
import io.tessera.ui.kit.notify.Problem;
import io.tessera.ui.kit.notify.ProblemPanel;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Reorder rules (min, max, multiple, lead time per product and warehouse; more on demand, by keyset), created,
 * changed and deleted in a dialog; below them the replenishment suggestions the rules give now, and "run", which
 * publishes them to purchasing and MRP.
 */
public class ReorderRulesView extends VerticalLayout implements HasDynamicTitle {

    static final int PAGE = 100;

    private final ReorderRules rules;
    private final Planner planner;
    private final ReplenishmentRun run;
    private final Catalog catalog;
    private final Parties parties;
    private final TenantJdbc db;
    private final Map<UUID, Warehouse> warehouses;
    private final Grid<ReorderRule> grid = new Grid<>();
    private final Grid<ReplenishmentSuggestion> suggestions = new Grid<>();
    private final Button more = new Button();
    private final List<ReorderRule> shown = new ArrayList<>();
    private Names names;
    private Map<UUID, PartySummary> suppliers = Map.of();

    /**
     * The view as the shell creates it.
     *
     * @param rules      the reorder rules
     * @param planner    the suggestions
     * @param run        the replenishment run
     * @param catalog    the product picker and product names
     * @param parties    supplier names
     * @param warehouses the warehouses
     * @param db         database access
     */
    public ReorderRulesView(ReorderRules rules, Planner planner, ReplenishmentRun run, Catalog catalog, Parties parties,
                            Warehouses warehouses, TenantJdbc db) {
        this.rules = rules;
        this.planner = planner;
        this.run = run;
        this.catalog = catalog;
        this.parties = parties;
        this.db = db;
        this.warehouses = db.tx().read(warehouses::list).stream().collect(Collectors.toMap(Warehouse::id, Function.identity()));
        TenantFormat format = TenantFormat.current();
        Button add = new Button(getTranslation("inventory.rules.new"), VaadinIcon.PLUS.create(), e -> edit(null));
        add.addThemeVariants(ButtonVariant.PRIMARY);
        add.setId("inventory-rules-new");
        grid.addColumn(r -> names.product(r.productId())).setHeader(getTranslation("inventory.stock.product")).setAutoWidth(true);
        grid.addColumn(r -> warehouseCode(r.warehouseId())).setHeader(getTranslation("inventory.field.warehouseId"));
        grid.addColumn(r -> format.number(r.min()) + " " + names.unit(r.productId())).setHeader(getTranslation("inventory.field.min"))
                .setTextAlign(ColumnTextAlign.END);
        grid.addColumn(r -> format.number(r.max())).setHeader(getTranslation("inventory.field.max")).setTextAlign(ColumnTextAlign.END);
        grid.addColumn(r -> format.number(r.multiple())).setHeader(getTranslation("inventory.field.multiple"))
                .setTextAlign(ColumnTextAlign.END);
        grid.addColumn(r -> getTranslation("inventory.rules.days", format.number(r.leadTimeDays())))
                .setHeader(getTranslation("inventory.field.leadTimeDays")).setTextAlign(ColumnTextAlign.END);
        grid.addComponentColumn(r -> {
            Button delete = new Button(VaadinIcon.TRASH.create(), e -> confirmDelete(r));
            delete.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.ERROR);
            delete.setAriaLabel(getTranslation("inventory.rules.delete"));
            return delete;
        }).setHeader("").setFlexGrow(0).setWidth("4rem");
        grid.setEmptyStateText(getTranslation("inventory.rules.empty"));
        grid.setAllRowsVisible(true);
        grid.setId("inventory-rules-grid");
        grid.addItemClickListener(e -> edit(e.getItem()));
        more.setText(getTranslation("inventory.list.more"));
        more.setId("inventory-rules-more");
        more.addClickListener(e -> loadMore());

        Button runNow = new Button(getTranslation("inventory.suggestions.run"), VaadinIcon.PLAY.create(), e -> runNow());
        runNow.setId("inventory-suggestions-run");
        suggestions.addColumn(s -> names.product(s.productId())).setHeader(getTranslation("inventory.stock.product")).setAutoWidth(true);
        suggestions.addColumn(s -> warehouseCode(s.warehouseId())).setHeader(getTranslation("inventory.field.warehouseId"));
        suggestions.addColumn(s -> format.number(s.onHand())).setHeader(getTranslation("inventory.stock.onHand"))
                .setTextAlign(ColumnTextAlign.END);
        suggestions.addColumn(s -> format.number(s.projected())).setHeader(getTranslation("inventory.suggestions.projected"))
                .setTextAlign(ColumnTextAlign.END);
        suggestions.addColumn(s -> format.number(s.min())).setHeader(getTranslation("inventory.field.min"))
                .setTextAlign(ColumnTextAlign.END);
        suggestions.addColumn(s -> format.number(s.quantity()) + " " + names.unit(s.productId()))
                .setHeader(getTranslation("inventory.suggestions.quantity")).setTextAlign(ColumnTextAlign.END);
        suggestions.addColumn(this::supplier).setHeader(getTranslation("inventory.suggestions.supplier")).setAutoWidth(true);
        suggestions.addColumn(s -> getTranslation("inventory.rules.days", format.number(s.leadTimeDays())))
                .setHeader(getTranslation("inventory.field.leadTimeDays")).setTextAlign(ColumnTextAlign.END);
        suggestions.setEmptyStateText(getTranslation("inventory.suggestions.empty"));
        suggestions.setAllRowsVisible(true);
        suggestions.setId("inventory-suggestions-grid");

        add(new H2(getTranslation("inventory.rules.title")), add, grid, more,
                new H3(getTranslation("inventory.suggestions.title")), new Paragraph(getTranslation("inventory.suggestions.help")),
                runNow, suggestions);
        setWidthFull();
        reload();
    }

    private String warehouseCode(UUID id) {
        Warehouse w = warehouses.get(id);
        return w == null ? "" : w.code();
    }

    private String supplier(ReplenishmentSuggestion s) {
        if (s.supplierId() == null) {
            return "";
        }
        PartySummary p = suppliers.get(s.supplierId());
        String name = p == null ? "" : p.name();
        return s.supplierQuantity() == null ? name : name + " (" + TenantFormat.current().number(s.supplierQuantity()) + " "
                + s.supplierUom() + ")";
    }

    private void reload() {
        shown.clear();
        loadMore();
    }

    private void loadMore() {
        List<ReorderRule> page = rules.list(null, shown.isEmpty() ? null : shown.getLast().id(), PAGE);
        shown.addAll(page);
        List<ReplenishmentSuggestion> now = db.tx().read(() -> planner.suggestions(null));
        refreshNames(now);
        grid.setItems(shown);
        more.setVisible(page.size() == PAGE);
        suggestions.setItems(now);
    }

    /** The names of the products shown and the suppliers suggested, one query each. */
    private void refreshNames(List<ReplenishmentSuggestion> now) {
        Set<UUID> products = new HashSet<>();
        shown.forEach(r -> products.add(r.productId()));
        now.forEach(s -> products.add(s.productId()));
        names = Names.of(db, catalog, products);
        Set<UUID> supplierIds = now.stream().map(ReplenishmentSuggestion::supplierId).filter(Objects::nonNull)
                .collect(Collectors.toSet());
        suppliers = supplierIds.isEmpty() ? Map.of() : db.tx().read(() -> parties.findAll(supplierIds));
    }

    private void runNow() {
        try {
            List<ReplenishmentSuggestion> published = run.run(null);
            Notifications.success(published.isEmpty() ? getTranslation("inventory.suggestions.none")
                    : getTranslation("inventory.suggestions.published", published.size()));
            refreshNames(published);
            suggestions.setItems(published);
        } catch (RuntimeException refused) {
            Notifications.error(refused);
        }
    }

    private void confirmDelete(ReorderRule rule) {
        ConfirmDialog confirm = new ConfirmDialog();
        confirm.setHeader(getTranslation("inventory.rules.deleteTitle"));
        confirm.setText(getTranslation("inventory.rules.deleteText", names.product(rule.productId()), warehouseCode(rule.warehouseId())));
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("inventory.transfer.cancel"));
        confirm.setConfirmText(getTranslation("inventory.rules.delete"));
        confirm.setConfirmButtonTheme("error primary");
        confirm.addConfirmListener(e -> {
            try {
                rules.delete(rule.id());
                Notifications.success(getTranslation("inventory.rules.deleted"));
                reload();
            } catch (RuntimeException refused) {
                Notifications.error(refused);
            }
        });
        confirm.open();
    }

    /** The dialog to create a rule ({@code rule} null) or change one; a refusal marks its fields and keeps the input. */
    private void edit(ReorderRule rule) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation(rule == null ? "inventory.rules.new" : "inventory.rules.edit"));
        FieldErrorMarks fieldErrors = new FieldErrorMarks(this, "inventory");
        ProblemPanel problem = new ProblemPanel();
        ComboBox<ProductInfo> product = new ComboBox<>(getTranslation("inventory.field.productId"));
        product.setItems(q -> catalog.search(q.getFilter().orElse(""), q.getOffset(), q.getLimit()).stream());
        product.setItemLabelGenerator(p -> p.sku() + " · " + p.name());
        product.setRequired(true);
        product.setId("inventory-rule-product");
        Select<Warehouse> warehouse = new Select<>();
        warehouse.setLabel(getTranslation("inventory.field.warehouseId"));
        warehouse.setItems(warehouses.values().stream().sorted(java.util.Comparator.comparing(Warehouse::code)).toList());
        warehouse.setItemLabelGenerator(w -> w.code() + " · " + w.name());
        warehouse.setId("inventory-rule-warehouse");
        BigDecimalField min = quantity("inventory.field.min", "inventory-rule-min");
        BigDecimalField max = quantity("inventory.field.max", "inventory-rule-max");
        BigDecimalField multiple = quantity("inventory.field.multiple", "inventory-rule-multiple");
        IntegerField lead = new IntegerField(getTranslation("inventory.field.leadTimeDays"));
        lead.setMin(0);
        lead.setStepButtonsVisible(true);
        lead.setId("inventory-rule-lead");
        if (rule != null) {
            catalog.products(List.of(rule.productId())).values().stream().findFirst().ifPresent(product::setValue);
            warehouse.setValue(warehouses.get(rule.warehouseId()));
            min.setValue(rule.min());
            max.setValue(rule.max());
            multiple.setValue(rule.multiple());
            lead.setValue(rule.leadTimeDays());
        } else {
            warehouses.values().stream().filter(w -> w.code().equals(Warehouses.DEFAULT_CODE)).findFirst()
                    .ifPresent(warehouse::setValue);
            multiple.setValue(BigDecimal.ONE);
            lead.setValue(0);
        }
        fieldErrors.bind("productId", product);
        fieldErrors.bind("warehouseId", warehouse);
        fieldErrors.bind("min", min);
        fieldErrors.bind("max", max);
        fieldErrors.bind("multiple", multiple);
        fieldErrors.bind("leadTimeDays", lead);
        FormLayout form = new FormLayout(product, warehouse, min, max, multiple, lead);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30em", 2));
        form.setColspan(product, 2);
        dialog.add(form, problem);
        Button save = new Button(getTranslation("inventory.form.save"), e -> {
            problem.clear();
            RuleRequest request = new RuleRequest(product.getValue() == null ? null : product.getValue().id(),
                    warehouse.getValue() == null ? null : warehouse.getValue().id(), min.getValue(), max.getValue(),
                    multiple.getValue(), lead.getValue());
            try {
                if (rule == null) {
                    rules.create(request);
                } else {
                    rules.update(rule.id(), request);
                }
                dialog.close();
                Notifications.success(getTranslation("inventory.rules.saved"));
                reload();
            } catch (RuntimeException refused) {
                Problem shown = Problem.of(refused);
                if (shown.unexpected()) {
                    Notifications.error(refused);
                } else {
                    problem.show(fieldErrors.show(shown));
                }
            }
        });
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.setId("inventory-rule-save");
        Button cancel = new Button(getTranslation("inventory.transfer.cancel"), e -> dialog.close());
        cancel.addThemeVariants(ButtonVariant.TERTIARY);
        dialog.getFooter().add(cancel, save);
        // never wider than the screen: at 390 px the form is one column
        dialog.setWidth("min(40rem, calc(100vw - 1rem))");
        dialog.open();
    }

    private BigDecimalField quantity(String label, String id) {
        BigDecimalField field = new BigDecimalField(getTranslation(label));
        field.addThemeName("align-right");
        field.setId(id);
        return field;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("inventory.rules.title");
    }
}
