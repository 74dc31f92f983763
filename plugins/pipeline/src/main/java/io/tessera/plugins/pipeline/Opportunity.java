package io.tessera.plugins.pipeline;

import io.tessera.sdk.persistence.TenantScopedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A potential deal with a party, moving through the stages of one pipeline. */
@Entity
@Table(name = "opportunities")
class Opportunity extends TenantScopedEntity {

    @Column(nullable = false, length = 200)
    private String name;

    @Column(name = "party_id", nullable = false)
    private UUID partyId;

    @Column(name = "owner_id")
    private UUID ownerId;

    @Column(nullable = false, precision = 19, scale = 4)
    private BigDecimal amount;

    @Column(nullable = false, length = 3)
    private String currency;

    @Column(name = "expected_close_date", nullable = false)
    private LocalDate expectedCloseDate;

    @Column(name = "next_step", length = 500)
    private String nextStep;

    @Column(name = "pipeline_id", nullable = false, updatable = false)
    private UUID pipelineId;

    @Column(name = "stage_id", nullable = false)
    private UUID stageId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 8)
    private OpportunityStatus status = OpportunityStatus.OPEN;

    @Column(name = "lost_reason", length = 500)
    private String lostReason;

    @Column(name = "closed_at")
    private Instant closedAt;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt = Instant.now();

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt = createdAt;

    protected Opportunity() {
    }

    Opportunity(UUID pipelineId, UUID stageId) {
        this.pipelineId = pipelineId;
        this.stageId = stageId;
    }

    void describe(String name, UUID partyId, UUID ownerId, BigDecimal amount, String currency,
                  LocalDate expectedCloseDate, String nextStep) {
        this.name = name;
        this.partyId = partyId;
        this.ownerId = ownerId;
        this.amount = amount;
        this.currency = currency;
        this.expectedCloseDate = expectedCloseDate;
        this.nextStep = nextStep;
        this.updatedAt = Instant.now();
    }

    void moveTo(UUID stageId) {
        this.stageId = stageId;
        this.updatedAt = Instant.now();
    }

    /** Back to work after it was won or lost: open again, in the given stage. */
    void reopen(UUID stageId) {
        this.status = OpportunityStatus.OPEN;
        this.stageId = stageId;
        this.lostReason = null;
        this.closedAt = null;
        this.updatedAt = Instant.now();
    }

    void close(OpportunityStatus outcome, String reason) {
        this.status = outcome;
        this.lostReason = reason;
        this.closedAt = Instant.now();
        this.updatedAt = closedAt;
    }

    String getName() {
        return name;
    }

    UUID getPartyId() {
        return partyId;
    }

    UUID getOwnerId() {
        return ownerId;
    }

    BigDecimal getAmount() {
        return amount;
    }

    String getCurrency() {
        return currency;
    }

    LocalDate getExpectedCloseDate() {
        return expectedCloseDate;
    }

    String getNextStep() {
        return nextStep;
    }

    UUID getPipelineId() {
        return pipelineId;
    }

    UUID getStageId() {
        return stageId;
    }

    OpportunityStatus getStatus() {
        return status;
    }

    String getLostReason() {
        return lostReason;
    }

    Instant getClosedAt() {
        return closedAt;
    }

    Instant getCreatedAt() {
        return createdAt;
    }

    Instant getUpdatedAt() {
        return updatedAt;
    }
}
