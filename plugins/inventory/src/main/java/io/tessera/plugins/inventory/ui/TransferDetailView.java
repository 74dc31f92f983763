package io.tessera.plugins.inventory.ui;

import io.tessera.ui.kit.form.FieldErrorMarks;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import io.tessera.plugins.catalog.api.ProductInfo;
import io.tessera.plugins.inventory.common.Catalog;
import io.tessera.plugins.inventory.transfer.Kind;
import io.tessera.plugins.inventory.transfer.Requests;
import io.tessera.plugins.inventory.transfer.TransferView;
import io.tessera.plugins.inventory.transfer.Transfers;
import io.tessera.plugins.inventory.warehouse.Warehouses;
import io.tessera.sdk.persistence.TenantJdbc;
import io.tessera.sdk.web.ApiProblem;
import io.tessera.ui.kit.format.TenantFormat;
import io.tessera.ui.kit.notify.Notifications;
import io.tessera.ui.kit.notify.Problem;
import io.tessera.ui.kit.notify.ProblemPanel;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * One receipt or delivery: its lines with what is reserved; while it is open, a quantity per product to validate now
 * (prefilled with what is open), a barcode field (a scanned or typed barcode or SKU adds one unit to its product's
 * quantity, counting from zero from the first scan, and brings it into view while the scanner keeps the focus), reserve for deliveries, and validate — asking
 * first, when less than the demand is validated, whether the rest goes to a backorder or is cancelled.
 */
public class TransferDetailView extends VerticalLayout implements HasUrlParameter<String>, HasDynamicTitle {

    private final Transfers transfers;
    private final TenantJdbc db;
    private final Catalog catalog;
    private final Warehouses warehouses;
    private final Map<UUID, BigDecimalField> quantities = new LinkedHashMap<>();
    private final FieldErrorMarks errors = new FieldErrorMarks(this, "inventory");
    private final ProblemPanel problem = new ProblemPanel();
    private boolean scanned;
    private String title = "";

    /**
     * The view as the shell creates it.
     *
     * @param transfers  the transfers
     * @param db         database access
     * @param catalog    product names
     * @param warehouses location names
     */
    public TransferDetailView(Transfers transfers, TenantJdbc db, Catalog catalog, Warehouses warehouses) {
        this.transfers = transfers;
        this.db = db;
        this.catalog = catalog;
        this.warehouses = warehouses;
        setWidthFull();
    }

    @Override
    public void setParameter(BeforeEvent event, String parameter) {
        UUID id;
        try {
            id = UUID.fromString(parameter);
        } catch (IllegalArgumentException e) {
            showMissing();
            return;
        }
        try {
            show(transfers.find(id, null));
        } catch (ApiProblem e) {
            showMissing();
        }
    }

    private void showMissing() {
        removeAll();
        title = getTranslation("inventory.transfer.title");
        add(new H2(title), new Paragraph(getTranslation("inventory.transfer.missing")));
    }

