package io.tessera.kernel.security;

import io.tessera.kernel.apikey.ApiKeys;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/** Authenticates {@code Authorization: Bearer tsk_…} with a tenant's API key; a bad key is 401 at once. */
final class ApiKeyAuthenticationFilter extends OncePerRequestFilter {

    static final String KEY_PREFIX = "tsk_";
    private static final String BEARER = "Bearer " + KEY_PREFIX;

    private final ApiKeys keys;
    private final ProblemWriter problems;

    ApiKeyAuthenticationFilter(ApiKeys keys, ProblemWriter problems) {
        this.keys = keys;
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader("Authorization");
        if (header == null || !header.startsWith(BEARER)) {
            chain.doFilter(request, response);
            return;
        }
        Optional<ApiKeys.KeyPrincipal> key = keys.authenticate(header.substring("Bearer ".length()).strip());
        if (key.isEmpty()) {
            response.setHeader("WWW-Authenticate", "Bearer error=\"invalid_token\"");
            problems.write(response, HttpStatus.UNAUTHORIZED, "The API key is invalid, expired or revoked",
                    request.getRequestURI());
            return;
        }
        SecurityContextHolder.getContext().setAuthentication(new ApiKeyAuthentication(key.get()));
        chain.doFilter(request, response);
    }
}
