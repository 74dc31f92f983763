package io.tessera.plugins.catalog.uom;

import io.tessera.plugins.catalog.api.UnitInfo;
import io.tessera.sdk.persistence.TenantScopedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/**
 * A unit of measure of a tenant: {@code numerator / denominator} reference units of its category make one of it.
 * Never changed once created (documents store quantities converted with its ratio).
 */
@Entity
@Table(name = "catalog_units")
class Unit extends TenantScopedEntity {

    @Column(nullable = false, length = 16, updatable = false)
    private String code;

    @Column(nullable = false, length = 100)
    private String name;

    @Column(nullable = false, length = 32, updatable = false)
    private String category;

    @Column(nullable = false, updatable = false)
    private long numerator;

    @Column(nullable = false, updatable = false)
    private long denominator;

    @Column(name = "rounding_scale", nullable = false, updatable = false)
    private int scale;

    protected Unit() {
    }

    Unit(UnitInfo info) {
        this.code = info.code();
        this.name = info.name();
        this.category = info.category();
        this.numerator = info.numerator();
        this.denominator = info.denominator();
        this.scale = info.scale();
    }

    String getCode() {
        return code;
    }

    UnitInfo info() {
        return new UnitInfo(code, name, category, numerator, denominator, scale);
    }
}
