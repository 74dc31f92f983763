package io.tessera.plugins.sales.ui;

import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import io.tessera.plugins.sales.order.CustomerOverview;
import io.tessera.ui.kit.format.TenantFormat;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

/** A customer's late orders: number, promised date, days late and what is left to deliver; a row opens the order. */
final class LateDeliveries extends VerticalLayout {

    LateDeliveries(List<CustomerOverview.LateOrder> late, LocalDate today) {
        setPadding(false);
        setSpacing(false);
        TenantFormat format = TenantFormat.current();
        Span caption = new Span(getTranslation("sales.panel.late", format.number(late.size())));
        caption.getStyle().set("font-weight", "600").set("margin-top", "0.5em").set("color", "var(--lumo-error-text-color)");
        caption.setId("sales-panel-late-caption");
        Grid<CustomerOverview.LateOrder> grid = new Grid<>();
        grid.addColumn(CustomerOverview.LateOrder::number).setHeader(getTranslation("sales.orders.number")).setAutoWidth(true);
        grid.addColumn(l -> format.date(l.promisedDate())).setHeader(getTranslation("sales.orders.promised"))
                .setAutoWidth(true);
        grid.addColumn(l -> getTranslation("sales.panel.daysLate",
                        format.number(ChronoUnit.DAYS.between(l.promisedDate(), today))))
                .setHeader(getTranslation("sales.orders.late")).setAutoWidth(true);
        grid.addColumn(l -> format.money(l.toDeliver(), l.currency())).setHeader(getTranslation("sales.panel.toDeliver"))
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        add(caption, PanelParts.compact(grid, late, "sales-panel-late", l -> SalesUi.ORDER_ROUTE + "/" + l.orderId()));
    }
}
