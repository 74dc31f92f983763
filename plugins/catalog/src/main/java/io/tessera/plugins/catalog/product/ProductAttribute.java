package io.tessera.plugins.catalog.product;

import io.tessera.sdk.persistence.TenantScopedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.util.UUID;

/** An attribute a template product's variants differ by, e.g. size or colour. */
@Entity
@Table(name = "catalog_attributes")
class ProductAttribute extends TenantScopedEntity {

    @Column(name = "template_id", nullable = false, updatable = false)
    private UUID templateId;

    @Column(nullable = false, length = 60, updatable = false)
    private String name;

    @Column(nullable = false)
    private int position;

    protected ProductAttribute() {
    }

    ProductAttribute(UUID templateId, String name, int position) {
        this.templateId = templateId;
        this.name = name;
        this.position = position;
    }

    String getName() {
        return name;
    }

    int getPosition() {
        return position;
    }
}
