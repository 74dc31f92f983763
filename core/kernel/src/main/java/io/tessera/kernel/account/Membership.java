package io.tessera.kernel.account;

import io.tessera.sdk.persistence.TenantScopedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;

/** A user's membership of a tenant, with role names. Tenant-owned. */
@Entity
@Table(name = "memberships")
public class Membership extends TenantScopedEntity {

    @Column(name = "user_id", nullable = false, updatable = false)
    private UUID userId;

    @Column(nullable = false, length = 1000)
    private String roles;

    @Column(nullable = false, length = 16)
    private String status = "ACTIVE";

    @Column(name = "created_at", nullable = false)
    private Instant createdAt = Instant.now();

    protected Membership() {
    }

    Membership(UUID userId, Set<String> roles) {
        this.userId = userId;
        this.roles = String.join(",", roles);
    }

    public UUID getUserId() {
        return userId;
    }

    public String getStatus() {
        return status;
    }

    void setRoles(Set<String> roles) {
        this.roles = String.join(",", roles);
    }

    void setStatus(String status) {
        this.status = status;
    }

    public Set<String> getRoles() {
        return new LinkedHashSet<>(Arrays.asList(roles.split(",")));
    }
}
