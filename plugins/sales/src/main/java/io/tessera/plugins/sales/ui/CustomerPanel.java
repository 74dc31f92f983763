package io.tessera.plugins.sales.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.QueryParameters;
import io.tessera.plugins.sales.order.CustomerOverview;
import io.tessera.plugins.sales.order.OrderSummary;
import io.tessera.ui.kit.format.TenantFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The sales card on a party's 360 page: per currency the open quotations and orders with what is left to deliver and
 * to invoice, the credit used against the limit, the latest orders (a click opens one) and "New quotation".
 */
class CustomerPanel extends VerticalLayout {

    CustomerPanel(UUID partyId, CustomerOverview.Overview overview, List<OrderSummary> latest, boolean canWrite) {
        setPadding(false);
        setSpacing(false);
        setId("sales-panel");
        TenantFormat format = TenantFormat.current();
        if (overview.figures().isEmpty()) {
            Span none = new Span(getTranslation("sales.panel.none"));
            none.setId("sales-panel-none");
            add(none);
        }
        for (CustomerOverview.Figures f : overview.figures()) {
            Span open = new Span(getTranslation("sales.panel.open", format.number(f.openQuotations()),
                    format.money(f.quoted(), f.currency()), format.number(f.openOrders())));
            open.addClassName("sales-panel-open");
            Span left = new Span(getTranslation("sales.panel.left", format.money(f.toDeliver(), f.currency()),
                    format.money(f.toInvoice(), f.currency())));
            left.addClassName("sales-panel-left");
            add(open, left);
        }
        overview.credit().ifPresent(c -> {
            Span credit = new Span(getTranslation("sales.panel.credit", format.money(c.used(), c.currency()),
                    format.money(c.limit(), c.currency())));
            credit.setId("sales-panel-credit");
            add(credit);
        });
        if (!latest.isEmpty()) {
            Span caption = new Span(getTranslation("sales.panel.latest"));
            caption.getStyle().set("font-weight", "600").set("margin-top", "0.5em");
            add(caption);
            Grid<OrderSummary> grid = new Grid<>();
            grid.addColumn(OrderSummary::number).setHeader(getTranslation("sales.orders.number")).setAutoWidth(true);
            grid.addColumn(o -> getTranslation("sales.status." + o.status())).setHeader(getTranslation("sales.orders.status"))
                    .setAutoWidth(true);
            grid.addColumn(o -> format.money(o.total(), o.currency())).setHeader(getTranslation("sales.orders.total"))
                    .setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
            grid.addThemeVariants(GridVariant.LUMO_COMPACT);
            grid.setItems(latest);
            grid.setAllRowsVisible(true);
            grid.setId("sales-panel-orders");
            grid.addItemClickListener(e -> UI.getCurrent().navigate(SalesUi.ORDER_ROUTE + "/" + e.getItem().id()));
            add(grid);
        }
        Button quote = new Button(getTranslation("sales.panel.newQuotation"), e -> UI.getCurrent().navigate(
                SalesUi.QUOTATION_ROUTE + "/new", QueryParameters.simple(Map.of("party", partyId.toString()))));
        quote.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        quote.setVisible(canWrite);
        quote.setId("sales-panel-new-quotation");
        add(quote);
    }
}
