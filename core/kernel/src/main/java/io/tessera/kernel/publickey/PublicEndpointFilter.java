package io.tessera.kernel.publickey;

import io.tessera.kernel.access.PublicPaths;
import io.tessera.kernel.module.ModuleEnforcementFilter;
import io.tessera.kernel.tenancy.ActorChain;
import io.tessera.kernel.tenancy.TenantContext;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * For {@code /api/v1/<moduleId>/public/<key>/…}: finds the tenant by the key and runs the rest of the chain
 * as that tenant with no user and no permission (whoever signed in or not), so that only handlers marked
 * {@link io.tessera.sdk.security.PublicEndpoint} answer. An unknown key, or a key of another module, is 404.
 */
public final class PublicEndpointFilter extends OncePerRequestFilter {

    /** The paths this filter owns; group 1 is the module id, group 2 the key. */
    private static final Pattern PATH = PublicPaths.PATTERN;

    private final PublicKeysService keys;
    private final ModuleEnforcementFilter.ProblemResponder problems;

    public PublicEndpointFilter(PublicKeysService keys, ModuleEnforcementFilter.ProblemResponder problems) {
        this.keys = keys;
        this.problems = problems;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !PublicPaths.isPublic(request.getRequestURI().substring(request.getContextPath().length()));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        Matcher m = PATH.matcher(path);
        if (!m.matches()) {
            chain.doFilter(request, response);
            return;
        }
        Optional<PublicKeysService.Resolved> resolved = keys.resolve(m.group(2)).filter(r -> r.moduleId().equals(m.group(1)));
        if (resolved.isEmpty()) {
            problems.write(response, HttpStatus.NOT_FOUND, "No such public endpoint", path);
            return;
        }
        // the handler is trusted module code reached through a key the module issued: it runs as system work
        ActorChain.proceed(new TenantContext.Actor(resolved.get().tenant(), null, Set.of(), Set.of(), false, true),
                request, response, chain);
    }
}
