package io.tessera.kernel.account;

import io.tessera.sdk.persistence.Ids;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/** A local account; the email is the login. Platform-level: a user may belong to several tenants. */
@Entity
@Table(name = "users")
public class UserAccount {

    @Id
    private UUID id = Ids.newId();

    @Column(nullable = false, unique = true, length = 320)
    private String email;

    @Column(name = "display_name", nullable = false, length = 200)
    private String displayName;

    @Column(name = "password_hash", length = 200)
    private String passwordHash;

    @Column(nullable = false, length = 16)
    private String status = "ACTIVE";

    @Column(name = "created_at", nullable = false)
    private Instant createdAt = Instant.now();

    @Column(name = "failed_logins", nullable = false)
    private int failedLogins;

    @Column(name = "locked_until")
    private Instant lockedUntil;

    @Column(name = "must_change_password", nullable = false)
    private boolean mustChangePassword;

    @Column(name = "external_subject", unique = true, length = 255)
    private String externalSubject;

    @Version
    private Long version;

    protected UserAccount() {
    }

    UserAccount(String email, String displayName, String passwordHash) {
        this.email = email;
        this.displayName = displayName;
        this.passwordHash = passwordHash;
    }

    public UUID getId() {
        return id;
    }

    public String getEmail() {
        return email;
    }

    public String getDisplayName() {
        return displayName;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public boolean isActive() {
        return "ACTIVE".equals(status);
    }

    /** Whether sign-in is refused until a lock expires. */
    public boolean isLocked(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }

    /** The identity provider's subject ({@code sub}) this account is linked to, if any (Keycloak mode). */
    public String getExternalSubject() {
        return externalSubject;
    }

    void linkExternalSubject(String subject) {
        this.externalSubject = subject;
    }

    public boolean isMustChangePassword() {
        return mustChangePassword;
    }

    /** Whether failed sign-ins were counted since the last successful one. */
    public boolean hasFailedLogins() {
        return failedLogins > 0;
    }

    void failedLogin(int maxAttempts, Duration lockFor, Instant now) {
        failedLogins++;
        if (failedLogins >= maxAttempts) {
            lockedUntil = now.plus(lockFor);
            failedLogins = 0;
        }
    }

    void succeededLogin() {
        failedLogins = 0;
        lockedUntil = null;
    }

    void changePassword(String hash, boolean temporary) {
        this.passwordHash = hash;
        this.mustChangePassword = temporary;
        this.failedLogins = 0;
        this.lockedUntil = null;
    }
}
