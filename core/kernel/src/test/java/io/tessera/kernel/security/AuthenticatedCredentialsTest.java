package io.tessera.kernel.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

class AuthenticatedCredentialsTest {

    private final AtomicInteger calls = new AtomicInteger();
    private final AtomicLong version = new AtomicLong();
    private String password = "right-password-123";
    private Instant now = Instant.parse("2026-01-01T00:00:00Z");

    private final AuthenticationProvider delegate = new AuthenticationProvider() {
        @Override
        public Authentication authenticate(Authentication authentication) {
            calls.incrementAndGet();
            if (!password.equals(authentication.getCredentials())) {
                throw new BadCredentialsException("Bad credentials");
            }
            return UsernamePasswordAuthenticationToken.authenticated(authentication.getName(), null, List.of());
        }

        @Override
        public boolean supports(Class<?> authentication) {
            return true;
        }
    };

    private AuthenticatedCredentials cache(Duration ttl) {
        java.time.Clock clock = new java.time.Clock() {
            @Override
            public ZoneOffset getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public java.time.Clock withZone(ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                return now;
            }
        };
        return new AuthenticatedCredentials(delegate, version::get, ttl, clock);
    }

    private static UsernamePasswordAuthenticationToken login(String email, String password, String address) {
        UsernamePasswordAuthenticationToken token = UsernamePasswordAuthenticationToken.unauthenticated(email, password);
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.setRemoteAddr(address);
        token.setDetails(new WebAuthenticationDetails(request));
        return token;
    }

    private static UsernamePasswordAuthenticationToken login(String password) {
        return login("a@b.test", password, "10.0.0.1");
    }

    @Test
    void aRepeatedSignInFromTheSameAddressIsAnsweredFromMemory() {
        AuthenticatedCredentials cache = cache(Duration.ofSeconds(10));
        assertThat(cache.authenticate(login("right-password-123")).isAuthenticated()).isTrue();
        assertThat(cache.authenticate(login("A@b.test ", "right-password-123", "10.0.0.1")).isAuthenticated()).isTrue();
        assertThat(calls).hasValue(1);
    }

    @Test
    void anotherPasswordOrAddressIsCheckedByTheDelegate() {
        AuthenticatedCredentials cache = cache(Duration.ofSeconds(10));
        cache.authenticate(login("right-password-123"));
        assertThatThrownBy(() -> cache.authenticate(login("wrong-password-123"))).isInstanceOf(BadCredentialsException.class);
        cache.authenticate(login("a@b.test", "right-password-123", "10.0.0.2"));
        assertThat(calls).hasValue(3);
    }

    @Test
    void aChangeOfAccessForgetsEverything() {
        AuthenticatedCredentials cache = cache(Duration.ofSeconds(10));
        cache.authenticate(login("right-password-123"));
        password = "new-password-456";
        version.incrementAndGet();
        assertThatThrownBy(() -> cache.authenticate(login("right-password-123"))).isInstanceOf(BadCredentialsException.class);
        assertThat(cache.size()).isZero();
    }

    @Test
    void aFailedSignInOfTheEmailForgetsItsEntriesWhateverTheAddress() {
        AuthenticatedCredentials cache = cache(Duration.ofSeconds(10));
        cache.authenticate(login("right-password-123"));
        cache.authenticate(login("other@b.test", "right-password-123", "10.0.0.1"));
        assertThat(cache.size()).isEqualTo(2);
        assertThatThrownBy(() -> cache.authenticate(login("a@b.test", "guess-123456", "10.9.9.9")))
                .isInstanceOf(BadCredentialsException.class);
        assertThat(cache.size()).as("only other@b.test is left").isEqualTo(1);
        cache.authenticate(login("right-password-123"));
        assertThat(calls).hasValue(4);
    }

    @Test
    void entriesExpire() {
        AuthenticatedCredentials cache = cache(Duration.ofSeconds(10));
        cache.authenticate(login("right-password-123"));
        now = now.plusSeconds(11);
        cache.authenticate(login("right-password-123"));
        assertThat(calls).hasValue(2);
    }

    @Test
    void aTimeToLiveOfZeroAlwaysAsksTheDelegate() {
        AuthenticatedCredentials cache = cache(Duration.ZERO);
        cache.authenticate(login("right-password-123"));
        cache.authenticate(login("right-password-123"));
        assertThat(calls).hasValue(2);
        assertThat(cache.size()).isZero();
    }
}