    private void show(TransferView transfer) {
        removeAll();
        quantities.clear();
        errors.clearBindings();
        problem.clear();
        scanned = false;
        TenantFormat format = TenantFormat.current();
        Set<UUID> locations = new HashSet<>();
        transfer.lines().forEach(l -> {
            locations.add(l.fromLocationId());
            locations.add(l.toLocationId());
        });
        Names names = Names.of(db, catalog, warehouses, transfer.lines().stream().map(TransferView.Line::productId).distinct().toList(),
                locations);
        title = getTranslation("inventory.kind." + transfer.kind()) + " · " + format.date(transfer.date());
        Span state = new Span(getTranslation("inventory.state." + transfer.state()));
        state.setId("inventory-transfer-state");
        add(new H2(title), state);
        if (transfer.backorderOf() != null) {
            Button original = new Button(getTranslation("inventory.transfer.original"),
                    e -> UI.getCurrent().navigate(InventoryUi.TRANSFER_ROUTE + "/" + transfer.backorderOf()));
            original.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            add(original);
        }
        Grid<TransferView.Line> lines = new Grid<>();
        lines.addColumn(l -> names.product(l.productId())).setHeader(getTranslation("inventory.stock.product")).setAutoWidth(true);
        lines.addColumn(l -> names.location(l.fromLocationId())).setHeader(getTranslation("inventory.moves.from")).setAutoWidth(true);
        lines.addColumn(l -> names.location(l.toLocationId())).setHeader(getTranslation("inventory.moves.to")).setAutoWidth(true);
        lines.addColumn(l -> l.lot() == null ? "" : l.lot()).setHeader(getTranslation("inventory.stock.lot"));
        lines.addColumn(l -> format.number(l.quantity()) + " " + names.unit(l.productId()))
                .setHeader(getTranslation("inventory.moves.quantity")).setTextAlign(ColumnTextAlign.END);
        lines.addColumn(l -> format.number(l.reserved())).setHeader(getTranslation("inventory.stock.reserved"))
                .setTextAlign(ColumnTextAlign.END);
        lines.addColumn(l -> getTranslation("inventory.state." + l.state())).setHeader(getTranslation("inventory.moves.state"));
        lines.setItems(transfer.lines());
        lines.setAllRowsVisible(true);
        lines.setEmptyStateText(getTranslation("inventory.transfer.noLines"));
        lines.setId("inventory-transfer-lines");
        add(lines);
        boolean open = List.of("draft", "confirmed", "assigned").contains(transfer.state());
        Kind kind = transfer.kind().equals("delivery") ? Kind.DELIVERY : Kind.RECEIPT;
        if (!open || !(transfer.kind().equals("receipt") || transfer.kind().equals("delivery"))) {
            return;
        }
        Map<UUID, BigDecimal> openByProduct = new LinkedHashMap<>();
        transfer.lines().stream().filter(l -> !l.state().equals("done") && !l.state().equals("cancelled"))
                .forEach(l -> openByProduct.merge(l.productId(), l.quantity(), BigDecimal::add));
        VerticalLayout fields = new VerticalLayout();
        fields.setPadding(false);
        TextField barcode = new TextField(getTranslation("inventory.transfer.barcode"));
        barcode.setHelperText(getTranslation("inventory.transfer.barcodeHelp"));
        barcode.setPrefixComponent(VaadinIcon.BARCODE.create());
        barcode.setWidthFull();
        barcode.setMaxWidth("24rem");
        barcode.setId("inventory-transfer-barcode");
        barcode.addKeyPressListener(Key.ENTER, e -> scan(barcode));
        fields.add(barcode);
        openByProduct.forEach((product, quantity) -> {
            BigDecimalField field = new BigDecimalField(getTranslation("inventory.transfer.doneNow", names.product(product)));
            field.setValue(plain(quantity));
            field.setWidthFull();
            field.setMaxWidth("24rem");
            field.setId("inventory-transfer-quantity-" + quantities.size());
            field.setHelperText(getTranslation("inventory.transfer.open", format.number(quantity), names.unit(product)));
            field.addThemeName("align-right");
            errors.bind("lines[" + quantities.size() + "].quantity", field);
            quantities.put(product, field);
            fields.add(field);
        });
        add(fields, problem);
        Button validate = new Button(getTranslation("inventory.transfer.validate"), e -> validate(transfer, kind, openByProduct));
        validate.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        validate.setId("inventory-transfer-validate");
        HorizontalLayout actions = new HorizontalLayout(validate);
        if (kind == Kind.DELIVERY) {
            Button reserve = new Button(getTranslation("inventory.transfer.reserve"), e -> run(() -> show(transfers.reserve(transfer.id()))));
            reserve.setId("inventory-transfer-reserve");
            Button unreserve = new Button(getTranslation("inventory.transfer.unreserve"),
                    e -> run(() -> show(transfers.unreserve(transfer.id()))));
            unreserve.setId("inventory-transfer-unreserve");
            actions.add(reserve, unreserve);
        }
        actions.setWrap(true);
        add(actions);
    }

