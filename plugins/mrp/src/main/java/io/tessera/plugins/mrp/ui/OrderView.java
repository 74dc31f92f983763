package io.tessera.plugins.mrp.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import io.tessera.plugins.mrp.common.Catalog;
import io.tessera.plugins.mrp.production.ManufacturingOrder;
import io.tessera.plugins.mrp.production.ManufacturingOrders;
import io.tessera.plugins.mrp.production.ProduceRequest;
import io.tessera.plugins.mrp.production.Produced;
import io.tessera.sdk.persistence.TenantJdbc;
import io.tessera.sdk.web.ApiProblem;
import io.tessera.ui.kit.format.TenantFormat;
import io.tessera.ui.kit.notify.Notifications;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

/** One manufacturing order: its figures and components, and Confirm, Produce and Cancel as its state allows. */
public class OrderView extends VerticalLayout implements HasUrlParameter<String>, HasDynamicTitle {

    private final ManufacturingOrders orders;
    private final TenantJdbc db;
    private final Catalog catalog;
    private String title = "";

    /**
     * The view as the shell creates it.
     *
     * @param orders  the orders
     * @param db      database access
     * @param catalog product names
     */
    public OrderView(ManufacturingOrders orders, TenantJdbc db, Catalog catalog) {
        this.orders = orders;
        this.db = db;
        this.catalog = catalog;
        setMaxWidth("60rem");
    }

    @Override
    public void setParameter(BeforeEvent event, String parameter) {
        UUID id;
        try {
            id = UUID.fromString(parameter);
        } catch (IllegalArgumentException e) {
            showMissing();
            return;
        }
        try {
            show(orders.find(id));
        } catch (ApiProblem e) {
            if (e.status() != 404) {
                throw e;
            }
            showMissing();
        }
    }

    private void showMissing() {
        removeAll();
        title = getTranslation("mrp.order.title");
        add(new H2(title), new Paragraph(getTranslation("mrp.order.missing")));
    }

    private void show(ManufacturingOrder order) {
        removeAll();
        List<UUID> ids = new ArrayList<>();
        ids.add(order.productId());
        order.lines().forEach(l -> ids.add(l.productId()));
        Names names = Names.of(db, catalog, ids);
        TenantFormat format = TenantFormat.current();
        title = getTranslation("mrp.order.title") + " · " + names.product(order.productId());
        Span state = new Span(getTranslation("mrp.state." + order.state()));
        state.setId("mrp-order-state");
        state.getElement().getThemeList().add("badge");
        add(new H2(title), state);
        add(new Paragraph(getTranslation("mrp.order.figures", format.number(order.quantity()) + " " + names.unit(order.productId()),
                format.number(order.producedQuantity()), order.due() == null ? "—" : format.date(order.due()),
                format.money(order.materialCost().add(order.operationCost())))));
        Grid<ManufacturingOrder.Line> lines = new Grid<>();
        lines.addColumn(l -> names.product(l.productId())).setHeader(getTranslation("mrp.orders.product")).setFlexGrow(2);
        lines.addColumn(l -> format.number(l.quantity()) + " " + names.unit(l.productId()))
                .setHeader(getTranslation("mrp.order.required")).setTextAlign(ColumnTextAlign.END);
        lines.addColumn(l -> format.number(l.consumed())).setHeader(getTranslation("mrp.order.consumed"))
                .setTextAlign(ColumnTextAlign.END);
        lines.setItems(order.lines());
        lines.setAllRowsVisible(true);
        lines.setId("mrp-order-lines");
        add(lines);

        HorizontalLayout actions = new HorizontalLayout();
        actions.setAlignItems(FlexComponent.Alignment.BASELINE);
        actions.setWrap(true);
        if (order.state().equals("draft")) {
            actions.add(button("mrp-order-confirm", "mrp.order.confirm", () -> orders.confirm(order.id())));
        }
        if (order.state().equals("confirmed") || order.state().equals("in_progress")) {
            BigDecimalField quantity = new BigDecimalField(getTranslation("mrp.order.produceQuantity"));
            quantity.setValue(order.quantity().subtract(order.producedQuantity()));
            quantity.setId("mrp-order-produce-quantity");
            Button produce = new Button(getTranslation("mrp.order.produce"), e -> run(() -> {
                Produced done = orders.produce(order.id(), new ProduceRequest(quantity.getValue(), null));
                Notifications.success(done.backorderId() == null ? getTranslation("mrp.order.produced")
                        : getTranslation("mrp.order.backorder"));
                return orders.find(order.id());
            }));
            produce.addThemeVariants(ButtonVariant.PRIMARY);
            produce.setId("mrp-order-produce");
            actions.add(quantity, produce);
        }
        if (!order.state().equals("done") && !order.state().equals("cancelled")) {
            Button cancel = button("mrp-order-cancel", "mrp.order.cancel", () -> orders.cancel(order.id()));
            cancel.removeThemeVariants(ButtonVariant.PRIMARY);
            cancel.addThemeVariants(ButtonVariant.ERROR);
            actions.add(cancel);
        }
        if (order.backorderOf() != null) {
            Button original = new Button(getTranslation("mrp.order.backorderOf"),
                    e -> getUI().ifPresent(ui -> ui.navigate(MrpUi.ORDER_ROUTE + "/" + order.backorderOf())));
            original.setId("mrp-order-original");
            actions.add(original);
        }
        for (UUID backorder : orders.backorders(order.id())) {
            Button link = new Button(getTranslation("mrp.order.openBackorder"),
                    e -> getUI().ifPresent(ui -> ui.navigate(MrpUi.ORDER_ROUTE + "/" + backorder)));
            link.setId("mrp-order-backorder");
            actions.add(link);
        }
        add(actions);
    }

    private Button button(String id, String key, Supplier<ManufacturingOrder> action) {
        Button button = new Button(getTranslation(key), e -> run(action));
        button.addThemeVariants(ButtonVariant.PRIMARY);
        button.setId(id);
        return button;
    }

    private void run(Supplier<ManufacturingOrder> action) {
        try {
            show(action.get());
        } catch (ApiProblem e) {
            Notifications.error(e);
        }
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
