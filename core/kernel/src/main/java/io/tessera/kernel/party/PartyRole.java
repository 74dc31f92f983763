package io.tessera.kernel.party;

import io.tessera.sdk.persistence.TenantScopedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** A role a party plays for the tenant: customer, supplier, prospect, partner, employee, … */
@Entity
@Table(name = "party_roles")
class PartyRole extends TenantScopedEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "party_id", nullable = false, updatable = false)
    private Party party;

    @Column(nullable = false, length = 32, updatable = false)
    private String role;

    protected PartyRole() {
    }

    PartyRole(Party party, String role) {
        this.party = party;
        this.role = role;
    }

    String getRole() {
        return role;
    }
}
