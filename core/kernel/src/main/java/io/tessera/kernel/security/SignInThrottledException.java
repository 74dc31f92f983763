package io.tessera.kernel.security;

import org.springframework.security.core.AuthenticationException;

/**
 * A sign-in refused, before its password was checked, because its address is throttled and the account never
 * signed in from there; answered 429 with {@code Retry-After}.
 */
final class SignInThrottledException extends AuthenticationException {

    private static final long serialVersionUID = 1L;

    private final long retryAfterSeconds;

    SignInThrottledException(long retryAfterSeconds) {
        super("Too many failed sign-ins from your address; try again in " + retryAfterSeconds + " s");
        this.retryAfterSeconds = retryAfterSeconds;
    }

    long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
