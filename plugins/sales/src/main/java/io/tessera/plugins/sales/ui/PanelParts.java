package io.tessera.plugins.sales.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.router.QueryParameters;
import io.tessera.plugins.sales.order.OrderSummary;
import io.tessera.ui.kit.format.TenantFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

/** What the sales panels on other modules' pages share: compact grids whose rows open their page, "New quotation". */
final class PanelParts {

    private PanelParts() {
    }

    /** Orders by number, status and total; a row opens the order. */
    static Grid<OrderSummary> orders(Component view, TenantFormat format, List<OrderSummary> orders, String id) {
        Grid<OrderSummary> grid = new Grid<>();
        grid.addColumn(OrderSummary::number).setHeader(view.getTranslation("sales.orders.number")).setAutoWidth(true);
        grid.addColumn(o -> view.getTranslation("sales.status." + o.status()))
                .setHeader(view.getTranslation("sales.orders.status")).setAutoWidth(true);
        grid.addColumn(o -> format.money(o.total(), o.currency())).setHeader(view.getTranslation("sales.orders.total"))
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        return compact(grid, orders, id, o -> SalesUi.ORDER_ROUTE + "/" + o.id());
    }

    /** Makes a grid compact, shows every row, and opens a row's page on a click. */
    static <T> Grid<T> compact(Grid<T> grid, List<T> rows, String id, Function<T, String> route) {
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        grid.setItems(rows);
        grid.setAllRowsVisible(true);
        grid.setId(id);
        grid.addItemClickListener(e -> UI.getCurrent().navigate(route.apply(e.getItem())));
        return grid;
    }

    /** "New quotation" for a party or an opportunity ({@code from} names the query parameter), shown to writers only. */
    static Button newQuotation(Component view, String from, UUID id, boolean canWrite, String buttonId) {
        Button quote = new Button(view.getTranslation("sales.panel.newQuotation"), e -> UI.getCurrent().navigate(
                SalesUi.QUOTATION_ROUTE + "/new", QueryParameters.simple(Map.of(from, id.toString()))));
        quote.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        quote.setVisible(canWrite);
        quote.setId(buttonId);
        return quote;
    }
}
