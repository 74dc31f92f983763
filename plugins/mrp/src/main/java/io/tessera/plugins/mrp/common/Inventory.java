package io.tessera.plugins.mrp.common;

import io.tessera.plugins.inventory.api.Replenishment;
import io.tessera.plugins.inventory.api.Stock;
import io.tessera.sdk.ModuleServices;

/** The inventory module's published services (a required dependency, so enabled wherever MRP is). */
public class Inventory {

    private final ModuleServices services;

    Inventory(ModuleServices services) {
        this.services = services;
    }

    /**
     * Stock operations: reservations, consumption and production.
     *
     * @return the service
     */
    public Stock stock() {
        return services.find(Stock.class).orElseThrow(() -> new IllegalStateException(
                "The inventory module is not enabled for this tenant, although MRP requires it"));
    }

    /**
     * Reorder-rule suggestions.
     *
     * @return the service
     */
    public Replenishment replenishment() {
        return services.find(Replenishment.class).orElseThrow(() -> new IllegalStateException(
                "The inventory module is not enabled for this tenant, although MRP requires it"));
    }
}
