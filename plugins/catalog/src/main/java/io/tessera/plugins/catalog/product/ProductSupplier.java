package io.tessera.plugins.catalog.product;

import io.tessera.plugins.catalog.api.SupplierInfo;
import io.tessera.sdk.persistence.TenantScopedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.util.UUID;

/** How one supplier (a party) sells one product: its code, price, unit, minimum, multiple and lead time. */
@Entity
@Table(name = "catalog_supplier_info")
class ProductSupplier extends TenantScopedEntity {

    @Column(name = "product_id", nullable = false, updatable = false)
    private UUID productId;

    @Column(name = "party_id", nullable = false)
    private UUID partyId;

    @Column(name = "supplier_sku", length = 64)
    private String supplierSku;

    @Column(nullable = false, precision = 19, scale = 6)
    private BigDecimal price;

    @Column(nullable = false, length = 3)
    private String currency;

    @Column(nullable = false, length = 16)
    private String uom;

    @Column(name = "min_quantity", nullable = false, precision = 19, scale = 6)
    private BigDecimal minimumQuantity;

    @Column(name = "order_multiple", nullable = false, precision = 19, scale = 6)
    private BigDecimal orderMultiple;

    @Column(name = "lead_days", nullable = false)
    private int leadTimeDays;

    @Column(nullable = false)
    private int sequence;

    protected ProductSupplier() {
    }

    ProductSupplier(UUID productId) {
        this.productId = productId;
    }

    void describe(SupplierInfo info, int newSequence) {
        this.partyId = info.partyId();
        this.supplierSku = info.supplierSku();
        this.price = info.price();
        this.currency = info.currency();
        this.uom = info.uom();
        this.minimumQuantity = info.minimumQuantity();
        this.orderMultiple = info.orderMultiple();
        this.leadTimeDays = info.leadTimeDays();
        this.sequence = newSequence;
    }

    UUID getProductId() {
        return productId;
    }

    int getSequence() {
        return sequence;
    }

    SupplierInfo info() {
        return new SupplierInfo(partyId, supplierSku, price, currency, uom, minimumQuantity, orderMultiple, leadTimeDays);
    }
}
