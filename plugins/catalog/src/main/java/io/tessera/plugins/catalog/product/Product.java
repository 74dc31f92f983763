package io.tessera.plugins.catalog.product;

import io.tessera.plugins.catalog.api.ProductType;
import io.tessera.plugins.catalog.api.Tracking;
import io.tessera.sdk.persistence.TenantScopedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * A product (or a variant of a template product). Quantities of it are stored in its base unit; its sales and
 * purchase units are of the same unit category. Archived instead of deleted once other records refer to it.
 */
@Entity
@Table(name = "catalog_products")
class Product extends TenantScopedEntity {

    @Column(nullable = false, length = 64)
    private String sku;

    @Column(nullable = false, length = 200)
    private String name;

    @Column(length = 4000)
    private String description;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private ProductType type;

    @Column(name = "category_id", nullable = false)
    private UUID categoryId;

    @Column(name = "base_uom", nullable = false, length = 16)
    private String baseUom;

    @Column(name = "sales_uom", nullable = false, length = 16)
    private String salesUom;

    @Column(name = "purchase_uom", nullable = false, length = 16)
    private String purchaseUom;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Tracking tracking;

    @Column(name = "sales_price", precision = 19, scale = 4)
    private BigDecimal salesPrice;

    @Column(length = 3)
    private String currency;

    @Column(name = "standard_cost", precision = 19, scale = 6)
    private BigDecimal standardCost;

    @Column(length = 64)
    private String barcode;

    @Column(nullable = false)
    private boolean active = true;

    @Column(name = "template_id")
    private UUID templateId;

    @Column(name = "variant_values", length = 300)
    private String variantValues;

    @Column(name = "price_extra", precision = 19, scale = 4)
    private BigDecimal priceExtra;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt = Instant.now();

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt = createdAt;

    protected Product() {
    }

    Product(ProductType type) {
        this.type = type;
    }

    void describe(ProductFields f) {
        this.sku = f.sku();
        this.name = f.name();
        this.description = f.description();
        this.categoryId = f.categoryId();
        this.baseUom = f.baseUom();
        this.salesUom = f.salesUom();
        this.purchaseUom = f.purchaseUom();
        this.tracking = f.tracking();
        this.salesPrice = f.salesPrice();
        this.currency = f.currency();
        this.standardCost = f.standardCost();
        this.barcode = f.barcode();
        this.updatedAt = Instant.now();
    }

    void makeVariantOf(UUID template, String values, BigDecimal extra) {
        this.templateId = template;
        this.variantValues = values;
        this.priceExtra = extra;
    }

    void setActive(boolean isActive) {
        this.active = isActive;
        this.updatedAt = Instant.now();
    }

    String getSku() {
        return sku;
    }

    String getName() {
        return name;
    }

    String getDescription() {
        return description;
    }

    ProductType getType() {
        return type;
    }

    UUID getCategoryId() {
        return categoryId;
    }

    String getBaseUom() {
        return baseUom;
    }

    String getSalesUom() {
        return salesUom;
    }

    String getPurchaseUom() {
        return purchaseUom;
    }

    Tracking getTracking() {
        return tracking;
    }

    BigDecimal getSalesPrice() {
        return salesPrice;
    }

    String getCurrency() {
        return currency;
    }

    BigDecimal getStandardCost() {
        return standardCost;
    }

    String getBarcode() {
        return barcode;
    }

    boolean isActive() {
        return active;
    }

    UUID getTemplateId() {
        return templateId;
    }

    String getVariantValues() {
        return variantValues;
    }

    BigDecimal getPriceExtra() {
        return priceExtra;
    }

    Instant getCreatedAt() {
        return createdAt;
    }

    Instant getUpdatedAt() {
        return updatedAt;
    }
}
