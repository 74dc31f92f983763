package io.tessera.plugins.inventory.ui;

import io.tessera.ui.kit.form.FieldErrorMarks;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import io.tessera.plugins.catalog.api.ProductInfo;
import io.tessera.plugins.catalog.api.Tracking;
import io.tessera.plugins.inventory.common.Catalog;
import io.tessera.plugins.inventory.transfer.Kind;
import io.tessera.plugins.inventory.transfer.Requests;
import io.tessera.plugins.inventory.transfer.TransferView;
import io.tessera.plugins.inventory.transfer.Transfers;
import io.tessera.plugins.inventory.warehouse.Warehouse;
import io.tessera.plugins.inventory.warehouse.Warehouses;
import io.tessera.sdk.party.Parties;
import io.tessera.sdk.party.PartySummary;
import io.tessera.sdk.persistence.TenantJdbc;
import io.tessera.ui.kit.format.TenantFormat;
import io.tessera.ui.kit.notify.Notifications;
import io.tessera.ui.kit.notify.Problem;
import io.tessera.ui.kit.notify.ProblemPanel;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A new receipt or delivery ({@code inventory/new-transfer/receipt} or {@code …/delivery}): partner, warehouse, date
 * and lines with a product picker, quantity and unit, unit cost (receipts), lot or serials where the product is
 * tracked. A refusal marks the fields it names and keeps everything typed; a saved draft opens on its transfer page.
 */
public class TransferFormView extends VerticalLayout implements HasUrlParameter<String>, HasDynamicTitle {

    private final Transfers transfers;
    private final Catalog catalog;
    private final Parties parties;
    private final Warehouses warehouses;
    private final TenantJdbc db;
    private final H2 heading = new H2();
    private final ComboBox<PartySummary> party = new ComboBox<>();
    private final Select<Warehouse> warehouse = new Select<>();
    private final DatePicker date = new DatePicker();
    private final VerticalLayout lineRows = new VerticalLayout();
    private final List<LineRow> lines = new ArrayList<>();
    private final ProblemPanel problem = new ProblemPanel();
    private final FieldErrorMarks errors = new FieldErrorMarks(this, "inventory");
    private Kind kind = Kind.RECEIPT;

    /**
     * The view as the shell creates it.
     *
     * @param transfers  the transfers
     * @param catalog    the product picker's products
     * @param parties    the partner picker's parties
     * @param warehouses the warehouses
     * @param db         database access
     */
    public TransferFormView(Transfers transfers, Catalog catalog, Parties parties, Warehouses warehouses, TenantJdbc db) {
        this.db = db;
        this.transfers = transfers;
        this.catalog = catalog;
        this.parties = parties;
        this.warehouses = warehouses;
        setWidthFull();
        setMaxWidth("72rem");
    }

    @Override
    public void setParameter(BeforeEvent event, String parameter) {
        kind = "delivery".equals(parameter) ? Kind.DELIVERY : Kind.RECEIPT;
        build();
    }

