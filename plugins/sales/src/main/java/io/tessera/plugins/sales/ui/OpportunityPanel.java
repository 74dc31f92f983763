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
import io.tessera.plugins.sales.order.OrderSummary;
import io.tessera.ui.kit.format.TenantFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The sales card on pipeline's opportunity page: the opportunity's quotations (state) and orders (delivery, invoice and
 * payment status), each opening its page, and "New quotation" from the opportunity.
 */
class OpportunityPanel extends VerticalLayout {

    OpportunityPanel(UUID opportunityId, List<SalesReads.QuotationRow> quotations, List<OrderSummary> orders,
                     boolean canWrite) {
        setPadding(false);
        setId("sales-opportunity-panel");
        TenantFormat format = TenantFormat.current();
        if (quotations.isEmpty() && orders.isEmpty()) {
            Span none = new Span(getTranslation("sales.opportunity.none"));
            none.setId("sales-opportunity-none");
            add(none);
        }
        if (!quotations.isEmpty()) {
            Grid<SalesReads.QuotationRow> grid = new Grid<>();
            grid.addColumn(SalesReads.QuotationRow::number).setHeader(getTranslation("sales.quotations.number")).setAutoWidth(true);
            grid.addColumn(q -> getTranslation("sales.state." + q.state())).setHeader(getTranslation("sales.quotations.state"))
                    .setAutoWidth(true);
            grid.addColumn(q -> format.money(q.total(), q.currency())).setHeader(getTranslation("sales.quotations.total"))
                    .setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
            grid.addThemeVariants(GridVariant.LUMO_COMPACT);
            grid.setItems(quotations);
            grid.setAllRowsVisible(true);
            grid.setId("sales-opportunity-quotations");
            grid.addItemClickListener(e -> UI.getCurrent().navigate(SalesUi.QUOTATION_ROUTE + "/" + e.getItem().id()));
            add(grid);
        }
        if (!orders.isEmpty()) {
            Grid<OrderSummary> grid = new Grid<>();
            grid.addColumn(OrderSummary::number).setHeader(getTranslation("sales.orders.number")).setAutoWidth(true);
            grid.addColumn(o -> getTranslation("sales.status." + o.status())).setHeader(getTranslation("sales.orders.status"))
                    .setAutoWidth(true);
            grid.addColumn(o -> format.money(o.total(), o.currency())).setHeader(getTranslation("sales.orders.total"))
                    .setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
            grid.addThemeVariants(GridVariant.LUMO_COMPACT);
            grid.setItems(orders);
            grid.setAllRowsVisible(true);
            grid.setId("sales-opportunity-orders");
            grid.addItemClickListener(e -> UI.getCurrent().navigate(SalesUi.ORDER_ROUTE + "/" + e.getItem().id()));
            add(grid);
        }
        Button quote = new Button(getTranslation("sales.panel.newQuotation"), e -> UI.getCurrent().navigate(
                SalesUi.QUOTATION_ROUTE + "/new", QueryParameters.simple(Map.of("opportunity", opportunityId.toString()))));
        quote.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        quote.setVisible(canWrite);
        quote.setId("sales-opportunity-new-quotation");
        add(quote);
    }
}
