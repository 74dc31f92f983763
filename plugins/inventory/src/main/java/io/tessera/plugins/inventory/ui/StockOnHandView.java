package io.tessera.plugins.inventory.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import io.tessera.plugins.inventory.common.Catalog;
import io.tessera.plugins.inventory.stock.StockQueries;
import io.tessera.plugins.inventory.warehouse.Warehouses;
import io.tessera.sdk.persistence.TenantJdbc;
import io.tessera.ui.kit.format.TenantFormat;
import io.tessera.ui.kit.grid.EntityGrid;
import io.tessera.ui.kit.grid.EntityQuery;
import io.tessera.ui.kit.grid.EntitySource;
import java.util.List;

/**
 * Stock on hand by product, location and lot, with what is reserved and available, paged lazily; a click on a row
 * opens the product's stock panel.
 */
public class StockOnHandView extends VerticalLayout implements HasDynamicTitle {

    /** A balance with its product's and location's names. */
    record Row(StockQueries.Balance balance, String product, String unit, String location) {
    }

    /**
     * The view as the shell creates it.
     *
     * @param queries    the stock lists
     * @param db         database access
     * @param catalog    product names
     * @param warehouses location names
     */
    public StockOnHandView(StockQueries queries, TenantJdbc db, Catalog catalog, Warehouses warehouses) {
        add(new H2(getTranslation("inventory.stock.title")));
        EntityGrid<Row> grid = new EntityGrid<>(new EntitySource<>() {
            @Override
            public List<Row> fetch(EntityQuery query) {
                List<StockQueries.Balance> page = queries.balances(query.offset(), query.limit());
                Names names = Names.of(db, catalog, warehouses, page.stream().map(StockQueries.Balance::productId).distinct().toList(),
                        page.stream().map(StockQueries.Balance::locationId).distinct().toList());
                return page.stream().map(b -> new Row(b, names.product(b.productId()), names.unit(b.productId()),
                        names.location(b.locationId()))).toList();
            }

            @Override
            public long count(String filter) {
                return queries.countBalances();
            }
        });
        grid.getSearchField().setVisible(false);
        TenantFormat format = TenantFormat.current();
        grid.addColumn(getTranslation("inventory.stock.product"), Row::product).setAutoWidth(true);
        grid.addColumn(getTranslation("inventory.stock.location"), Row::location);
        grid.addColumn(getTranslation("inventory.stock.lot"), r -> r.balance().lot() == null ? "" : r.balance().lot());
        grid.addColumn(getTranslation("inventory.stock.expiry"), r -> r.balance().expiry() == null ? "" : format.date(r.balance().expiry()));
        grid.addColumn(getTranslation("inventory.stock.onHand"), r -> format.number(r.balance().onHand()) + " " + r.unit())
                .setTextAlign(ColumnTextAlign.END);
        grid.addColumn(getTranslation("inventory.stock.reserved"), r -> format.number(r.balance().reserved()))
                .setTextAlign(ColumnTextAlign.END);
        grid.addColumn(getTranslation("inventory.stock.available"), r -> format.number(r.balance().available()))
                .setTextAlign(ColumnTextAlign.END);
        grid.getGrid().setEmptyStateText(getTranslation("inventory.stock.empty"));
        grid.getGrid().setId("inventory-stock-grid");
        grid.getGrid().addItemClickListener(e -> UI.getCurrent().navigate(
                InventoryUi.PRODUCT_ROUTE + "/" + e.getItem().balance().productId()));
        add(grid);
        setSizeFull();
    }


    @Override
    public String getPageTitle() {
        return getTranslation("inventory.stock.title");
    }
}
