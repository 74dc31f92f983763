package io.tessera.kernel.module;

import io.tessera.sdk.persistence.TenantScopedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;

/** One module's state for the owning tenant. */
@Entity
@Table(name = "tenant_modules")
public class TenantModule extends TenantScopedEntity {

    @Column(name = "module_id", nullable = false, updatable = false, length = 100)
    private String moduleId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private TenantModuleState state;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt = Instant.now();

    protected TenantModule() {
    }

    TenantModule(String moduleId, TenantModuleState state) {
        this.moduleId = moduleId;
        this.state = state;
    }

    public String getModuleId() {
        return moduleId;
    }

    public TenantModuleState getState() {
        return state;
    }

    void setState(TenantModuleState state) {
        this.state = state;
        this.changedAt = Instant.now();
    }
}
