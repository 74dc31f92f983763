package io.tessera.plugins.sales.ui;

import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import io.tessera.ui.kit.format.TenantFormat;
import java.util.List;

/** The sales dashboard card: per currency, orders this month (count and total), what is left to deliver and to invoice. */
class SalesWidget extends VerticalLayout {

    SalesWidget(List<SalesReads.CurrencyFigures> figures) {
        setPadding(false);
        setId("sales-widget");
        if (figures.isEmpty()) {
            Span none = new Span(getTranslation("sales.widget.none"));
            none.setId("sales-widget-none");
            add(none);
            return;
        }
        TenantFormat format = TenantFormat.current();
        Grid<SalesReads.CurrencyFigures> grid = new Grid<>();
        grid.addColumn(f -> getTranslation("sales.widget.month", format.number(f.ordersThisMonth()),
                        format.money(f.monthTotal(), f.currency())))
                .setHeader(getTranslation("sales.widget.thisMonth")).setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        grid.addColumn(f -> format.money(f.toDeliver(), f.currency())).setHeader(getTranslation("sales.widget.toDeliver"))
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        grid.addColumn(f -> format.money(f.toInvoice(), f.currency())).setHeader(getTranslation("sales.widget.toInvoice"))
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_NO_BORDER);
        grid.setItems(figures);
        grid.setAllRowsVisible(true);
        grid.setId("sales-widget-figures");
        add(grid);
    }
}
