package io.tessera.plugins.sales.ui;

import com.vaadin.flow.component.icon.VaadinIcon;
import io.tessera.plugins.sales.order.CustomerOverview;
import io.tessera.sdk.CurrentUser;
import io.tessera.ui.kit.DashboardWidget;
import io.tessera.ui.kit.ModuleUi;
import io.tessera.ui.kit.NavGroup;
import io.tessera.ui.kit.NavItem;
import io.tessera.ui.kit.PartyPanel;
import io.tessera.ui.kit.RecordPanel;
import io.tessera.ui.kit.format.TenantFormat;
import java.util.List;

/**
 * What the sales module contributes to the shell: quotations and orders in the ERP group (lists; the quotation form and
 * page, the order page as hidden routes), a dashboard widget (orders this month, to deliver, to invoice, per currency)
 * a customer panel on the party page (open quotations and orders, to deliver, to invoice, credit used) and a panel on
 * pipeline's opportunity page (its quotations and orders, "New quotation" from it).
 */
public class SalesUi implements ModuleUi {

    static final String READ = "sales.read";
    static final String WRITE = "sales.write";
    static final String MANAGE = "sales.manage";
    /** Products' invoicing policies. */
    static final String POLICIES_ROUTE = "sales/invoicing-policies";
    static final String QUOTATIONS_ROUTE = "sales/quotations";
    static final String QUOTATION_ROUTE = "sales/quotation";
    static final String ORDERS_ROUTE = "sales/orders";
    static final String ORDER_ROUTE = "sales/order";
    /** Inventory's transfer page, where a delivery opens (when inventory is on). */
    static final String TRANSFER_ROUTE = "inventory/transfer";
    /** Accounting's invoice page. */
    static final String INVOICE_ROUTE = "accounting/invoice";

    private final SalesReads reads;
    private final CustomerOverview overview;
    private final CurrentUser user;

    /**
     * Creates the contribution (the kernel registers it as a component).
     *
     * @param reads    the widget's figures and the panel's orders
     * @param overview the customer's figures
     * @param user     the signed-in user, asked in the panels' factories whether to offer "New quotation"
     */
    public SalesUi(SalesReads reads, CustomerOverview overview, CurrentUser user) {
        this.reads = reads;
        this.overview = overview;
        this.user = user;
    }

    @Override
    public String moduleId() {
        return "sales";
    }

    @Override
    public List<NavItem> navigation() {
        return List.of(
                new NavItem(QUOTATIONS_ROUTE, QuotationsView.class, "sales.nav.quotations", VaadinIcon.FILE_TEXT_O, NavGroup.ERP,
                        READ),
                new NavItem(ORDERS_ROUTE, OrdersView.class, "sales.nav.orders", VaadinIcon.CART_O, NavGroup.ERP, READ),
                new NavItem(POLICIES_ROUTE, PoliciesView.class, "sales.nav.policies", VaadinIcon.MONEY, NavGroup.ERP, READ),
                new NavItem(QUOTATION_ROUTE, QuotationPageView.class, "sales.nav.quotation", VaadinIcon.FILE_TEXT, NavGroup.ERP,
                        READ, true),
                new NavItem(ORDER_ROUTE, OrderPageView.class, "sales.nav.order", VaadinIcon.FILE_TEXT, NavGroup.ERP,
                        READ, true));
    }

    @Override
    public List<DashboardWidget> dashboardWidgets() {
        return List.of(new DashboardWidget("sales.widget.title", READ,
                () -> new SalesWidget(reads.figures(TenantFormat.current().today().withDayOfMonth(1)))));
    }

    @Override
    public List<RecordPanel> recordPanels() {
        return List.of(new RecordPanel(RecordPanel.OPPORTUNITY, "sales.opportunity.title", READ,
                opportunity -> new OpportunityPanel(opportunity, reads.quotations(null, null, opportunity, 0, 20),
                        reads.orders(null, opportunity, 0, 20), user.hasPermission(WRITE)), 10));
    }

    @Override
    public List<PartyPanel> partyPanels() {
        return List.of(new PartyPanel("sales.panel.title", READ,
                party -> new CustomerPanel(party, overview, reads.orders(party, null, 0, 5), user.hasPermission(WRITE),
                        user.hasPermission(MANAGE)),
                30));
    }
}
