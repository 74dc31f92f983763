package io.tessera.plugins.sales.ui;

import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import io.tessera.plugins.sales.order.CustomerOverview;
import io.tessera.plugins.sales.order.OrderSummary;
import io.tessera.ui.kit.format.TenantFormat;
import java.util.List;
import java.util.UUID;

/**
 * The sales card on a party's 360 page: per currency the open quotations and orders with what is left to deliver and
 * to invoice, the late deliveries (a click opens the order), the credit used against the limit (editable with
 * {@code sales.manage}), the latest orders (a click opens one) and "New quotation".
 */
class CustomerPanel extends VerticalLayout {

    CustomerPanel(UUID partyId, CustomerOverview overview, List<OrderSummary> latest, boolean canWrite, boolean canManage) {
        setPadding(false);
        setSpacing(false);
        setId("sales-panel");
        TenantFormat format = TenantFormat.current();
        CustomerOverview.Overview figures = overview.of(partyId);
        if (figures.figures().isEmpty()) {
            Span none = new Span(getTranslation("sales.panel.none"));
            none.setId("sales-panel-none");
            add(none);
        }
        for (CustomerOverview.Figures f : figures.figures()) {
            Span open = new Span(getTranslation("sales.panel.open", format.number(f.openQuotations()),
                    format.money(f.quoted(), f.currency()), format.number(f.openOrders())));
            open.addClassName("sales-panel-open");
            Span left = new Span(getTranslation("sales.panel.left", format.money(f.toDeliver(), f.currency()),
                    format.money(f.toInvoice(), f.currency())));
            left.addClassName("sales-panel-left");
            add(open, left);
        }
        if (!figures.late().isEmpty()) {
            add(new LateDeliveries(figures.late(), format.today()));
        }
        figures.credit().ifPresent(c -> {
            Span credit = new Span(getTranslation("sales.panel.credit", format.money(c.used(), c.currency()),
                    format.money(c.limit(), c.currency())));
            credit.setId("sales-panel-credit");
            add(credit);
        });
        if (canManage) {
            add(new CreditLimitEditor(partyId, overview, figures.credit()));
        }
        if (!latest.isEmpty()) {
            Span caption = new Span(getTranslation("sales.panel.latest"));
            caption.getStyle().set("font-weight", "600").set("margin-top", "0.5em");
            add(caption);
            add(PanelParts.orders(this, format, latest, "sales-panel-orders"));
        }
        add(PanelParts.newQuotation(this, "party", partyId, canWrite, "sales-panel-new-quotation"));
    }
}
