package io.tessera.ui.app.security;

import io.tessera.kernel.security.InteractiveSignIn;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.OptionalLong;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses form sign-ins from an address with too many recent failures before any password is
 * checked: back to the login page with {@code ?throttled}, which the page explains. An account known at that
 * address (it signed in from there before) still gets its password checked, as on the API.
 */
final class FormSignInThrottle extends OncePerRequestFilter {

    private final InteractiveSignIn signIn;

    FormSignInThrottle(InteractiveSignIn signIn) {
        this.signIn = signIn;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !("POST".equals(request.getMethod()) && "/login".equals(request.getServletPath()));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        OptionalLong retryAfter = signIn.retryAfterSeconds(request.getRemoteAddr(), request.getParameter("username"));
        if (retryAfter.isPresent()) {
            response.setHeader("Retry-After", String.valueOf(retryAfter.getAsLong()));
            response.sendRedirect(request.getContextPath() + "/login?throttled");
            return;
        }
        chain.doFilter(request, response);
    }
}
