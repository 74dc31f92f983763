package io.tessera.plugins.inventory.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasUrlParameter;
import io.tessera.plugins.inventory.common.Catalog;
import io.tessera.plugins.inventory.common.Db;
import io.tessera.plugins.inventory.transfer.Kind;
import io.tessera.plugins.inventory.transfer.Requests;
import io.tessera.plugins.inventory.transfer.TransferView;
import io.tessera.plugins.inventory.transfer.Transfers;
import io.tessera.plugins.inventory.warehouse.Warehouses;
import io.tessera.sdk.web.ApiProblem;
import io.tessera.ui.kit.format.TenantFormat;
import io.tessera.ui.kit.notify.Notifications;
import io.tessera.ui.kit.notify.Problem;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * One receipt or delivery: its lines with what is reserved; while it is open, a quantity per product to validate now
 * (prefilled with what is open), reserve for deliveries, and validate — asking first whether to create a backorder
 * when less than the demand is validated.
 */
public class TransferDetailView extends VerticalLayout implements HasUrlParameter<String>, HasDynamicTitle {

    private final Transfers transfers;
    private final Db db;
    private final Catalog catalog;
    private final Warehouses warehouses;
    private final Map<UUID, BigDecimalField> quantities = new LinkedHashMap<>();
    private String title = "";

    /**
     * The view as the shell creates it.
     *
     * @param transfers  the transfers
     * @param db         database access
     * @param catalog    product names
     * @param warehouses location names
     */
    public TransferDetailView(Transfers transfers, Db db, Catalog catalog, Warehouses warehouses) {
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
        transfer.lines().stream().filter(l -> !l.state().equals("done"))
                .forEach(l -> openByProduct.merge(l.productId(), l.quantity(), BigDecimal::add));
        VerticalLayout fields = new VerticalLayout();
        fields.setPadding(false);
        openByProduct.forEach((product, quantity) -> {
            BigDecimalField field = new BigDecimalField(getTranslation("inventory.transfer.doneNow", names.product(product)));
            field.setValue(plain(quantity));
            field.setWidthFull();
            field.setMaxWidth("24rem");
            field.setId("inventory-transfer-quantity-" + quantities.size());
            quantities.put(product, field);
            fields.add(field);
        });
        add(fields);
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
            doValidate(transfer, kind, lines);
            return;
        }
        Dialog prompt = new Dialog();
        prompt.setHeaderTitle(getTranslation("inventory.transfer.backorderTitle"));
        prompt.add(new Paragraph(getTranslation("inventory.transfer.backorderText")));
        Button create = new Button(getTranslation("inventory.transfer.backorderCreate"), e -> {
            prompt.close();
            doValidate(transfer, kind, lines);
        });
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.setId("inventory-backorder-create");
        Button cancel = new Button(getTranslation("inventory.transfer.cancel"), e -> prompt.close());
        prompt.getFooter().add(cancel, create);
        prompt.open();
    }

    private void doValidate(TransferView transfer, Kind kind, List<Requests.ValidateLine> lines) {
        run(() -> {
            Transfers.ValidationView result = transfers.validate(transfer.id(), kind, new Requests.Validate(lines));
            show(result.transfer());
            if (result.backorderId() != null) {
                Notifications.success(getTranslation("inventory.transfer.validatedWithBackorder"));
                Button backorder = new Button(getTranslation("inventory.transfer.openBackorder"),
                        e -> UI.getCurrent().navigate(InventoryUi.TRANSFER_ROUTE + "/" + result.backorderId()));
                backorder.setId("inventory-transfer-backorder");
                add(backorder);
            } else {
                Notifications.success(getTranslation("inventory.transfer.validated"));
            }
        });
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
