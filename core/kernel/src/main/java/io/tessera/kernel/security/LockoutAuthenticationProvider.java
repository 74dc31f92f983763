package io.tessera.kernel.security;

import io.tessera.kernel.account.SignInLockout;
import io.tessera.kernel.tenancy.TenantContext;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalLong;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Limits password guessing per account and per address, so that knowing an email does not let anyone lock its
 * holder out, and a throttled address does not shut out the people who work behind it:
 * <ul>
 *   <li>From an address where the account signed in successfully before ({@link SignInAddresses}), failures count
 *       for that account and address alone: {@link SignInLockout#MAX_FAILED_LOGINS} in a row lock the account there for
 *       {@link SignInLockout#LOCK_DURATION}.</li>
 *   <li>From any other address, failures count for the account: as many in a row lock it for every address it never
 *       signed in from (its holder's known addresses still work).</li>
 *   <li>An address throttled for too many failures ({@link LoginThrottle}) is refused before the password is
 *       checked, except for accounts known at that address.</li>
 * </ul>
 * A locked account is refused even with the right password until the lock expires.
 */
final class LockoutAuthenticationProvider implements AuthenticationProvider {

    private final AuthenticationProvider delegate;
    private final SignInLockout lockout;
    private final SignInAddresses addresses;
    private final LoginThrottle throttle;

    LockoutAuthenticationProvider(AuthenticationProvider delegate, SignInLockout lockout, SignInAddresses addresses,
                                  LoginThrottle throttle) {
        this.delegate = delegate;
        this.lockout = lockout;
        this.addresses = addresses;
        this.throttle = throttle;
    }

    /**
     * Signing in is the kernel's own work, before anyone acts, wherever it is asked for (a filter, the sign-in form,
     * the invitation page of a browser that may be signed in as someone else): its bookkeeping is system-only.
     */
    @Override
    public Authentication authenticate(Authentication authentication) throws AuthenticationException {
        return TenantContext.callWithoutTenant(() -> check(authentication));
    }

    private Authentication check(Authentication authentication) {
        String address = authentication.getDetails() instanceof WebAuthenticationDetails web ? web.getRemoteAddress() : null;
        String email = authentication.getName() == null ? "" : authentication.getName();
        Optional<SignInAddresses.State> state = email.isBlank() ? Optional.empty() : addresses.state(email, address);
        boolean known = state.isPresent() && state.get().known();
        if (address != null && !known) {
            OptionalLong retryAfter = throttle.retryAfterSeconds(address);
            if (retryAfter.isPresent()) {
                throw new SignInThrottledException(retryAfter.getAsLong());
            }
        }
        if (state.isPresent() && state.get().locked(Instant.now())) {
            throw new LockedException("Account locked");
        }
        try {
            Authentication result = delegate.authenticate(authentication);
            if (result != null && result.getPrincipal() instanceof TesseraUser user) {
                // a transaction only when there is something to record, not on every request
                if (address != null && (!known || state.get().addressFailures() > 0)) {
                    addresses.succeeded(user.id(), address);
                }
                // the account-wide count is about unknown addresses: a success at a known one must not reset it,
                // or its holder's every request would hand whoever guesses elsewhere a fresh set of attempts
                if (!known && user.recentFailures()) {
                    lockout.recordSuccessfulLogin(user.id());
                }
            }
            return result;
        } catch (BadCredentialsException e) {
            if (known) {
                addresses.failed(state.get().userId(), address, SignInLockout.MAX_FAILED_LOGINS, SignInLockout.LOCK_DURATION);
            } else {
                lockout.recordFailedLogin(email);
            }
            throw e;
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return delegate.supports(authentication);
    }
}
