package io.tessera.kernel.apikey;

import io.tessera.sdk.persistence.TenantScopedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;

/** An API key of the owning tenant; the secret itself is never stored. */
@Entity
@Table(name = "api_keys")
class ApiKey extends TenantScopedEntity {

    @Column(nullable = false, length = 100)
    private String name;

    @Column(nullable = false, length = 16, updatable = false)
    private String prefix;

    @Column(name = "secret_hash", nullable = false, length = 64, updatable = false)
    private String secretHash;

    @Column(nullable = false, length = 2000)
    private String scopes;

    @Column(name = "created_by", updatable = false)
    private UUID createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt = Instant.now();

    @Column(name = "expires_at")
    private Instant expiresAt;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    @Column(name = "last_used_at")
    private Instant lastUsedAt;

    protected ApiKey() {
    }

    ApiKey(String name, String prefix, String secretHash, Set<String> scopes, UUID createdBy, Instant expiresAt) {
        this.name = name;
        this.prefix = prefix;
        this.secretHash = secretHash;
        this.scopes = String.join(",", scopes);
        this.createdBy = createdBy;
        this.expiresAt = expiresAt;
    }

    String getName() {
        return name;
    }

    String getPrefix() {
        return prefix;
    }

    Set<String> getScopes() {
        return new LinkedHashSet<>(Arrays.asList(scopes.split(",")));
    }

    Instant getCreatedAt() {
        return createdAt;
    }

    Instant getExpiresAt() {
        return expiresAt;
    }

    Instant getRevokedAt() {
        return revokedAt;
    }

    Instant getLastUsedAt() {
        return lastUsedAt;
    }

    void revoke() {
        if (revokedAt == null) {
            revokedAt = Instant.now();
        }
    }
}
