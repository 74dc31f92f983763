package io.tessera.kernel.party;

import io.tessera.sdk.persistence.TenantScopedEntity;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.hibernate.annotations.Filter;
import org.hibernate.annotations.FilterDef;
import org.hibernate.annotations.ParamDef;

/**
 * A company or a person. Its roles, addresses and contact points are loaded (in batches, by party id) with the
 * {@value #TENANT_FILTER} filter, which adds {@code tenant_id = ?}: Hibernate's {@code @TenantId} does not restrict a
 * collection load, and a distributed database (Citus) routes a statement to one shard only by its tenant_id.
 */
@Entity
@Table(name = "parties")
@FilterDef(name = Party.TENANT_FILTER, defaultCondition = "tenant_id = :tenant", autoEnabled = true,
        parameters = @ParamDef(name = "tenant", type = UUID.class, resolver = CurrentTenantParameter.class))
class Party extends TenantScopedEntity {

    /** The filter that restricts the party's collections to the current tenant. */
    static final String TENANT_FILTER = "partyTenant";

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private PartyKind kind;

    @Column(nullable = false, length = 300)
    private String name;

    @Column(name = "given_name", length = 150)
    private String givenName;

    @Column(name = "family_name", length = 150)
    private String familyName;

    @Column(name = "organization_id")
    private UUID organizationId;

    @Column(length = 320)
    private String email;

    @Column(length = 64)
    private String phone;

    @Column(length = 300)
    private String website;

    @Column(name = "tax_id", length = 64)
    private String taxId;

    @Column(length = 4000)
    private String notes;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt = Instant.now();

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt = createdAt;

    @Column(name = "archived_at")
    private Instant archivedAt;

    @OneToMany(mappedBy = "party", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("role")
    @Filter(name = TENANT_FILTER)
    private Set<PartyRole> roles = new LinkedHashSet<>();

    @OneToMany(mappedBy = "party", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    @Filter(name = TENANT_FILTER)
    private List<PartyAddress> addresses = new ArrayList<>();

    @OneToMany(mappedBy = "party", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    @Filter(name = TENANT_FILTER)
    private List<PartyContactPoint> contactPoints = new ArrayList<>();

    protected Party() {
    }

    Party(PartyKind kind) {
        this.kind = kind;
    }

    void describe(String name, String givenName, String familyName, UUID organizationId, String email, String phone,
                  String website, String taxId, String notes) {
        this.name = name;
        this.givenName = givenName;
        this.familyName = familyName;
        this.organizationId = organizationId;
        this.email = email;
        this.phone = phone;
        this.website = website;
        this.taxId = taxId;
        this.notes = notes;
        this.updatedAt = Instant.now();
    }

    void replaceRoles(Set<String> newRoles) {
        roles.removeIf(r -> !newRoles.contains(r.getRole()));
        Set<String> existing = new LinkedHashSet<>();
        roles.forEach(r -> existing.add(r.getRole()));
        newRoles.stream().filter(r -> !existing.contains(r)).forEach(r -> roles.add(new PartyRole(this, r)));
    }

    void replaceAddresses(List<PartyAddress> newAddresses) {
        addresses.clear();
        newAddresses.forEach(a -> a.attachTo(this));
        addresses.addAll(newAddresses);
    }

    void replaceContactPoints(List<PartyContactPoint> newContactPoints) {
        contactPoints.clear();
        newContactPoints.forEach(c -> c.attachTo(this));
        contactPoints.addAll(newContactPoints);
    }

    /** Hides the party from lists and pickers; records that refer to it keep showing its name. */
    void archive() {
        if (archivedAt == null) {
            archivedAt = Instant.now();
            updatedAt = archivedAt;
        }
    }

    /** Shows an archived party in lists and pickers again. */
    void restore() {
        if (archivedAt != null) {
            archivedAt = null;
            updatedAt = Instant.now();
        }
    }

    Instant getArchivedAt() {
        return archivedAt;
    }

    PartyKind getKind() {
        return kind;
    }

    String getName() {
        return name;
    }

    String getGivenName() {
        return givenName;
    }

    String getFamilyName() {
        return familyName;
    }

    UUID getOrganizationId() {
        return organizationId;
    }

    String getEmail() {
        return email;
    }

    String getPhone() {
        return phone;
    }

    String getWebsite() {
        return website;
    }

    String getTaxId() {
        return taxId;
    }

    String getNotes() {
        return notes;
    }

    Instant getCreatedAt() {
        return createdAt;
    }

    Instant getUpdatedAt() {
        return updatedAt;
    }

    Set<PartyRole> getRoles() {
        return roles;
    }

    List<PartyAddress> getAddresses() {
        return addresses;
    }

    List<PartyContactPoint> getContactPoints() {
        return contactPoints;
    }
}
