package io.tessera.plugins.purchasing.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import io.tessera.plugins.purchasing.order.OrderSummary;
import io.tessera.ui.kit.format.TenantFormat;
import java.util.List;

/** The purchasing card on a party's 360 page: the supplier's open orders with what is to receive and to bill. */
class SupplierPanel extends VerticalLayout {

    SupplierPanel(List<OrderSummary> open) {
        setPadding(false);
        if (open.isEmpty()) {
            Span none = new Span(getTranslation("purchasing.panel.none"));
            none.setId("purchasing-panel-none");
            add(none);
            return;
        }
        TenantFormat format = TenantFormat.current();
        Grid<OrderSummary> grid = new Grid<>();
        grid.addColumn(OrderSummary::number).setHeader(getTranslation("purchasing.orders.number")).setAutoWidth(true);
        grid.addColumn(o -> getTranslation("purchasing.status." + o.status())).setHeader(getTranslation("purchasing.orders.status"));
        grid.addColumn(o -> format.money(o.total(), o.currency())).setHeader(getTranslation("purchasing.orders.total"))
                .setTextAlign(ColumnTextAlign.END);
        grid.addColumn(o -> format.number(o.toReceive())).setHeader(getTranslation("purchasing.orders.toReceive"))
                .setTextAlign(ColumnTextAlign.END);
        grid.addColumn(o -> format.number(o.toBill())).setHeader(getTranslation("purchasing.orders.toBill"))
                .setTextAlign(ColumnTextAlign.END);
        grid.setItems(open);
        grid.setAllRowsVisible(true);
        grid.setId("purchasing-panel-orders");
        grid.addItemClickListener(e -> UI.getCurrent().navigate(PurchasingUi.ORDER_ROUTE + "/" + e.getItem().id()));
        add(grid);
    }
}
