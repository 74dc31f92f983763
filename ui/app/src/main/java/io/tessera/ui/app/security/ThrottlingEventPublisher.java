package io.tessera.ui.app.security;

import io.tessera.kernel.security.InteractiveSignIn;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/** Counts every refused form sign-in towards the kernel's per-address throttle. */
final class ThrottlingEventPublisher implements AuthenticationEventPublisher {

    private final InteractiveSignIn signIn;

    ThrottlingEventPublisher(InteractiveSignIn signIn) {
        this.signIn = signIn;
    }

    @Override
    public void publishAuthenticationSuccess(Authentication authentication) {
        // nothing to count: the account's failure counter is reset by the kernel's lockout provider
    }

    @Override
    public void publishAuthenticationFailure(AuthenticationException exception, Authentication authentication) {
        if (exception instanceof BadCredentialsException
                && authentication.getDetails() instanceof WebAuthenticationDetails details
                && details.getRemoteAddress() != null) {
            signIn.recordFailure(details.getRemoteAddress());
        }
    }
}
