package io.tessera.kernel.security;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Spares HTTP Basic callers a bcrypt check (~70 ms here) on every request: after one successful check,
 * an HMAC of the presented credentials (keyed per process; the password itself is never kept) is
 * remembered with the account's password hash for a short time. A later request with the same
 * credentials is accepted without bcrypt only if the account still has that same password hash and is
 * enabled and not locked — so a password change, reset or lock takes effect at once, on every node.
 */
final class VerifiedCredentialsCache implements AuthenticationProvider {

    private static final int MAX_ENTRIES = 50_000;

    private record Entry(String passwordHash, long expiresAt) {
    }

    private final AuthenticationProvider delegate;
    private final UserDetailsService users;
    private final Duration ttl;
    private final Clock clock;
    private final byte[] key = new byte[32];
    private final Map<String, Entry> verified = new ConcurrentHashMap<>();

    VerifiedCredentialsCache(AuthenticationProvider delegate, UserDetailsService users, Duration ttl, Clock clock) {
        this.delegate = delegate;
        this.users = users;
        this.ttl = ttl;
        this.clock = clock;
        new SecureRandom().nextBytes(key);
    }

    @Override
    public Authentication authenticate(Authentication authentication) throws AuthenticationException {
        String presented = authentication.getCredentials() == null ? null : authentication.getCredentials().toString();
        if (presented == null || ttl.isZero()) {
            return delegate.authenticate(authentication);
        }
        String digest = digest(authentication.getName(), presented);
        long now = clock.millis();
        Entry entry = verified.get(digest);
        if (entry != null && entry.expiresAt() > now) {
            UserDetails user = users.loadUserByUsername(authentication.getName());
            if (entry.passwordHash().equals(user.getPassword())) {
                if (!user.isAccountNonLocked()) {
                    throw new LockedException("Account locked");
                }
                if (!user.isEnabled()) {
                    throw new DisabledException("Account disabled");
                }
                return UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
            }
            verified.remove(digest);
        }
        Authentication result = delegate.authenticate(authentication);
        if (result != null && result.getPrincipal() instanceof UserDetails user) {
            if (verified.size() >= MAX_ENTRIES) {
                verified.entrySet().removeIf(e -> e.getValue().expiresAt() <= now);
                if (verified.size() >= MAX_ENTRIES) {
                    verified.clear();
                }
            }
            verified.put(digest, new Entry(user.getPassword(), now + ttl.toMillis()));
        }
        return result;
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return delegate.supports(authentication);
    }

    private String digest(String name, String password) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            mac.update(name.strip().toLowerCase(Locale.ROOT).getBytes(StandardCharsets.UTF_8));
            mac.update((byte) 0);
            return HexFormat.of().formatHex(mac.doFinal(password.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    }
}
