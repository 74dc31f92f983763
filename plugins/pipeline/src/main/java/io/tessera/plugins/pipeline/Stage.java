package io.tessera.plugins.pipeline;

import io.tessera.sdk.persistence.TenantScopedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.util.UUID;

/** One step of a pipeline, with the probability (0–100 %) that a deal in it is won. */
@Entity
@Table(name = "pipeline_stages")
class Stage extends TenantScopedEntity {

    @Column(name = "pipeline_id", nullable = false, updatable = false)
    private UUID pipelineId;

    @Column(nullable = false, length = 100)
    private String name;

    @Column(nullable = false)
    private int position;

    @Column(nullable = false, precision = 5, scale = 2)
    private BigDecimal probability;

    protected Stage() {
    }

    Stage(UUID pipelineId, String name, int position, BigDecimal probability) {
        this.pipelineId = pipelineId;
        this.name = name;
        this.position = position;
        this.probability = probability;
    }

    void rename(String name, BigDecimal probability) {
        this.name = name;
        this.probability = probability;
    }

    void placeAt(int position) {
        this.position = position;
    }

    UUID getPipelineId() {
        return pipelineId;
    }

    String getName() {
        return name;
    }

    int getPosition() {
        return position;
    }

    BigDecimal getProbability() {
        return probability;
    }
}
