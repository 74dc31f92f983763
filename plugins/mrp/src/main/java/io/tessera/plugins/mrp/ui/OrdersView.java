package io.tessera.plugins.mrp.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import io.tessera.plugins.mrp.bom.Boms;
import io.tessera.plugins.mrp.common.Catalog;
import io.tessera.plugins.mrp.production.ManufacturingOrder;
import io.tessera.plugins.mrp.production.ManufacturingOrders;
import io.tessera.sdk.persistence.TenantJdbc;
import io.tessera.ui.kit.format.TenantFormat;
import java.util.List;

/** Manufacturing orders, newest first (the latest 500); a row opens the order. */
public class OrdersView extends VerticalLayout implements HasDynamicTitle {

    /** An order with its product's name. */
    record Row(ManufacturingOrder order, String product, String unit) {
    }

    /**
     * The view as the shell creates it.
     *
     * @param orders  the orders
     * @param boms    the BOMs, for the new-order form
     * @param db      database access
     * @param catalog product names
     */
    public OrdersView(ManufacturingOrders orders, Boms boms, TenantJdbc db, Catalog catalog) {
        Button create = new Button(getTranslation("mrp.orders.new"), e -> new OrderForm(orders, boms, db, catalog,
                order -> getUI().ifPresent(ui -> ui.navigate(MrpUi.ORDER_ROUTE + "/" + order.id()))).open());
        create.addThemeVariants(ButtonVariant.PRIMARY);
        create.setId("mrp-orders-new");
        HorizontalLayout head = new HorizontalLayout(new H2(getTranslation("mrp.orders.title")), create);
        head.setAlignItems(FlexComponent.Alignment.BASELINE);
        head.setWrap(true);
        add(head);
        List<ManufacturingOrder> list = orders.list(null, null, 500);
        Names names = Names.of(db, catalog, list.stream().map(ManufacturingOrder::productId).distinct().toList());
        TenantFormat format = TenantFormat.current();
        Grid<Row> grid = new Grid<>();
        grid.addColumn(Row::product).setHeader(getTranslation("mrp.orders.product")).setFlexGrow(2);
        grid.addColumn(r -> format.number(r.order().quantity()) + " " + r.unit())
                .setHeader(getTranslation("mrp.orders.quantity")).setTextAlign(ColumnTextAlign.END);
        grid.addColumn(r -> format.number(r.order().producedQuantity()))
                .setHeader(getTranslation("mrp.orders.produced")).setTextAlign(ColumnTextAlign.END);
        grid.addColumn(r -> r.order().due() == null ? "" : format.date(r.order().due()))
                .setHeader(getTranslation("mrp.orders.due"));
        grid.addColumn(r -> getTranslation("mrp.state." + r.order().state())).setHeader(getTranslation("mrp.orders.state"));
        grid.setItems(list.stream().map(o -> new Row(o, names.product(o.productId()), names.unit(o.productId()))).toList());
        grid.setEmptyStateText(getTranslation("mrp.orders.empty"));
        grid.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate(MrpUi.ORDER_ROUTE + "/" + e.getItem().order().id())));
        grid.setId("mrp-orders-grid");
        add(grid);
        setSizeFull();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("mrp.orders.title");
    }
}
