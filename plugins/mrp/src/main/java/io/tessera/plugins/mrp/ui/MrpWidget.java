package io.tessera.plugins.mrp.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import io.tessera.plugins.mrp.common.Catalog;
import io.tessera.sdk.persistence.TenantJdbc;
import io.tessera.plugins.mrp.production.ManufacturingOrders;
import io.tessera.plugins.mrp.production.OrderFigures;
import io.tessera.ui.kit.format.TenantFormat;

/**
 * The MRP dashboard card: how many open manufacturing orders are late (a link to the orders) and the components the
 * open orders need more of than is on hand, most short first.
 */
class MrpWidget extends VerticalLayout {

    MrpWidget(ManufacturingOrders orders, TenantJdbc db, Catalog catalog) {
        TenantFormat format = TenantFormat.current();
        OrderFigures figures = orders.figures();
        Anchor late = new Anchor(MrpUi.ORDERS_ROUTE, figures.late() == 1 ? getTranslation("mrp.widget.lateOne")
                : getTranslation("mrp.widget.late", format.number(figures.late())));
        late.setId("mrp-widget-late");
        late.getElement().setAttribute("data-late", String.valueOf(figures.late()));
        setPadding(false);
        setSpacing(false);
        add(late);
        if (figures.shortages().isEmpty()) {
            Span none = new Span(getTranslation("mrp.widget.noShortage"));
            none.setId("mrp-widget-no-shortage");
            add(none);
            return;
        }
        Names names = Names.of(db, catalog, figures.shortages().stream().map(OrderFigures.Shortage::productId).toList());
        for (OrderFigures.Shortage s : figures.shortages()) {
            Span line = new Span(getTranslation("mrp.widget.short", names.product(s.productId()),
                    format.number(s.missing()) + " " + names.unit(s.productId()), format.number(s.needed()),
                    format.number(s.onHand())));
            line.addClassName("mrp-widget-shortage");
            add(line);
        }
    }
}
