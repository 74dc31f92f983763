package io.tessera.plugins.leads;

import io.tessera.sdk.persistence.TenantScopedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** A web form on the tenant's site: its public key routes submissions here; they become leads with its source. */
@Entity
@Table(name = "lead_forms")
class LeadForm extends TenantScopedEntity {

    @Column(name = "public_key", nullable = false, updatable = false, length = 64)
    private String publicKey;

    @Column(nullable = false, length = 100)
    private String name;

    @Column(nullable = false, length = 64)
    private String source;

    protected LeadForm() {
    }

    LeadForm(String publicKey, String name, String source) {
        this.publicKey = publicKey;
        this.name = name;
        this.source = source;
    }

    String getPublicKey() {
        return publicKey;
    }

    String getName() {
        return name;
    }

    String getSource() {
        return source;
    }
}
