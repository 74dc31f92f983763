package io.tessera.plugins.catalog.product;

import io.tessera.sdk.persistence.TenantScopedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.util.UUID;

/** One value of an attribute (size M, colour blue) and what it adds to the template's list price. */
@Entity
@Table(name = "catalog_attribute_values")
class AttributeValue extends TenantScopedEntity {

    @Column(name = "attribute_id", nullable = false, updatable = false)
    private UUID attributeId;

    @Column(name = "label", nullable = false, length = 60, updatable = false)
    private String value;

    @Column(name = "price_extra", nullable = false, precision = 19, scale = 4)
    private BigDecimal priceExtra;

    @Column(nullable = false)
    private int position;

    protected AttributeValue() {
    }

    AttributeValue(UUID attributeId, String value, BigDecimal priceExtra, int position) {
        this.attributeId = attributeId;
        this.value = value;
        this.priceExtra = priceExtra;
        this.position = position;
    }

    UUID getAttributeId() {
        return attributeId;
    }

    String getValue() {
        return value;
    }

    BigDecimal getPriceExtra() {
        return priceExtra;
    }

    int getPosition() {
        return position;
    }
}
