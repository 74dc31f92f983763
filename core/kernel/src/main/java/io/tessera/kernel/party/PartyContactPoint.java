package io.tessera.kernel.party;

import io.tessera.sdk.persistence.TenantScopedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** A way to reach a party: an email address, a phone or mobile number, a web or social profile. */
@Entity
@Table(name = "party_contact_points")
class PartyContactPoint extends TenantScopedEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "party_id", nullable = false, updatable = false)
    private Party party;

    @Column(nullable = false, length = 16)
    private String kind;

    @Column(name = "contact_value", nullable = false, length = 320)
    private String value;

    @Column(length = 100)
    private String label;

    @Column(nullable = false)
    private boolean preferred;

    protected PartyContactPoint() {
    }

    PartyContactPoint(String kind, String value, String label, boolean preferred) {
        this.kind = kind;
        this.value = value;
        this.label = label;
        this.preferred = preferred;
    }

    void attachTo(Party owner) {
        this.party = owner;
    }

    String getKind() {
        return kind;
    }

    String getValue() {
        return value;
    }

    String getLabel() {
        return label;
    }

    boolean isPreferred() {
        return preferred;
    }
}
