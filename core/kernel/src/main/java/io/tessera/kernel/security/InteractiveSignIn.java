package io.tessera.kernel.security;

import io.tessera.kernel.account.SignInLockout;
import io.tessera.kernel.account.UserAccounts;
import java.util.OptionalLong;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.stereotype.Component;

/**
 * What an interactive (form) sign-in needs from the kernel, so that a UI applies exactly the rules of
 * the API: local accounts with the per-account lockout, the platform operator's configured
 * credentials, and the per-address throttle of failed sign-ins.
 */
@Component
public class InteractiveSignIn {

    /** The authority the platform operator holds. */
    public static final String PLATFORM_AUTHORITY = "ROLE_" + SecurityConfiguration.PLATFORM_ROLE;

    private final UserAccounts accounts;
    private final SignInLockout lockout;
    private final PasswordEncoder encoder;
    private final PlatformAdminCredentials platform;
    private final LoginThrottle throttle;
    private final SignInAddresses addresses;

    InteractiveSignIn(UserAccounts accounts, SignInLockout lockout, PasswordEncoder encoder, PlatformAdminCredentials platform, LoginThrottle throttle,
                      SignInAddresses addresses) {
        this.addresses = addresses;
        this.accounts = accounts;
        this.lockout = lockout;
        this.encoder = encoder;
        this.platform = platform;
        this.throttle = throttle;
    }

    /**
     * Checks email and password of a local account; counts failures and refuses a locked account.
     * A successful sign-in yields a {@link SignedInUser} principal.
     *
     * @return a provider for username/password authentication tokens
     */
    public AuthenticationProvider localAccounts() {
        DaoAuthenticationProvider dao = new DaoAuthenticationProvider(new AccountUserDetailsService(accounts));
        dao.setPasswordEncoder(encoder);
        return new LockoutAuthenticationProvider(dao, lockout, addresses, throttle);
    }

    /**
     * Checks the platform operator's configured credentials; the principal holds {@link #PLATFORM_AUTHORITY}.
     *
     * @return a provider for username/password authentication tokens
     */
    public AuthenticationProvider platformOperator() {
        var operator = User.withUsername(platform.username())
                .password(encoder.encode(platform.password()))
                .authorities(PLATFORM_AUTHORITY)
                .build();
        DaoAuthenticationProvider provider = new DaoAuthenticationProvider(new InMemoryUserDetailsManager(operator));
        provider.setPasswordEncoder(encoder);
        return provider;
    }

    /**
     * Whether sign-ins from this address are currently refused for too many failures.
     *
     * @param address the client's address
     * @return seconds until another attempt is accepted, or empty when it is accepted now
     */
    public OptionalLong retryAfterSeconds(String address) {
        return throttle.retryAfterSeconds(address);
    }

    /**
     * Whether this sign-in is refused before its password is checked because its address is throttled. An account
     * that signed in from this address before is let through (its failures there lock it there, as on the API), so
     * that bad attempts of others behind the same address do not lock its holder out.
     *
     * @param address the client's address
     * @param email   the email the sign-in names, or {@code null}
     * @return seconds until another attempt is accepted, or empty when this one may proceed
     */
    public OptionalLong retryAfterSeconds(String address, String email) {
        OptionalLong retryAfter = throttle.retryAfterSeconds(address);
        if (retryAfter.isEmpty() || email == null || email.isBlank()) {
            return retryAfter;
        }
        boolean known = addresses.state(email, address).map(SignInAddresses.State::known).orElse(false);
        return known ? OptionalLong.empty() : retryAfter;
    }

    /**
     * Counts a failed sign-in from this address towards the throttle.
     *
     * @param address the client's address
     */
    public void recordFailure(String address) {
        throttle.recordFailure(address);
    }
}
