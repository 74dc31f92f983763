package io.tessera.plugins.inventory.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import io.tessera.plugins.inventory.api.Replenishment;
import io.tessera.plugins.inventory.api.ReplenishmentSuggestion;
import io.tessera.plugins.inventory.stock.ProductStock;
import io.tessera.plugins.inventory.valuation.StockValue;
import io.tessera.ui.kit.format.TenantFormat;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;

/**
 * The inventory dashboard card: the value of the stock in the tenant's base currency, how many products are in stock,
 * and how many are below their reorder rule's minimum (a link to the suggestions).
 */
class InventoryWidget extends VerticalLayout {

    InventoryWidget(StockValue value, ProductStock stock, Replenishment replenishment) {
        TenantFormat format = TenantFormat.current();
        BigDecimal total = value.total();
        long products = stock.productsInStock();
        long below = replenishment.suggestions(null).stream().map(ReplenishmentSuggestion::productId).distinct().count();
        Span valueLine = new Span(getTranslation("inventory.widget.value", format.money(total)));
        valueLine.setId("inventory-widget-value");
        int digits = format.baseCurrency().map(Currency::getDefaultFractionDigits).filter(d -> d >= 0).orElse(2);
        valueLine.getElement().setAttribute("data-value", total.setScale(digits, RoundingMode.HALF_UP).toPlainString());
        format.baseCurrency().ifPresent(c -> valueLine.getElement().setAttribute("data-currency", c.getCurrencyCode()));
        Span productsLine = new Span(getTranslation("inventory.widget.products", format.number(products)));
        productsLine.setId("inventory-widget-products");
        productsLine.getElement().setAttribute("data-products", String.valueOf(products));
        Anchor belowLine = new Anchor("inventory/reorder-rules", getTranslation("inventory.widget.below", format.number(below)));
        belowLine.setId("inventory-widget-below");
        belowLine.getElement().setAttribute("data-below", String.valueOf(below));
        setPadding(false);
        add(valueLine, productsLine, belowLine);
    }
}
