package io.tessera.plugins.purchasing.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import io.tessera.plugins.purchasing.order.OrderSummary;
import io.tessera.plugins.purchasing.order.Orders;
import io.tessera.sdk.party.Parties;
import io.tessera.ui.kit.format.TenantFormat;
import io.tessera.ui.kit.grid.EntityGrid;
import io.tessera.ui.kit.grid.EntityQuery;
import io.tessera.ui.kit.grid.EntitySource;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Purchase orders and requests for quotation, newest first, filtered by state; a click opens the order. */
public class OrdersView extends VerticalLayout implements HasDynamicTitle {

    private final Select<String> state = new Select<>();
    private final Map<UUID, String> names = new HashMap<>();

    /**
     * The view as the shell creates it.
     *
     * @param orders  the orders
     * @param parties supplier names
     */
    public OrdersView(Orders orders, Parties parties) {
        Button create = new Button(getTranslation("purchasing.orders.new"), e -> UI.getCurrent().navigate(PurchasingUi.NEW_ROUTE));
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.setId("purchasing-orders-new");
        HorizontalLayout bar = new HorizontalLayout(new H2(getTranslation("purchasing.orders.title")), create);
        bar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        bar.setWrap(true);
        add(bar);
        state.setLabel(getTranslation("purchasing.orders.state"));
        state.setItems("DRAFT", "CONFIRMED", "DONE", "CANCELLED");
        state.setEmptySelectionAllowed(true);
        state.setEmptySelectionCaption(getTranslation("purchasing.orders.all"));
        state.setItemLabelGenerator(s -> s == null ? getTranslation("purchasing.orders.all") : getTranslation("purchasing.state." + s));
        state.setId("purchasing-orders-state");
        EntityGrid<OrderSummary> grid = new EntityGrid<>(new EntitySource<>() {
            @Override
            public List<OrderSummary> fetch(EntityQuery query) {
                List<OrderSummary> page = orders.summaries(state.getValue(), null, false, query.offset(), query.limit());
                List<UUID> missing = page.stream().map(OrderSummary::partyId).filter(p -> !names.containsKey(p)).distinct().toList();
                if (!missing.isEmpty()) {
                    parties.findAll(missing).forEach((id, p) -> names.put(id, p.name()));
                }
                return page;
            }

            @Override
            public long count(String filter) {
                return orders.count(state.getValue());
            }
        });
        grid.addFilter(state);
        grid.getSearchField().setVisible(false);
        state.addValueChangeListener(e -> grid.refresh());
        TenantFormat format = TenantFormat.current();
        grid.addColumn(getTranslation("purchasing.orders.number"), OrderSummary::number);
        grid.addColumn(getTranslation("purchasing.orders.supplier"), o -> names.getOrDefault(o.partyId(), ""));
        grid.addColumn(getTranslation("purchasing.orders.date"), o -> format.date(o.date()));
        grid.addColumn(getTranslation("purchasing.orders.status"), o -> getTranslation("purchasing.status." + o.status()));
        grid.addColumn(getTranslation("purchasing.orders.total"), o -> format.money(o.total(), o.currency()))
                .setTextAlign(ColumnTextAlign.END);
        grid.addColumn(getTranslation("purchasing.orders.toReceive"), o -> format.number(o.toReceive()))
                .setTextAlign(ColumnTextAlign.END);
        grid.addColumn(getTranslation("purchasing.orders.toBill"), o -> format.number(o.toBill()))
                .setTextAlign(ColumnTextAlign.END);
        grid.getGrid().setEmptyStateText(getTranslation("purchasing.orders.empty"));
        grid.getGrid().addItemClickListener(e -> UI.getCurrent().navigate(PurchasingUi.ORDER_ROUTE + "/" + e.getItem().id()));
        grid.getGrid().setId("purchasing-orders-grid");
        add(grid);
        setSizeFull();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("purchasing.orders.title");
    }
}
