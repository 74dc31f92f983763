package io.tessera.plugins.pipeline;

import io.tessera.sdk.persistence.TenantScopedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** A sales process: a named, ordered list of stages. */
@Entity
@Table(name = "pipelines")
class Pipeline extends TenantScopedEntity {

    @Column(nullable = false, length = 100)
    private String name;

    @Column(name = "is_default", nullable = false)
    private boolean defaultPipeline;

    protected Pipeline() {
    }

    Pipeline(String name, boolean defaultPipeline) {
        this.name = name;
        this.defaultPipeline = defaultPipeline;
    }

    String getName() {
        return name;
    }

    boolean isDefaultPipeline() {
        return defaultPipeline;
    }
}
