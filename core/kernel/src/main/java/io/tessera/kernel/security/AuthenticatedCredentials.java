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
import java.util.function.LongSupplier;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Spares a repeated HTTP Basic request every database round trip of signing in (the account, its sign-in state
 * at the caller's address): the authentication that the wrapped provider (lockout, then the password check)
 * produced for the same credentials from the same address is reused while
 * <ul>
 *   <li>{@link io.tessera.kernel.access.AccessChanges} has not moved on this server since — a password change or reset, a member's
 *       deactivation or new roles, a tenant's suspension move it, so they take effect at once on this server and, on PostgreSQL, on every other when the change's
 *       notification arrives;</li>
 *   <li>no sign-in with that email has failed here since (a failure may lock the account: it is checked afresh);</li>
 *   <li>and the entry is younger than its time to live (a safety net: the notification is what invalidates).</li>
 * </ul>
 * Entries are keyed by an HMAC of email, password and address under a key made per process: the password is
 * never kept. A time to live of zero turns the cache off.
 */
final class AuthenticatedCredentials implements AuthenticationProvider {

    private static final int MAX_ENTRIES = 50_000;

    private record Entry(Authentication authentication, String email, long accessVersion, long expiresAt) {
    }

    private final AuthenticationProvider delegate;
    private final LongSupplier accessVersion;
    private final Duration ttl;
    private final Clock clock;
    /** Keyed once; each digest works on a clone (looking the algorithm up per request cost more than the HMAC). */
    private final Mac prototype;
    private final Map<String, Entry> entries = new ConcurrentHashMap<>();

    AuthenticatedCredentials(AuthenticationProvider delegate, LongSupplier accessVersion, Duration ttl, Clock clock) {
        this.delegate = delegate;
        this.accessVersion = accessVersion;
        this.ttl = ttl;
        this.clock = clock;
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        try {
            prototype = Mac.getInstance("HmacSHA256");
            prototype.init(new SecretKeySpec(key, "HmacSHA256"));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    }

    @Override
    public Authentication authenticate(Authentication authentication) throws AuthenticationException {
        Object credentials = authentication.getCredentials();
        if (credentials == null || authentication.getName() == null || ttl.isZero()) {
            return delegate.authenticate(authentication);
        }
        String email = authentication.getName().strip().toLowerCase(Locale.ROOT);
        String address = authentication.getDetails() instanceof WebAuthenticationDetails web ? web.getRemoteAddress() : "";
        String digest = digest(email, credentials.toString(), address == null ? "" : address);
        long now = clock.millis();
        // read before the delegate runs: a change committed while it runs leaves the entry stale, so it is not kept
        long version = accessVersion.getAsLong();
        Entry entry = entries.get(digest);
        if (entry != null) {
            if (entry.accessVersion() == version && entry.expiresAt() > now) {
                return entry.authentication();
            }
            entries.remove(digest, entry);
        }
        Authentication result;
        try {
            result = delegate.authenticate(authentication);
        } catch (AuthenticationException e) {
            forget(email);
            throw e;
        }
        if (result != null && result.isAuthenticated()) {
            if (entries.size() >= MAX_ENTRIES) {
                entries.values().removeIf(e -> e.expiresAt() <= now || e.accessVersion() != version);
                if (entries.size() >= MAX_ENTRIES) {
                    entries.clear();
                }
            }
            entries.put(digest, new Entry(result, email, version, now + ttl.toMillis()));
        }
        return result;
    }

    /** Drops every remembered sign-in of this email, whatever the password or address. */
    void forget(String email) {
        String normalized = email.strip().toLowerCase(Locale.ROOT);
        entries.values().removeIf(e -> e.email().equals(normalized));
    }

    int size() {
        return entries.size();
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return delegate.supports(authentication);
    }

    private String digest(String email, String password, String address) {
        try {
            Mac mac = (Mac) prototype.clone();
            mac.update(email.getBytes(StandardCharsets.UTF_8));
            mac.update((byte) 0);
            mac.update(address.getBytes(StandardCharsets.UTF_8));
            mac.update((byte) 0);
            return HexFormat.of().formatHex(mac.doFinal(password.getBytes(StandardCharsets.UTF_8)));
        } catch (CloneNotSupportedException e) {
            throw new IllegalStateException("HmacSHA256 cannot be cloned", e);
        }
    }
}
