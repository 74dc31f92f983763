package io.tessera.kernel.party;

import io.tessera.sdk.persistence.TenantScopedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** A postal address of a party: billing, shipping, office, home, … */
@Entity
@Table(name = "party_addresses")
class PartyAddress extends TenantScopedEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "party_id", nullable = false, updatable = false)
    private Party party;

    @Column(nullable = false, length = 16)
    private String kind;

    @Column(length = 200)
    private String line1;

    @Column(length = 200)
    private String line2;

    @Column(name = "postal_code", length = 20)
    private String postalCode;

    @Column(length = 100)
    private String city;

    @Column(length = 100)
    private String region;

    @Column(length = 2)
    private String country;

    protected PartyAddress() {
    }

    PartyAddress(String kind, String line1, String line2, String postalCode, String city, String region, String country) {
        this.kind = kind;
        this.line1 = line1;
        this.line2 = line2;
        this.postalCode = postalCode;
        this.city = city;
        this.region = region;
        this.country = country;
    }

    void attachTo(Party owner) {
        this.party = owner;
    }

    String getKind() {
        return kind;
    }

    String getLine1() {
        return line1;
    }

    String getLine2() {
        return line2;
    }

    String getPostalCode() {
        return postalCode;
    }

    String getCity() {
        return city;
    }

    String getRegion() {
        return region;
    }

    String getCountry() {
        return country;
    }
}
