package io.tessera.plugins.pipeline;

import io.tessera.sdk.persistence.TenantScopedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One entry of an opportunity's history: the stage and status it entered, when and by whom. */
@Entity
@Table(name = "opportunity_stage_history")
class StageChange extends TenantScopedEntity {

    @Column(name = "opportunity_id", nullable = false, updatable = false)
    private UUID opportunityId;

    @Column(name = "from_stage_id", updatable = false)
    private UUID fromStageId;

    @Column(name = "to_stage_id", nullable = false, updatable = false)
    private UUID toStageId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 8, updatable = false)
    private OpportunityStatus status;

    @Column(name = "changed_at", nullable = false, updatable = false)
    private Instant changedAt = Instant.now();

    @Column(name = "changed_by", updatable = false)
    private UUID changedBy;

    protected StageChange() {
    }

    StageChange(UUID opportunityId, UUID fromStageId, UUID toStageId, OpportunityStatus status, UUID changedBy) {
        this.opportunityId = opportunityId;
        this.fromStageId = fromStageId;
        this.toStageId = toStageId;
        this.status = status;
        this.changedBy = changedBy;
    }

    UUID getOpportunityId() {
        return opportunityId;
    }

    UUID getFromStageId() {
        return fromStageId;
    }

    UUID getToStageId() {
        return toStageId;
    }

    OpportunityStatus getStatus() {
        return status;
    }

    Instant getChangedAt() {
        return changedAt;
    }

    UUID getChangedBy() {
        return changedBy;
    }
}
