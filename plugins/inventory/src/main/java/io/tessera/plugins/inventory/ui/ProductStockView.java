package io.tessera.plugins.inventory.ui;

import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.function.ValueProvider;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import io.tessera.plugins.inventory.common.Catalog;
import io.tessera.plugins.inventory.stock.ProductStock;
import io.tessera.plugins.inventory.stock.StockFigures;
import io.tessera.plugins.inventory.warehouse.Warehouses;
import io.tessera.sdk.persistence.TenantJdbc;
import io.tessera.ui.kit.format.TenantFormat;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/**
 * The stock panel of one product: per warehouse location, what is on hand, reserved, available, and expected in
 * and out by open moves. Opened from a row of the stock-on-hand list.
 */
public class ProductStockView extends VerticalLayout implements HasUrlParameter<String>, HasDynamicTitle {

    private final ProductStock stock;
    private final TenantJdbc db;
    private final Catalog catalog;
    private final Warehouses warehouses;
    private String title = "";

    /**
     * The view as the shell creates it.
     *
     * @param stock      the product's figures per location
     * @param db         database access
     * @param catalog    product names
     * @param warehouses location names
     */
    public ProductStockView(ProductStock stock, TenantJdbc db, Catalog catalog, Warehouses warehouses) {
        this.stock = stock;
        this.db = db;
        this.catalog = catalog;
        this.warehouses = warehouses;
        setWidthFull();
    }

    @Override
    public void setParameter(BeforeEvent event, String parameter) {
        removeAll();
        UUID productId;
        try {
            productId = UUID.fromString(parameter);
        } catch (IllegalArgumentException e) {
            showMissing();
            return;
        }
        List<ProductStock.AtLocation> rows = stock.byLocation(productId);
        Names names = Names.of(db, catalog, warehouses, List.of(productId),
                rows.stream().map(ProductStock.AtLocation::locationId).toList());
        String product = names.product(productId);
        if (product.isEmpty()) {
            showMissing();
            return;
        }
        title = getTranslation("inventory.product.title", product);
        H2 heading = new H2(title);
        heading.setId("inventory-product-title");
        add(heading);
        TenantFormat format = TenantFormat.current();
        String unit = names.unit(productId);
        Grid<ProductStock.AtLocation> grid = new Grid<>();
        grid.addColumn(r -> names.location(r.locationId())).setHeader(getTranslation("inventory.stock.location")).setAutoWidth(true);
        quantity(grid, "inventory.stock.onHand", f -> format.number(f.onHand()) + " " + unit);
        quantity(grid, "inventory.stock.reserved", f -> format.number(f.reserved()));
        quantity(grid, "inventory.stock.available", f -> format.number(f.available()));
        quantity(grid, "inventory.product.incoming", f -> format.number(f.incoming()));
        quantity(grid, "inventory.product.outgoing", f -> format.number(f.outgoing()));
        grid.setItems(rows);
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText(getTranslation("inventory.product.empty"));
        grid.setId("inventory-product-stock");
        add(grid);
        if (!rows.isEmpty()) {
            StockFigures total = total(rows);
            Paragraph summary = new Paragraph(getTranslation("inventory.product.total", format.number(total.onHand()),
                    format.number(total.available()), format.number(total.incoming()), format.number(total.outgoing()), unit));
            summary.setId("inventory-product-total");
            add(summary);
        }
    }

    private void quantity(Grid<ProductStock.AtLocation> grid, String header, ValueProvider<StockFigures, String> value) {
        grid.addColumn(r -> value.apply(r.figures())).setHeader(getTranslation(header)).setTextAlign(ColumnTextAlign.END);
    }

    private static StockFigures total(List<ProductStock.AtLocation> rows) {
        BigDecimal onHand = BigDecimal.ZERO;
        BigDecimal reserved = BigDecimal.ZERO;
        BigDecimal incoming = BigDecimal.ZERO;
        BigDecimal outgoing = BigDecimal.ZERO;
        for (ProductStock.AtLocation r : rows) {
            onHand = onHand.add(r.figures().onHand());
            reserved = reserved.add(r.figures().reserved());
            incoming = incoming.add(r.figures().incoming());
            outgoing = outgoing.add(r.figures().outgoing());
        }
        return new StockFigures(onHand, reserved, onHand.subtract(reserved), incoming, outgoing);
    }

    private void showMissing() {
        title = getTranslation("inventory.nav.product");
        add(new H2(title), new Paragraph(getTranslation("inventory.product.missing")));
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
