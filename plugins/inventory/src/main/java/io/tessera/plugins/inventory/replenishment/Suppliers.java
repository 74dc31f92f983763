package io.tessera.plugins.inventory.replenishment;

import io.tessera.plugins.catalog.api.Products;
import io.tessera.plugins.catalog.api.SupplierInfo;
import io.tessera.plugins.catalog.api.Units;
import io.tessera.sdk.ModuleServices;
import java.math.BigDecimal;
import java.util.Optional;
import java.util.UUID;

/** Catalog's supplier information and unit conversion, for the suggestions (catalog is a required dependency). */
class Suppliers {

    private static final int STOCK_SCALE = 6;

    private final ModuleServices services;

    Suppliers(ModuleServices services) {
        this.services = services;
    }

    /**
     * The preferred supplier of a product.
     *
     * @param productId the product
     * @return catalog's first supplier (lowest sequence, then price), or empty
     */
    Optional<SupplierInfo> preferred(UUID productId) {
        return service(Products.class).suppliers(productId).stream().findFirst();
    }

    /**
     * Converts between two units of one category at the stock scale (six places), so that a need smaller than the
     * target unit's precision is not rounded away before the supplier's minimum and multiple round it up.
     *
     * @param quantity the quantity
     * @param from     its unit
     * @param to       the target unit
     * @return the quantity in {@code to}
     */
    BigDecimal convert(BigDecimal quantity, String from, String to) {
        return from.equals(to) ? quantity : service(Units.class).convert(quantity, from, to, STOCK_SCALE);
    }

    private <T> T service(Class<T> type) {
        return services.find(type).orElseThrow(() -> new IllegalStateException(
                "The catalog module is not enabled for this tenant, although inventory requires it"));
    }
}
