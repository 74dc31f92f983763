package io.tessera.plugins.inventory.ui;

import com.vaadin.flow.component.icon.VaadinIcon;
import io.tessera.ui.kit.ModuleUi;
import io.tessera.ui.kit.NavGroup;
import io.tessera.ui.kit.NavItem;
import java.util.List;

/** What the inventory module contributes to the shell: its views, in the ERP group. */
public class InventoryUi implements ModuleUi {

    static final String READ = "inventory.read";
    static final String WRITE = "inventory.write";
    static final String TRANSFER_ROUTE = "inventory/transfer";

    /** Creates the contribution (the kernel registers it as a component). */
    public InventoryUi() {
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
                        NavGroup.ERP, READ, true));
    }
}