    private void build() {
        removeAll();
        lines.clear();
        errors.clearBindings();
        lineRows.removeAll();
        heading.setText(getPageTitle());
        heading.setId("inventory-form-title");
        party.setLabel(getTranslation(kind == Kind.RECEIPT ? "inventory.form.supplier" : "inventory.form.customer"));
        party.setItems(q -> db.tx().read(() -> parties.search(q.getFilter().orElse(""), q.getOffset(), q.getLimit())).stream());
        party.setItemLabelGenerator(PartySummary::name);
        party.setClearButtonVisible(true);
        party.setId("inventory-form-party");
        List<Warehouse> all = db.tx().read(warehouses::list);
        warehouse.setLabel(getTranslation("inventory.field.warehouseId"));
        warehouse.setItems(all);
        warehouse.setItemLabelGenerator(w -> w.code() + " · " + w.name());
        all.stream().filter(w -> w.code().equals(Warehouses.DEFAULT_CODE)).findFirst()
                .or(() -> all.stream().findFirst()).ifPresent(warehouse::setValue);
        warehouse.setId("inventory-form-warehouse");
        date.setLabel(getTranslation("inventory.field.date"));
        date.setLocale(TenantFormat.current().locale());
        date.setValue(TenantFormat.current().today());
        date.setId("inventory-form-date");
        errors.bind("partyId", party);
        errors.bind("warehouseId", warehouse);
        errors.bind("date", date);
        FormLayout head = new FormLayout(party, warehouse, date);
        head.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 3));
        lineRows.setPadding(false);
        lineRows.setId("inventory-form-lines");
        Button addLine = new Button(getTranslation("inventory.form.addLine"), VaadinIcon.PLUS.create(), e -> addLine());
        addLine.setId("inventory-form-add-line");
        Button save = new Button(getTranslation("inventory.form.save"), e -> save());
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.setId("inventory-form-save");
        Button cancel = new Button(getTranslation("inventory.transfer.cancel"),
                e -> UI.getCurrent().navigate("inventory/transfers"));
        cancel.addThemeVariants(ButtonVariant.TERTIARY);
        problem.setId("inventory-form-problem");
        problem.clear();
        HorizontalLayout actions = new HorizontalLayout(save, cancel);
        actions.setWrap(true);
        add(heading, head, new H3(getTranslation("inventory.form.lines")), lineRows, addLine, problem, actions);
        addLine();
    }

    private void addLine() {
        LineRow row = new LineRow(lines.size());
        lines.add(row);
        lineRows.add(row.layout);
        rebind();
    }

    private void removeLine(LineRow row) {
        lines.remove(row);
        lineRows.remove(row.layout);
        for (int i = 0; i < lines.size(); i++) {
            lines.get(i).number(i);
        }
        rebind();
    }

    /** Binds each line's fields to its request path (the lines are renumbered when one is removed). */
    private void rebind() {
        errors.clearBindings();
        errors.bind("partyId", party);
        errors.bind("warehouseId", warehouse);
        errors.bind("date", date);
        for (int i = 0; i < lines.size(); i++) {
            LineRow row = lines.get(i);
            String f = "lines[" + i + "].";
            errors.bind(f + "productId", row.product);
            errors.bind(f + "quantity", row.quantity);
            errors.bind(f + "uom", row.unit);
            errors.bind(f + "unitCost", row.unitCost);
            errors.bind(f + "lot", row.lot);
            errors.bind(f + "expiry", row.expiry);
            errors.bind(f + "serials", row.serials);
        }
    }

    private void save() {
        problem.clear();
        try {
            Warehouse w = warehouse.getValue();
            PartySummary p = party.getValue();
            TransferView saved;
            if (kind == Kind.RECEIPT) {
                saved = transfers.createReceipt(new Requests.Receipt(w == null ? null : w.id(), p == null ? null : p.id(),
                        date.getValue(), lines.stream().map(LineRow::receiptLine).toList()));
            } else {
                saved = transfers.createDelivery(new Requests.Delivery(w == null ? null : w.id(), p == null ? null : p.id(),
                        date.getValue(), lines.stream().map(LineRow::deliveryLine).toList()));
            }
            errors.clear();
            Notifications.success(getTranslation("inventory.form.saved"));
            UI.getCurrent().navigate(InventoryUi.TRANSFER_ROUTE + "/" + saved.id());
        } catch (RuntimeException refused) {
            Problem shown = Problem.of(refused);
            if (shown.unexpected()) {
                Notifications.error(refused);
                return;
            }
            problem.show(errors.show(shown));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation(kind == Kind.RECEIPT ? "inventory.form.newReceipt" : "inventory.form.newDelivery");
    }

    /** One line of the form: the product decides which of unit, cost, lot, expiry and serials are offered. */
    private final class LineRow {

        final ComboBox<ProductInfo> product = new ComboBox<>();
        final BigDecimalField quantity = new BigDecimalField();
        final Select<String> unit = new Select<>();
        final BigDecimalField unitCost = new BigDecimalField();
        final TextField lot = new TextField();
        final DatePicker expiry = new DatePicker();
        final TextArea serials = new TextArea();
        final Button remove = new Button(VaadinIcon.TRASH.create());
        final FormLayout layout;

        LineRow(int index) {
            product.setItems(q -> catalog.search(q.getFilter().orElse(""), q.getOffset(), q.getLimit()).stream());
            product.setItemLabelGenerator(p -> p.sku() + " · " + p.name());
            product.setRequired(true);
            product.addValueChangeListener(e -> productChosen(e.getValue()));
            quantity.setLabel(getTranslation("inventory.field.quantity"));
            quantity.setRequired(true);
            quantity.addThemeName("align-right");
            unit.setLabel(getTranslation("inventory.field.uom"));
            unitCost.setLabel(getTranslation("inventory.field.unitCost"));
            unitCost.addThemeName("align-right");
            unitCost.setVisible(kind == Kind.RECEIPT);
            TenantFormat.current().baseCurrency().ifPresent(c -> unitCost.setSuffixComponent(new com.vaadin.flow.component.html.Span(
                    c.getCurrencyCode())));
            lot.setLabel(getTranslation("inventory.field.lot"));
            lot.setMaxLength(100);
            lot.setVisible(false);
            expiry.setLabel(getTranslation("inventory.field.expiry"));
            expiry.setLocale(TenantFormat.current().locale());
            expiry.setVisible(false);
            serials.setLabel(getTranslation("inventory.field.serials"));
            serials.setHelperText(getTranslation("inventory.form.serialsHelp"));
            serials.setVisible(false);
            remove.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.ERROR);
            remove.addClickListener(e -> removeLine(this));
            layout = new FormLayout(product, quantity, unit, unitCost, lot, expiry, serials, remove);
            layout.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30em", 2),
                    new FormLayout.ResponsiveStep("56em", 4));
            layout.setColspan(product, 2);
            layout.setColspan(serials, 2);
            layout.getStyle().set("border-bottom", "1px solid var(--vaadin-border-color, #ddd)").set("padding-bottom", "0.5rem");
            number(index);
        }

        void number(int index) {
            product.setLabel(getTranslation("inventory.form.line", index + 1) + ": "
                    + getTranslation("inventory.field.productId"));
            product.setId("inventory-form-product-" + index);
            quantity.setId("inventory-form-quantity-" + index);
            unit.setId("inventory-form-unit-" + index);
            unitCost.setId("inventory-form-cost-" + index);
            lot.setId("inventory-form-lot-" + index);
            expiry.setId("inventory-form-expiry-" + index);
            serials.setId("inventory-form-serials-" + index);
            remove.setId("inventory-form-remove-" + index);
            remove.setAriaLabel(getTranslation("inventory.form.removeLine", index + 1));
        }

        private void productChosen(ProductInfo p) {
            Set<String> units = new LinkedHashSet<>();
            if (p != null) {
                units.add(p.baseUom());
                if (kind == Kind.RECEIPT && p.purchaseUom() != null) {
                    units.add(p.purchaseUom());
                }
                if (kind == Kind.DELIVERY && p.salesUom() != null) {
                    units.add(p.salesUom());
                }
                units.add(p.purchaseUom() == null ? p.baseUom() : p.purchaseUom());
                units.add(p.salesUom() == null ? p.baseUom() : p.salesUom());
            }
            String before = unit.getValue();
            unit.setItems(units);
            unit.setValue(before != null && units.contains(before) ? before : p == null ? null
                    : kind == Kind.RECEIPT && p.purchaseUom() != null ? p.purchaseUom() : p.baseUom());
            Tracking tracking = p == null ? Tracking.NONE : p.tracking();
            lot.setVisible(tracking == Tracking.LOT || (kind == Kind.DELIVERY && tracking == Tracking.SERIAL));
            lot.setLabel(getTranslation(tracking == Tracking.SERIAL ? "inventory.field.serial" : "inventory.field.lot"));
            lot.setHelperText(kind == Kind.DELIVERY ? getTranslation("inventory.form.lotOptional") : null);
            expiry.setVisible(kind == Kind.RECEIPT && tracking == Tracking.LOT);
            serials.setVisible(kind == Kind.RECEIPT && tracking == Tracking.SERIAL);
        }

        Requests.ReceiptLine receiptLine() {
            ProductInfo p = product.getValue();
            return new Requests.ReceiptLine(p == null ? null : p.id(), quantity.getValue(), unitOrNull(p),
                    unitCost.getValue(), lot.isVisible() ? blankToNull(lot.getValue()) : null,
                    expiry.isVisible() ? expiry.getValue() : null, serials.isVisible() ? serialList() : null);
        }

        Requests.DeliveryLine deliveryLine() {
            ProductInfo p = product.getValue();
            return new Requests.DeliveryLine(p == null ? null : p.id(), quantity.getValue(), unitOrNull(p),
                    lot.isVisible() ? blankToNull(lot.getValue()) : null);
        }

        private String unitOrNull(ProductInfo p) {
            return p == null || Objects.equals(unit.getValue(), p.baseUom()) ? null : unit.getValue();
        }

        private List<String> serialList() {
            return Arrays.stream(serials.getValue().split("[,;\\s]+")).filter(s -> !s.isBlank()).toList();
        }

        private static String blankToNull(String text) {
            return text == null || text.isBlank() ? null : text.strip();
        }
    }
}
