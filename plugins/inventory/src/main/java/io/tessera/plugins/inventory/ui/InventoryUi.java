package io.tessera.plugins.inventory.ui;

import com.vaadin.flow.component.icon.VaadinIcon;
import io.tessera.plugins.inventory.api.Replenishment;
import io.tessera.plugins.inventory.stock.ProductStock;
import io.tessera.plugins.inventory.valuation.StockValue;
import io.tessera.ui.kit.DashboardWidget;
import io.tessera.ui.kit.ModuleUi;
import io.tessera.ui.kit.NavGroup;
import io.tessera.ui.kit.NavItem;
import java.util.List;

/**
 * What the inventory module contributes to the shell: its views (stock, transfers with the receipt and delivery form,
 * moves, counts, reorder rules and suggestions, valuation and reconciliation), in the ERP group, and a dashboard
 * widget.
 */
public class InventoryUi implements ModuleUi {

    static final String READ = "inventory.read";
    static final String WRITE = "inventory.write";
    static final String TRANSFER_ROUTE = "inventory/transfer";
    static final String PRODUCT_ROUTE = "inventory/product";
    static final String NEW_TRANSFER_ROUTE = "inventory/new-transfer";
    static final String COUNT_ROUTE = "inventory/count";

    private final StockValue stockValue;
    private final ProductStock productStock;
    private final Replenishment replenishment;

    /**
     * Creates the contribution (the kernel registers it as a component).
     *
     * @param stockValue    the stock value, for the dashboard widget
     * @param productStock  products in stock, for the dashboard widget
     * @param replenishment products below their minimum, for the dashboard widget
     */
    public InventoryUi(StockValue stockValue, ProductStock productStock, Replenishment replenishment) {
        this.stockValue = stockValue;
        this.productStock = productStock;
        this.replenishment = replenishment;
    }

    @Override
    public String moduleId() {
        return "inventory";
    }

    @Override
    public List<NavItem> navigation() {
        return List.of(
                new NavItem("inventory/stock", StockOnHandView.class, "inventory.nav.stock", VaadinIcon.STOCK, NavGroup.ERP, READ),
                new NavItem("inventory/transfers", TransfersView.class, "inventory.nav.transfers", VaadinIcon.TRUCK,
                        NavGroup.ERP, READ),
                new NavItem("inventory/moves", MovesView.class, "inventory.nav.moves", VaadinIcon.EXCHANGE, NavGroup.ERP, READ),
                new NavItem(TRANSFER_ROUTE, TransferDetailView.class, "inventory.nav.transfer", VaadinIcon.FILE_TEXT,
                        NavGroup.ERP, READ, true),
                new NavItem(PRODUCT_ROUTE, ProductStockView.class, "inventory.nav.product", VaadinIcon.PACKAGE,
                        NavGroup.ERP, READ, true),
                new NavItem(NEW_TRANSFER_ROUTE, TransferFormView.class, "inventory.nav.newTransfer", VaadinIcon.PLUS,
                        NavGroup.ERP, WRITE, true),
                new NavItem("inventory/counts", CountsView.class, "inventory.nav.counts", VaadinIcon.CLIPBOARD_CHECK,
                        NavGroup.ERP, READ),
                new NavItem(COUNT_ROUTE, CountSheetView.class, "inventory.nav.count", VaadinIcon.CLIPBOARD_TEXT,
                        NavGroup.ERP, READ, true),
                new NavItem("inventory/reorder-rules", ReorderRulesView.class, "inventory.nav.rules", VaadinIcon.REFRESH,
                        NavGroup.ERP, READ),
                new NavItem("inventory/valuation", ValuationView.class, "inventory.nav.valuation", VaadinIcon.SCALE,
                        NavGroup.ERP, READ));
    }

    @Override
    public List<DashboardWidget> dashboardWidgets() {
        return List.of(new DashboardWidget("inventory.widget.title", READ, () -> new InventoryWidget(stockValue, productStock,
                replenishment)));
    }
}
