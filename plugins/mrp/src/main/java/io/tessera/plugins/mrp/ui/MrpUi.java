package io.tessera.plugins.mrp.ui;

import com.vaadin.flow.component.icon.VaadinIcon;
import io.tessera.plugins.mrp.common.Catalog;
import io.tessera.sdk.persistence.TenantJdbc;
import io.tessera.plugins.mrp.production.ManufacturingOrders;
import io.tessera.ui.kit.DashboardWidget;
import io.tessera.ui.kit.ModuleUi;
import io.tessera.ui.kit.NavGroup;
import io.tessera.ui.kit.NavItem;
import java.util.List;

/** What the MRP module contributes to the shell: its views, in the ERP group, and a dashboard card. */
public class MrpUi implements ModuleUi {

    static final String READ = "mrp.read";
    static final String ORDERS_ROUTE = "mrp/orders";
    static final String ORDER_ROUTE = "mrp/order";

    private final ManufacturingOrders orders;
    private final TenantJdbc db;
    private final Catalog catalog;

    /**
     * Creates the contribution (the kernel registers it as a component).
     *
     * @param orders  manufacturing orders, for the dashboard card
     * @param db      database access, for product names
     * @param catalog product names
     */
    public MrpUi(ManufacturingOrders orders, TenantJdbc db, Catalog catalog) {
        this.orders = orders;
        this.db = db;
        this.catalog = catalog;
    }

    @Override
    public String moduleId() {
        return "mrp";
    }

    @Override
    public List<NavItem> navigation() {
        return List.of(
                new NavItem(ORDERS_ROUTE, OrdersView.class, "mrp.nav.orders", VaadinIcon.FACTORY, NavGroup.ERP, READ),
                new NavItem("mrp/boms", BomTreeView.class, "mrp.nav.boms", VaadinIcon.SITEMAP, NavGroup.ERP, READ),
                new NavItem("mrp/planning", PlanningView.class, "mrp.nav.planning", VaadinIcon.CALENDAR_CLOCK,
                        NavGroup.ERP, READ),
                new NavItem(ORDER_ROUTE, OrderView.class, "mrp.nav.order", VaadinIcon.FILE_TEXT, NavGroup.ERP, READ, true));
    }

    @Override
    public List<DashboardWidget> dashboardWidgets() {
        return List.of(new DashboardWidget("mrp.widget.title", READ, () -> new MrpWidget(orders, db, catalog)));
    }
}
