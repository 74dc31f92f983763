package io.tessera.plugins.mrp.ui;

import io.tessera.plugins.catalog.api.ProductInfo;
import io.tessera.plugins.mrp.common.Catalog;
import io.tessera.sdk.persistence.TenantJdbc;
import java.util.Collection;
import java.util.Map;
import java.util.UUID;

/** Product names and units for a page of rows, in one query. */
final class Names {

    private final Map<UUID, ProductInfo> products;

    private Names(Map<UUID, ProductInfo> products) {
        this.products = products;
    }

    static Names of(TenantJdbc db, Catalog catalog, Collection<UUID> productIds) {
        return new Names(productIds.isEmpty() ? Map.of() : db.tx().read(() -> catalog.products(productIds)));
    }

    String product(UUID id) {
        ProductInfo p = products.get(id);
        return p == null ? "" : p.sku() + " · " + p.name();
    }

    String unit(UUID id) {
        ProductInfo p = products.get(id);
        return p == null ? "" : p.baseUom();
    }
}
