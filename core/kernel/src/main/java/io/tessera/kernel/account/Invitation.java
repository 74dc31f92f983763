package io.tessera.kernel.account;

import io.tessera.sdk.persistence.TenantScopedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * A tenant admin's invitation of an email address to join the tenant with some roles. Only the SHA-256 of its
 * token is kept; it is accepted once, before it expires, by the holder of the account with that email (or by
 * whoever sets the password of a new one). Tenant-owned.
 */
@Entity
@Table(name = "invitations")
class Invitation extends TenantScopedEntity {

    @Column(nullable = false, length = 320, updatable = false)
    private String email;

    @Column(length = 200, updatable = false)
    private String name;

    @Column(nullable = false, length = 1000, updatable = false)
    private String roles;

    @Column(name = "token_hash", nullable = false, length = 64, updatable = false)
    private String tokenHash;

    @Column(name = "expires_at", nullable = false, updatable = false)
    private Instant expiresAt;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt = Instant.now();

    @Column(name = "accepted_at")
    private Instant acceptedAt;

    protected Invitation() {
    }

    Invitation(String email, String name, Set<String> roles, Instant expiresAt) {
        this.email = email;
        this.name = name;
        this.roles = String.join(",", roles);
        this.expiresAt = expiresAt;
    }

    /** Sets the token's hash, once, before the invitation is stored (the token names the invitation's id). */
    void setTokenHash(String tokenHash) {
        this.tokenHash = tokenHash;
    }

    String email() {
        return email;
    }

    String name() {
        return name;
    }

    Set<String> roles() {
        return new LinkedHashSet<>(Arrays.asList(roles.split(",")));
    }

    String tokenHash() {
        return tokenHash;
    }

    Instant expiresAt() {
        return expiresAt;
    }

    boolean isOpen(Instant now) {
        return acceptedAt == null && expiresAt.isAfter(now);
    }

    void accepted(Instant now) {
        this.acceptedAt = now;
    }
}
