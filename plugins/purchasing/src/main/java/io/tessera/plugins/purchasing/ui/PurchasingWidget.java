package io.tessera.plugins.purchasing.ui;

import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import io.tessera.plugins.purchasing.order.OrderStore;
import io.tessera.ui.kit.format.TenantFormat;

/** The purchasing dashboard card: confirmed orders still waiting for goods, and bills held by the three-way match. */
class PurchasingWidget extends VerticalLayout {

    PurchasingWidget(OrderStore.Figures figures) {
        TenantFormat format = TenantFormat.current();
        Span receive = new Span(getTranslation("purchasing.widget.toReceive", format.number(figures.ordersToReceive())));
        receive.setId("purchasing-widget-receive");
        receive.getElement().setAttribute("data-value", String.valueOf(figures.ordersToReceive()));
        Span held = new Span(getTranslation("purchasing.widget.held", format.number(figures.billsHeld())));
        held.setId("purchasing-widget-held");
        held.getElement().setAttribute("data-value", String.valueOf(figures.billsHeld()));
        setPadding(false);
        add(receive, held);
    }
}
