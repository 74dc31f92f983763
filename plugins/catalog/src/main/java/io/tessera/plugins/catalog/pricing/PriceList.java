package io.tessera.plugins.catalog.pricing;

import io.tessera.sdk.persistence.TenantScopedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.UUID;

/** A price list in one currency, for every customer or for one, valid between two dates (both optional). */
@Entity
@Table(name = "catalog_price_lists")
class PriceList extends TenantScopedEntity {

    @Column(nullable = false, length = 100)
    private String name;

    @Column(nullable = false, length = 3)
    private String currency;

    @Column(name = "party_id")
    private UUID partyId;

    @Column(name = "valid_from")
    private LocalDate validFrom;

    @Column(name = "valid_to")
    private LocalDate validTo;

    @Column(nullable = false)
    private boolean active = true;

    protected PriceList() {
    }

    PriceList(String name) {
        this.name = name;
    }

    void describe(String newName, String newCurrency, UUID newPartyId, LocalDate from, LocalDate to, boolean isActive) {
        this.name = newName;
        this.currency = newCurrency;
        this.partyId = newPartyId;
        this.validFrom = from;
        this.validTo = to;
        this.active = isActive;
    }

    String getName() {
        return name;
    }

    String getCurrency() {
        return currency;
    }

    UUID getPartyId() {
        return partyId;
    }

    LocalDate getValidFrom() {
        return validFrom;
    }

    LocalDate getValidTo() {
        return validTo;
    }

    boolean isActive() {
        return active;
    }
}
