package io.tessera.kernel.security;

import io.tessera.kernel.tenancy.ActorChain;
import io.tessera.kernel.tenancy.TenantContext;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Runs the platform operator's requests, once authorized, as system work outside any tenant: provisioning,
 * suspending and offboarding tenants pass the service permission checks that no tenant role passes.
 */
final class PlatformSystemScopeFilter extends OncePerRequestFilter {

    private final String authority;

    PlatformSystemScopeFilter(String role) {
        this.authority = "ROLE_" + role;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        boolean operator = auth != null && auth.isAuthenticated()
                && auth.getAuthorities().stream().anyMatch(a -> authority.equals(a.getAuthority()));
        if (!operator) {
            chain.doFilter(request, response);
            return;
        }
        ActorChain.proceed(TenantContext.Actor.system(null, null), request, response, chain);
    }
}
