package io.tessera.plugins.catalog.pricing;

import io.tessera.sdk.persistence.TenantScopedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.util.UUID;

/** One quantity break of a price list: from {@code minQuantity} (in {@code uom}) on, {@code price} per {@code uom}. */
@Entity
@Table(name = "catalog_price_items")
class PriceItem extends TenantScopedEntity {

    @Column(name = "price_list_id", nullable = false, updatable = false)
    private UUID priceListId;

    @Column(name = "product_id", nullable = false, updatable = false)
    private UUID productId;

    @Column(nullable = false, length = 16, updatable = false)
    private String uom;

    @Column(name = "min_quantity", nullable = false, precision = 19, scale = 6, updatable = false)
    private BigDecimal minQuantity;

    @Column(nullable = false, precision = 19, scale = 6, updatable = false)
    private BigDecimal price;

    protected PriceItem() {
    }

    PriceItem(UUID priceListId, UUID productId, String uom, BigDecimal minQuantity, BigDecimal price) {
        this.priceListId = priceListId;
        this.productId = productId;
        this.uom = uom;
        this.minQuantity = minQuantity;
        this.price = price;
    }

    UUID getPriceListId() {
        return priceListId;
    }

    UUID getProductId() {
        return productId;
    }

    String getUom() {
        return uom;
    }

    BigDecimal getMinQuantity() {
        return minQuantity;
    }

    BigDecimal getPrice() {
        return price;
    }
}
