package io.tessera.sdk.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import java.util.UUID;
import org.hibernate.annotations.TenantId;

/**
 * Base class of every tenant-owned entity.
 *
 * <p>The id is a UUIDv7 assigned at construction. The tenant id is filled from the current tenant on
 * insert and every query is filtered by it (Hibernate {@code @TenantId}); on PostgreSQL, row-level
 * security enforces the same rule a second time. The table needs {@code id uuid}, {@code tenant_id
 * uuid not null} and {@code version bigint} columns, with a primary key on {@code (tenant_id, id)}.
 */
@MappedSuperclass
public abstract class TenantScopedEntity {

    @Id
    @Column(name = "id", nullable = false, updatable = false)
    private UUID id = Ids.newId();

    @TenantId
    @Column(name = "tenant_id", nullable = false, updatable = false)
    private UUID tenantId;

    @Version
    @Column(name = "version")
    private Long version;

    /** Creates an entity with a fresh id. */
    protected TenantScopedEntity() {
    }

    /**
     * The entity id.
     *
     * @return the UUIDv7 id
     */
    public UUID getId() {
        return id;
    }

    /**
     * The owning tenant.
     *
     * @return the tenant id, or {@code null} before the entity is persisted
     */
    public UUID getTenantId() {
        return tenantId;
    }

    /**
     * The optimistic-lock version.
     *
     * @return the version, or {@code null} before the entity is persisted
     */
    public Long getVersion() {
        return version;
    }

    @Override
    public final boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        return other instanceof TenantScopedEntity that
                && org.hibernate.Hibernate.getClass(this) == org.hibernate.Hibernate.getClass(that)
                && id.equals(that.id);
    }

    @Override
    public final int hashCode() {
        return id.hashCode();
    }
}
