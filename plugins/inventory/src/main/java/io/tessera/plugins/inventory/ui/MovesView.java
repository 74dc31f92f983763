package io.tessera.plugins.inventory.ui;

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
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** The moves history, newest first, paged lazily. */
public class MovesView extends VerticalLayout implements HasDynamicTitle {

    /** A move with its names. */
    record Row(StockQueries.Move move, String product, String unit, String from, String to) {
    }

    /**
     * The view as the shell creates it.
     *
     * @param queries    the stock lists
     * @param db         database access
     * @param catalog    product names
     * @param warehouses location names
     */
    public MovesView(StockQueries queries, TenantJdbc db, Catalog catalog, Warehouses warehouses) {
        add(new H2(getTranslation("inventory.moves.title")));
        EntityGrid<Row> grid = new EntityGrid<>(new EntitySource<>() {
            @Override
            public List<Row> fetch(EntityQuery query) {
                List<StockQueries.Move> page = queries.moves(query.offset(), query.limit());
                Set<UUID> locations = new HashSet<>();
                page.forEach(m -> {
                    locations.add(m.fromId());
                    locations.add(m.toId());
                });
                Names names = Names.of(db, catalog, warehouses, page.stream().map(StockQueries.Move::productId).distinct().toList(),
                        locations);
                return page.stream().map(m -> new Row(m, names.product(m.productId()), names.unit(m.productId()),
                        names.location(m.fromId()), names.location(m.toId()))).toList();
            }

            @Override
            public long count(String filter) {
                return queries.countMoves();
            }
        });
        grid.getSearchField().setVisible(false);
        TenantFormat format = TenantFormat.current();
        grid.addColumn(getTranslation("inventory.moves.date"), r -> format.date(r.move().date()));
        grid.addColumn(getTranslation("inventory.stock.product"), Row::product);
        grid.addColumn(getTranslation("inventory.moves.from"), Row::from);
        grid.addColumn(getTranslation("inventory.moves.to"), Row::to);
        grid.addColumn(getTranslation("inventory.stock.lot"), r -> r.move().lot() == null ? "" : r.move().lot());
        grid.addColumn(getTranslation("inventory.moves.quantity"), r -> format.number(r.move().quantity()) + " " + r.unit())
                .setTextAlign(ColumnTextAlign.END);
        grid.addColumn(getTranslation("inventory.moves.state"), r -> getTranslation("inventory.state." + r.move().state()));
        grid.getGrid().setEmptyStateText(getTranslation("inventory.moves.empty"));
        grid.getGrid().setId("inventory-moves-grid");
        add(grid);
        setSizeFull();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("inventory.moves.title");
    }
}
