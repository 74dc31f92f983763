package io.tessera.plugins.inventory;

import io.tessera.plugins.inventory.common.CommonComponents;
import io.tessera.plugins.inventory.count.CountComponents;
import io.tessera.plugins.inventory.replenishment.ReplenishmentComponents;
import io.tessera.plugins.inventory.stock.StockComponents;
import io.tessera.plugins.inventory.transfer.TransferComponents;
import io.tessera.plugins.inventory.ui.InventoryUi;
import io.tessera.plugins.inventory.valuation.ValuationComponents;
import io.tessera.plugins.inventory.warehouse.WarehouseComponents;
import io.tessera.sdk.Components;
import io.tessera.sdk.ModuleCategory;
import io.tessera.sdk.Permission;
import io.tessera.sdk.TesseraModule;
import io.tessera.sdk.party.PartyReference;
import java.util.List;
import java.util.Optional;
import org.pf4j.Extension;

/** Declares the inventory module to the kernel. */
@Extension
public class InventoryModule implements TesseraModule {

    /** Creates the declaration (PF4J instantiates it). */
    public InventoryModule() {
    }

    @Override
    public String name() {
        return "Inventory";
    }

    @Override
    public ModuleCategory category() {
        return ModuleCategory.ERP;
    }

    @Override
    public String description() {
        return "Warehouses and locations, stock moves as an append-only ledger, on-hand and reserved balances per "
                + "product, location and lot, reservations, receipts, deliveries with backorders, adjustments, returns, "
                + "scrap, lots and serials.";
    }

    @Override
    public Optional<String> changelog() {
        return Optional.of("db/changelog/inventory.xml");
    }

    /** Done moves are append-only even for deletion, so purge and offboarding erase through this function. */
    @Override
    public Optional<String> eraseFunction() {
        return Optional.of("inv_erase_tenant");
    }

    /** Receipts and deliveries name their supplier or customer: a party they name must not disappear. */
    @Override
    public List<PartyReference> partyReferences() {
        return List.of(new PartyReference("inv_transfers", "party_id", "receipts and deliveries"));
    }

    @Override
    public List<Permission> permissions() {
        return List.of(
                new Permission("inventory.read", "See warehouses, stock, moves and transfers", true),
                new Permission("inventory.write", "Create, reserve and validate receipts and deliveries, return and scrap", true),
                new Permission("inventory.manage", "Adjust stock to counted quantities"));
    }

    @Override
    public List<Class<?>> components() {
        return Components.of(InventoryModule.class)
                .addAll(CommonComponents.all())
                .addAll(WarehouseComponents.all())
                .addAll(StockComponents.all())
                .addAll(TransferComponents.all())
                .addAll(ValuationComponents.all())
                .addAll(ReplenishmentComponents.all())
                .addAll(CountComponents.all())
                .whenPresent(ValuationComponents.ACCOUNTING_API, ValuationComponents::withAccounting)
                // the views need the shell's UI kit; a host without it (a headless kernel) gets the API alone
                .withUi(() -> List.of(InventoryUi.class))
                .list();
    }
}
