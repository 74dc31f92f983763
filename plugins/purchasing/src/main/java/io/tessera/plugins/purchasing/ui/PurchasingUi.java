package io.tessera.plugins.purchasing.ui;

import com.vaadin.flow.component.icon.VaadinIcon;
import io.tessera.plugins.purchasing.common.PurchasingPermissions;
import io.tessera.plugins.purchasing.order.Orders;
import io.tessera.ui.kit.DashboardWidget;
import io.tessera.ui.kit.ModuleUi;
import io.tessera.ui.kit.NavGroup;
import io.tessera.ui.kit.NavItem;
import io.tessera.ui.kit.PartyPanel;
import java.util.List;

/**
 * What the purchasing module contributes to the shell: the purchase orders list, a new-order form and the order page
 * (receive, bill, release held bills, PDF) in the ERP group, a dashboard widget (orders to receive, bills held) and a
 * supplier panel on the party page (open orders, what is to receive and to bill).
 */
public class PurchasingUi implements ModuleUi {

    static final String ORDERS_ROUTE = "purchasing/orders";
    static final String ORDER_ROUTE = "purchasing/order";
    static final String NEW_ROUTE = "purchasing/new";

    private final Orders orders;

    /**
     * Creates the contribution (the kernel registers it as a component).
     *
     * @param orders the orders, for the widget and the supplier panel
     */
    public PurchasingUi(Orders orders) {
        this.orders = orders;
    }

    @Override
    public String moduleId() {
        return "purchasing";
    }

    @Override
    public List<NavItem> navigation() {
        return List.of(
                new NavItem(ORDERS_ROUTE, OrdersView.class, "purchasing.nav.orders", VaadinIcon.CART, NavGroup.ERP,
                        PurchasingPermissions.READ),
                new NavItem(NEW_ROUTE, NewOrderView.class, "purchasing.nav.new", VaadinIcon.PLUS, NavGroup.ERP,
                        PurchasingPermissions.WRITE, true),
                new NavItem(ORDER_ROUTE, OrderPageView.class, "purchasing.nav.order", VaadinIcon.FILE_TEXT, NavGroup.ERP,
                        PurchasingPermissions.READ, true));
    }

    @Override
    public List<DashboardWidget> dashboardWidgets() {
        return List.of(new DashboardWidget("purchasing.widget.title", PurchasingPermissions.READ,
                () -> new PurchasingWidget(orders.figures())));
    }

    @Override
    public List<PartyPanel> partyPanels() {
        return List.of(new PartyPanel("purchasing.panel.title", PurchasingPermissions.READ,
                party -> new SupplierPanel(orders.summaries(null, party, true, 0, 20)), 40));
    }
}
