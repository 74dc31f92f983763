package io.tessera.plugins.leads;

import io.tessera.sdk.persistence.TenantScopedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A prospective customer not yet in the party master: captured, scored, assigned, then converted or dropped. */
@Entity
@Table(name = "leads")
class Lead extends TenantScopedEntity {

    @Column(nullable = false, length = 200)
    private String name;

    @Column(length = 320)
    private String email;

    @Column(length = 300)
    private String company;

    @Column(length = 64)
    private String phone;

    @Column(length = 64)
    private String source;

    @Column(length = 4000)
    private String message;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private LeadStatus status = LeadStatus.NEW;

    @Column(nullable = false)
    private int score;

    @Column(name = "owner_id")
    private UUID ownerId;

    @Column(name = "disqualify_reason", length = 500)
    private String disqualifyReason;

    @Column(name = "company_id")
    private UUID companyId;

    @Column(name = "person_id")
    private UUID personId;

    @Column(name = "opportunity_id")
    private UUID opportunityId;

    @Column(name = "converted_at")
    private Instant convertedAt;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt = Instant.now();

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt = createdAt;

    protected Lead() {
    }

    Lead(String name) {
        this.name = name;
    }

    void describe(String name, String email, String company, String phone, String source, String message) {
        this.name = name;
        this.email = email;
        this.company = company;
        this.phone = phone;
        this.source = source;
        this.message = message;
        this.updatedAt = Instant.now();
    }

    void assignTo(UUID owner) {
        this.ownerId = owner;
        this.updatedAt = Instant.now();
    }

    void scored(int newScore) {
        this.score = newScore;
    }

    void qualify() {
        this.status = LeadStatus.QUALIFIED;
        this.updatedAt = Instant.now();
    }

    void disqualify(String reason) {
        this.status = LeadStatus.DISQUALIFIED;
        this.disqualifyReason = reason;
        this.updatedAt = Instant.now();
    }

    void converted(UUID company, UUID person, UUID opportunity) {
        this.status = LeadStatus.CONVERTED;
        this.companyId = company;
        this.personId = person;
        this.opportunityId = opportunity;
        this.convertedAt = Instant.now();
        this.updatedAt = convertedAt;
    }

    String getName() {
        return name;
    }

    String getEmail() {
        return email;
    }

    String getCompany() {
        return company;
    }

    String getPhone() {
        return phone;
    }

    String getSource() {
        return source;
    }

    String getMessage() {
        return message;
    }

    LeadStatus getStatus() {
        return status;
    }

    int getScore() {
        return score;
    }

    UUID getOwnerId() {
        return ownerId;
    }

    String getDisqualifyReason() {
        return disqualifyReason;
    }

    UUID getCompanyId() {
        return companyId;
    }

    UUID getPersonId() {
        return personId;
    }

    UUID getOpportunityId() {
        return opportunityId;
    }

    Instant getConvertedAt() {
        return convertedAt;
    }

    Instant getCreatedAt() {
        return createdAt;
    }

    Instant getUpdatedAt() {
        return updatedAt;
    }
}
