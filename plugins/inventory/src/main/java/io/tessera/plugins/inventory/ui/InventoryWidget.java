package io.tessera.plugins.inventory.ui;

import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import io.tessera.plugins.inventory.stock.ProductStock;
import io.tessera.plugins.inventory.valuation.StockValue;
import io.tessera.ui.kit.format.TenantFormat;
import java.math.BigDecimal;
import java.math.RoundingMode;

/** The inventory dashboard card: the value of the stock and how many products are in stock. */
class InventoryWidget extends VerticalLayout {

    InventoryWidget(StockValue value, ProductStock stock) {
        TenantFormat format = TenantFormat.current();
        BigDecimal total = value.total();
        long products = stock.productsInStock();
        Span valueLine = new Span(getTranslation("inventory.widget.value", format.number(total, 2)));
        valueLine.setId("inventory-widget-value");
        valueLine.getElement().setAttribute("data-value", total.setScale(2, RoundingMode.HALF_UP).toPlainString());
        Span productsLine = new Span(getTranslation("inventory.widget.products", format.number(products)));
        productsLine.setId("inventory-widget-products");
        productsLine.getElement().setAttribute("data-products", String.valueOf(products));
        setPadding(false);
        add(valueLine, productsLine);
    }
}
