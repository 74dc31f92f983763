package io.tessera.plugins.sales.ui;

import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import io.tessera.plugins.sales.order.OrderSummary;
import io.tessera.ui.kit.format.TenantFormat;
import java.util.List;
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
            add(PanelParts.compact(grid, quotations, "sales-opportunity-quotations",
                    q -> SalesUi.QUOTATION_ROUTE + "/" + q.id()));
        }
        if (!orders.isEmpty()) {
            add(PanelParts.orders(this, format, orders, "sales-opportunity-orders"));
        }
        add(PanelParts.newQuotation(this, "opportunity", opportunityId, canWrite, "sales-opportunity-new-quotation"));
    }
}
