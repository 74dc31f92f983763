package io.tessera.plugins.inventory.ui;

import io.tessera.plugins.catalog.api.ProductInfo;
import io.tessera.plugins.inventory.common.Catalog;
import io.tessera.plugins.inventory.warehouse.Location;
import io.tessera.plugins.inventory.warehouse.Warehouses;
import io.tessera.sdk.persistence.TenantJdbc;
import java.util.Collection;
import java.util.Map;
import java.util.UUID;

/** The display names of one page's products and locations, read in one query each (never an id on screen). */
class Names {

    private final Map<UUID, ProductInfo> products;
    private final Map<UUID, Location> locations;

    private Names(Map<UUID, ProductInfo> products, Map<UUID, Location> locations) {
        this.products = products;
        this.locations = locations;
    }

    static Names of(TenantJdbc db, Catalog catalog, Warehouses warehouses, Collection<UUID> productIds, Collection<UUID> locationIds) {
        return db.tx().read(() -> new Names(productIds.isEmpty() ? Map.of() : catalog.products(productIds),
                warehouses.locations(locationIds)));
    }

    /** The names of products only. */
    static Names of(TenantJdbc db, Catalog catalog, Collection<UUID> productIds) {
        return new Names(productIds.isEmpty() ? Map.of() : catalog.products(productIds), Map.of());
    }

    String product(UUID id) {
        ProductInfo p = products.get(id);
        return p == null ? "" : p.sku() + " · " + p.name();
    }

    String unit(UUID id) {
        ProductInfo p = products.get(id);
        return p == null ? "" : p.baseUom();
    }

    String location(UUID id) {
        Location l = locations.get(id);
        return l == null ? "" : l.code();
    }
}
