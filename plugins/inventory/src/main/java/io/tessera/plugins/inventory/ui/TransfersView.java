package io.tessera.plugins.inventory.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.component.select.Select;
import io.tessera.plugins.inventory.transfer.Kind;
import io.tessera.plugins.inventory.transfer.TransferSummary;
import io.tessera.plugins.inventory.transfer.Transfers;
import io.tessera.ui.kit.format.TenantFormat;
import io.tessera.ui.kit.grid.EntityGrid;
import io.tessera.ui.kit.grid.EntityQuery;
import io.tessera.ui.kit.grid.EntitySource;
import java.util.List;

/**
 * Receipts or deliveries, newest first, filtered by state; a click opens the transfer to reserve or validate it; new
 * receipts and deliveries are made on the transfer form.
 */
public class TransfersView extends VerticalLayout implements HasDynamicTitle {

    private final Select<Kind> kind = new Select<>();
    private final Select<String> state = new Select<>();

    /**
     * The view as the shell creates it.
     *
     * @param transfers the transfers
     */
    public TransfersView(Transfers transfers) {
        add(new H2(getTranslation("inventory.transfers.title")));
        Button newReceipt = new Button(getTranslation("inventory.form.newReceipt"), VaadinIcon.PLUS.create(),
                e -> UI.getCurrent().navigate(InventoryUi.NEW_TRANSFER_ROUTE + "/receipt"));
        newReceipt.addThemeVariants(ButtonVariant.PRIMARY);
        newReceipt.setId("inventory-transfers-new-receipt");
        Button newDelivery = new Button(getTranslation("inventory.form.newDelivery"), VaadinIcon.PLUS.create(),
                e -> UI.getCurrent().navigate(InventoryUi.NEW_TRANSFER_ROUTE + "/delivery"));
        newDelivery.setId("inventory-transfers-new-delivery");
        HorizontalLayout actions = new HorizontalLayout(newReceipt, newDelivery);
        actions.setWrap(true);
        add(actions);
        kind.setLabel(getTranslation("inventory.transfers.kind"));
        kind.setItems(Kind.RECEIPT, Kind.DELIVERY);
        kind.setValue(Kind.RECEIPT);
        kind.setItemLabelGenerator(k -> getTranslation("inventory.kind." + k.api()));
        kind.setId("inventory-transfers-kind");
        state.setLabel(getTranslation("inventory.transfers.state"));
        state.setItems("DRAFT", "CONFIRMED", "ASSIGNED", "DONE");
        state.setEmptySelectionAllowed(true);
        state.setEmptySelectionCaption(getTranslation("inventory.transfers.all"));
        state.setItemLabelGenerator(s -> s == null ? getTranslation("inventory.transfers.all")
                : getTranslation("inventory.state." + s.toLowerCase()));
        state.setId("inventory-transfers-state");
        EntityGrid<TransferSummary> grid = new EntityGrid<>(new EntitySource<>() {
            @Override
            public List<TransferSummary> fetch(EntityQuery query) {
                return transfers.page(kind.getValue(), state.getValue(), query.offset(), query.limit());
            }

            @Override
            public long count(String filter) {
                return transfers.count(kind.getValue(), state.getValue());
            }
        });
        grid.addFilter(kind);
        grid.addFilter(state);
        grid.getSearchField().setVisible(false);
        kind.addValueChangeListener(e -> grid.refresh());
        state.addValueChangeListener(e -> grid.refresh());
        TenantFormat format = TenantFormat.current();
        grid.addColumn(getTranslation("inventory.transfers.date"), t -> format.date(t.date()));
        grid.addColumn(getTranslation("inventory.transfers.state"), t -> getTranslation("inventory.state." + t.state()));
        grid.addColumn(getTranslation("inventory.transfers.backorder"), t -> t.backorderOf() == null ? ""
                : getTranslation("inventory.transfers.isBackorder"));
        grid.addColumn(getTranslation("inventory.transfers.lines"), t -> format.number(t.lines())).setTextAlign(ColumnTextAlign.END);
        grid.addColumn(getTranslation("inventory.transfers.quantity"), t -> format.number(t.quantity())).setTextAlign(ColumnTextAlign.END);
        grid.getGrid().setEmptyStateText(getTranslation("inventory.transfers.empty"));
        grid.getGrid().addItemClickListener(e -> UI.getCurrent().navigate(InventoryUi.TRANSFER_ROUTE + "/" + e.getItem().id()));
        grid.getGrid().setId("inventory-transfers-grid");
        add(grid);
        setSizeFull();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("inventory.transfers.title");
    }
}
