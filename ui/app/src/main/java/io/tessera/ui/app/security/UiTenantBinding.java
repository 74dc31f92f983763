package io.tessera.ui.app.security;

import io.tessera.kernel.tenancy.ActorChain;
import io.tessera.kernel.security.SignedInUser;
import io.tessera.kernel.tenancy.TenantContext;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Runs every UI request of a signed-in user (page loads, Vaadin's UIDL and heartbeat requests) in the
 * tenant chosen for the session, as the kernel's {@code TenantContext}. The UI uses no push, so no
 * request bypasses this filter.
 */
final class UiTenantBinding extends OncePerRequestFilter {

    private final UiSession sessions;

    UiTenantBinding(UiSession sessions) {
        this.sessions = sessions;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !(auth.getPrincipal() instanceof SignedInUser user)) {
            chain.doFilter(request, response);
            return;
        }
        Optional<TenantContext.Actor> actor = sessions.resolve(user, request.getSession(false));
        if (actor.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        ActorChain.proceed(actor.get(), request, response, chain);
    }
}
