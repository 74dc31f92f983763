package io.tessera.plugins.purchasing;

import io.tessera.plugins.purchasing.billing.BillingComponents;
import io.tessera.plugins.purchasing.common.CommonComponents;
import io.tessera.plugins.purchasing.document.DocumentComponents;
import io.tessera.plugins.purchasing.common.PurchasingPermissions;
import io.tessera.plugins.purchasing.order.OrderComponents;
import io.tessera.plugins.purchasing.replenish.ReplenishComponents;
import io.tessera.plugins.purchasing.ui.PurchasingUi;
import io.tessera.sdk.Components;
import io.tessera.sdk.ModuleCategory;
import io.tessera.sdk.Permission;
import io.tessera.sdk.TesseraModule;
import io.tessera.sdk.party.PartyReference;
import java.util.List;
import java.util.Optional;
import org.pf4j.Extension;

/** Declares the purchasing module to the kernel. */
@Extension
public class PurchasingModule implements TesseraModule {

    /** Creates the declaration (PF4J instantiates it). */
    public PurchasingModule() {
    }

    @Override
    public String name() {
        return "Purchasing";
    }

    @Override
    public ModuleCategory category() {
        return ModuleCategory.ERP;
    }

    @Override
    public String description() {
        return "Requests for quotation and purchase orders with supplier prices and lead times, receipts in parts, "
                + "vendor bills with a three-way match, and draft orders from reorder suggestions.";
    }

    @Override
    public Optional<String> changelog() {
        return Optional.of("db/changelog/purchasing.xml");
    }

    /** Purchase orders name their supplier: a party they name must not disappear. */
    @Override
    public List<PartyReference> partyReferences() {
        return List.of(new PartyReference("pur_orders", "party_id", "purchase orders"));
    }

    @Override
    public List<Permission> permissions() {
        return List.of(
                new Permission(PurchasingPermissions.READ, "See purchase orders, receipts and bills", true),
                new Permission(PurchasingPermissions.WRITE, "Create, confirm, receive, bill and cancel purchase orders", true),
                new Permission(PurchasingPermissions.MANAGE, "Change the price tolerance and bill policies"),
                new Permission(PurchasingPermissions.RELEASE, "Release vendor bills held by the three-way match"));
    }

    @Override
    public List<Class<?>> components() {
        return Components.of(PurchasingModule.class)
                .addAll(CommonComponents.all())
                .addAll(OrderComponents.all())
                .addAll(BillingComponents.all())
                .addAll(ReplenishComponents.all())
                .addAll(DocumentComponents.all())
                .whenPresent(OrderComponents.INVENTORY_API, OrderComponents::withInventory)
                .whenAbsent(OrderComponents.INVENTORY_API, OrderComponents::withoutInventory)
                .whenPresent(ReplenishComponents.INVENTORY_API, ReplenishComponents::withInventory)
                .whenAbsent(ReplenishComponents.INVENTORY_API, ReplenishComponents::withoutInventory)
                // the views need the shell's UI kit; a host without it (a headless kernel) gets the API alone
                .withUi(() -> List.of(PurchasingUi.class))
                .list();
    }
}
