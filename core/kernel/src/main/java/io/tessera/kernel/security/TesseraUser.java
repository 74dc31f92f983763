package io.tessera.kernel.security;

import java.util.List;
import java.util.UUID;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;

/** A signed-in local account; carries the user id. */
final class TesseraUser extends User implements SignedInUser {

    private static final long serialVersionUID = 1L;

    private final UUID id;
    private final boolean mustChangePassword;
    private final boolean recentFailures;

    TesseraUser(UUID id, String email, String passwordHash, boolean enabled, boolean locked, boolean mustChangePassword) {
        this(id, email, passwordHash, enabled, locked, mustChangePassword, false);
    }

    TesseraUser(UUID id, String email, String passwordHash, boolean enabled, boolean locked, boolean mustChangePassword,
                boolean recentFailures) {
        super(email, passwordHash == null ? "" : passwordHash, enabled, true, true, !locked,
                List.of(new SimpleGrantedAuthority("ROLE_USER")));
        this.id = id;
        this.mustChangePassword = mustChangePassword;
        this.recentFailures = recentFailures;
    }

    /** Whether failed sign-ins were counted since the last success (then a success must reset them). */
    boolean recentFailures() {
        return recentFailures;
    }

    boolean mustChangePassword() {
        return mustChangePassword;
    }

    UUID id() {
        return id;
    }

    @Override
    public UUID userId() {
        return id;
    }

    @Override
    public String email() {
        return getUsername();
    }
}
