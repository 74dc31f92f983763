package io.tessera.plugins.sales.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import io.tessera.plugins.sales.order.OrderSummary;
import io.tessera.sdk.party.Parties;
import io.tessera.sdk.party.PartySummary;
import io.tessera.ui.kit.format.TenantFormat;
import io.tessera.ui.kit.grid.EntityGrid;
import io.tessera.ui.kit.grid.EntityQuery;
import io.tessera.ui.kit.grid.EntitySource;
import java.util.List;
import java.util.UUID;

/** Sales orders, newest first, filtered by customer, with their status; a click opens the order. */
public class OrdersView extends VerticalLayout implements HasDynamicTitle {

    private final ComboBox<PartySummary> customer = new ComboBox<>();

    /**
     * The view as the shell creates it.
     *
     * @param reads   the order pages
     * @param parties customer names and the customer filter
     */
    public OrdersView(SalesReads reads, Parties parties) {
        PartyNames names = new PartyNames(parties);
        add(new H2(getTranslation("sales.orders.title")));
        customer.setLabel(getTranslation("sales.orders.customer"));
        customer.setItems(q -> parties.search(q.getFilter().orElse(""), q.getOffset(), q.getLimit()).stream());
        customer.setItemLabelGenerator(PartyNames::label);
        customer.setClearButtonVisible(true);
        customer.setId("sales-orders-customer");
        EntityGrid<OrderSummary> grid = new EntityGrid<>(new EntitySource<>() {
            @Override
            public List<OrderSummary> fetch(EntityQuery query) {
                List<OrderSummary> page = reads.orders(partyId(), null, query.offset(), query.limit());
                names.load(page.stream().map(OrderSummary::partyId).toList());
                return page;
            }

            @Override
            public long count(String filter) {
                return reads.countOrders(partyId());
            }
        });
        grid.addFilter(customer);
        grid.getSearchField().setVisible(false);
        customer.addValueChangeListener(e -> grid.refresh());
        TenantFormat format = TenantFormat.current();
        grid.addColumn(getTranslation("sales.orders.number"), OrderSummary::number);
        grid.addColumn(getTranslation("sales.orders.customer"), o -> names.name(o.partyId()));
        grid.addColumn(getTranslation("sales.orders.date"), o -> format.date(o.date()));
        grid.addColumn(getTranslation("sales.orders.promised"), o -> o.promisedDate() == null ? ""
                : o.late() ? format.date(o.promisedDate()) + " · " + getTranslation("sales.orders.lateBadge")
                : format.date(o.promisedDate()));
        grid.addColumn(getTranslation("sales.orders.status"), o -> getTranslation("sales.status." + o.status()));
        grid.addColumn(getTranslation("sales.orders.total"), o -> format.money(o.total(), o.currency()))
                .setTextAlign(ColumnTextAlign.END);
        grid.getGrid().setEmptyStateText(getTranslation("sales.orders.empty"));
        grid.getGrid().setPartNameGenerator(o -> o.late() ? "sales-late" : null);
        grid.getGrid().addItemClickListener(e -> UI.getCurrent().navigate(SalesUi.ORDER_ROUTE + "/" + e.getItem().id()));
        grid.getGrid().setId("sales-orders-grid");
        add(grid);
        setSizeFull();
    }

    private UUID partyId() {
        return customer.getValue() == null ? null : customer.getValue().id();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("sales.orders.title");
    }
}
