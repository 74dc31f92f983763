package io.tessera.kernel.security;

import io.tessera.kernel.account.Accounts;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;

/**
 * Counts failed sign-ins per account and locks it for a while after too many in a row
 * ({@link Accounts#MAX_FAILED_LOGINS}, {@link Accounts#LOCK_DURATION}); a locked account is refused
 * even with the right password until the lock expires.
 */
final class LockoutAuthenticationProvider implements AuthenticationProvider {

    private final AuthenticationProvider delegate;
    private final Accounts accounts;

    LockoutAuthenticationProvider(AuthenticationProvider delegate, Accounts accounts) {
        this.delegate = delegate;
        this.accounts = accounts;
    }

    @Override
    public Authentication authenticate(Authentication authentication) throws AuthenticationException {
        try {
            Authentication result = delegate.authenticate(authentication);
            // a transaction only when there is a failure count to clear, not on every request
            if (result != null && result.getPrincipal() instanceof TesseraUser user && user.recentFailures()) {
                accounts.recordSuccessfulLogin(user.id());
            }
            return result;
        } catch (BadCredentialsException e) {
            accounts.recordFailedLogin(authentication.getName());
            throw e;
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return delegate.supports(authentication);
    }
}
