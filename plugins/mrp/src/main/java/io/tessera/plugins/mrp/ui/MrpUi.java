package io.tessera.plugins.mrp.ui;

import com.vaadin.flow.component.icon.VaadinIcon;
import io.tessera.ui.kit.ModuleUi;
import io.tessera.ui.kit.NavGroup;
import io.tessera.ui.kit.NavItem;
import java.util.List;

/** What the MRP module contributes to the shell: its views, in the ERP group. */
public class MrpUi implements ModuleUi {

    static final String READ = "mrp.read";
    static final String ORDER_ROUTE = "mrp/order";

    /** Creates the contribution (the kernel registers it as a component). */
    public MrpUi() {
    }

    @Override
    public String moduleId() {
        return "mrp";
    }

    @Override
    public List<NavItem> navigation() {
        return List.of(
                new NavItem("mrp/orders", OrdersView.class, "mrp.nav.orders", VaadinIcon.FACTORY, NavGroup.ERP, READ),
                new NavItem("mrp/planning", PlanningView.class, "mrp.nav.planning", VaadinIcon.CALENDAR_CLOCK,
                        NavGroup.ERP, READ),
                new NavItem(ORDER_ROUTE, OrderView.class, "mrp.nav.order", VaadinIcon.FILE_TEXT, NavGroup.ERP, READ, true));
    }
}