    private void validate(TransferView transfer, Kind kind, Map<UUID, BigDecimal> openByProduct) {
        List<Requests.ValidateLine> lines = new ArrayList<>();
        boolean partial = false;
        for (Map.Entry<UUID, BigDecimalField> e : quantities.entrySet()) {
            BigDecimal value = e.getValue().getValue() == null ? BigDecimal.ZERO : e.getValue().getValue();
            lines.add(new Requests.ValidateLine(e.getKey(), value));
            partial |= value.compareTo(openByProduct.get(e.getKey())) < 0;
        }
        if (!partial) {
            doValidate(transfer, kind, lines, true);
            return;
        }
        Dialog prompt = new Dialog();
        prompt.setHeaderTitle(getTranslation("inventory.transfer.backorderTitle"));
        prompt.add(new Paragraph(getTranslation("inventory.transfer.backorderText")));
        Button create = new Button(getTranslation("inventory.transfer.backorderCreate"), e -> {
            prompt.close();
            doValidate(transfer, kind, lines, true);
        });
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.setId("inventory-backorder-create");
        Button none = new Button(getTranslation("inventory.transfer.backorderNone"), e -> {
            prompt.close();
            doValidate(transfer, kind, lines, false);
        });
        none.setId("inventory-backorder-none");
        Button cancel = new Button(getTranslation("inventory.transfer.cancel"), e -> prompt.close());
        cancel.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        prompt.getFooter().add(cancel, none, create);
        prompt.open();
    }

    private void doValidate(TransferView transfer, Kind kind, List<Requests.ValidateLine> lines, boolean backorder) {
        problem.clear();
        try {
            Transfers.ValidationView result = transfers.validate(transfer.id(), kind, new Requests.Validate(lines, backorder));
            show(result.transfer());
            if (!backorder) {
                Notifications.success(getTranslation("inventory.transfer.validatedNoBackorder"));
            } else if (result.backorderId() != null) {
                Notifications.success(getTranslation("inventory.transfer.validatedWithBackorder"));
                Button link = new Button(getTranslation("inventory.transfer.openBackorder"),
                        e -> UI.getCurrent().navigate(InventoryUi.TRANSFER_ROUTE + "/" + result.backorderId()));
                link.setId("inventory-transfer-backorder");
                add(link);
            } else {
                Notifications.success(getTranslation("inventory.transfer.validated"));
            }
        } catch (ApiProblem refused) {
            problem.show(errors.show(Problem.of(refused)));
        }
    }

    /**
     * A scanned or typed barcode or SKU: adds one unit to its product's quantity (the first scan sets every quantity
     * to zero, so that the scans count what is validated) and brings it into view, marked; a code of no line of this transfer is shown
     * on the barcode field.
     */
    private void scan(TextField barcode) {
        String code = barcode.getValue() == null ? "" : barcode.getValue().strip();
        barcode.clear();
        if (code.isEmpty()) {
            return;
        }
        Optional<ProductInfo> product = db.tx().read(() -> catalog.byCode(code));
        BigDecimalField field = product.map(p -> quantities.get(p.id())).orElse(null);
        if (field == null) {
            barcode.setErrorMessage(getTranslation(product.isEmpty() ? "inventory.transfer.unknownCode"
                    : "inventory.transfer.notOnTransfer", code));
            barcode.setInvalid(true);
            return;
        }
        barcode.setInvalid(false);
        if (!scanned) {
            quantities.values().forEach(f -> f.setValue(BigDecimal.ZERO));
            scanned = true;
        }
        BigDecimal now = field.getValue() == null ? BigDecimal.ZERO : field.getValue();
        field.setValue(now.add(BigDecimal.ONE));
        // the scanner keeps the focus for the next scan; the line scanned is brought into view and marked
        quantities.values().forEach(f -> {
            f.removeClassName("inventory-scanned");
            f.getStyle().remove("outline");
        });
        field.addClassName("inventory-scanned");
        field.getStyle().set("outline", "2px solid var(--vaadin-focus-ring-color, #1a73e8)");
        field.scrollIntoView();
        barcode.focus();
    }

    /** The quantity without the column's trailing zeros (1200.000000 is typed and shown as 1200). */
    private static BigDecimal plain(BigDecimal quantity) {
        BigDecimal stripped = quantity.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    private static void run(Runnable action) {
        try {
            action.run();
        } catch (ApiProblem e) {
            Notifications.error(Problem.of(e));
        }
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
