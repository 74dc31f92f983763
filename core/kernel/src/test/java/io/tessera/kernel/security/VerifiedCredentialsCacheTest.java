package io.tessera.kernel.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

class VerifiedCredentialsCacheTest {

    private final UUID id = UUID.randomUUID();
    private final AtomicInteger checks = new AtomicInteger();
    private final BCryptPasswordEncoder bcrypt = new BCryptPasswordEncoder(4);
    private final PasswordEncoder counting = new PasswordEncoder() {
        @Override
        public String encode(CharSequence raw) {
            return bcrypt.encode(raw);
        }

        @Override
        public boolean matches(CharSequence raw, String encoded) {
            checks.incrementAndGet();
            return bcrypt.matches(raw, encoded);
        }
    };
    private String hash = bcrypt.encode("right-password-123");
    private boolean locked;
    private Instant now = Instant.parse("2026-01-01T00:00:00Z");

    private VerifiedCredentialsCache cache() {
        DaoAuthenticationProvider dao = new DaoAuthenticationProvider(
                email -> new TesseraUser(id, email, hash, true, locked, false));
        dao.setPasswordEncoder(counting);
        Clock clock = new Clock() {
            @Override
            public ZoneOffset getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(java.time.ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                return now;
            }
        };
        return new VerifiedCredentialsCache(dao, email -> new TesseraUser(id, email, hash, true, locked, false),
                Duration.ofMinutes(5), clock);
    }

    private static UsernamePasswordAuthenticationToken login(String password) {
        return UsernamePasswordAuthenticationToken.unauthenticated("a@b.test", password);
    }

    @Test
    void aRepeatedGoodLoginSkipsTheBcryptCheck() {
        VerifiedCredentialsCache cache = cache();
        assertThat(cache.authenticate(login("right-password-123")).isAuthenticated()).isTrue();
        assertThat(cache.authenticate(login("right-password-123")).isAuthenticated()).isTrue();
        assertThat(checks).hasValue(1);
    }

    @Test
    void aWrongPasswordIsAlwaysChecked() {
        VerifiedCredentialsCache cache = cache();
        cache.authenticate(login("right-password-123"));
        assertThatThrownBy(() -> cache.authenticate(login("wrong-password-123"))).isInstanceOf(BadCredentialsException.class);
        assertThat(checks).hasValue(2);
    }

    @Test
    void aChangedPasswordHashInvalidatesTheEntry() {
        VerifiedCredentialsCache cache = cache();
        cache.authenticate(login("right-password-123"));
        hash = bcrypt.encode("new-password-456");
        assertThatThrownBy(() -> cache.authenticate(login("right-password-123"))).isInstanceOf(BadCredentialsException.class);
    }

    @Test
    void aLockedAccountIsRefusedEvenWhenCached() {
        VerifiedCredentialsCache cache = cache();
        cache.authenticate(login("right-password-123"));
        locked = true;
        assertThatThrownBy(() -> cache.authenticate(login("right-password-123"))).isInstanceOf(LockedException.class);
    }

    @Test
    void entriesExpire() {
        VerifiedCredentialsCache cache = cache();
        cache.authenticate(login("right-password-123"));
        now = now.plus(Duration.ofMinutes(6));
        cache.authenticate(login("right-password-123"));
        assertThat(checks).hasValue(2);
    }
}
