package io.tessera.kernel.security;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.oauth2.server.resource.web.BearerTokenResolver;
import org.springframework.security.oauth2.server.resource.web.DefaultBearerTokenResolver;

/** Bearer tokens for JWT validation: every {@code Authorization: Bearer} value except API keys ({@code tsk_…}). */
final class ApiBearerTokenResolver implements BearerTokenResolver {

    private final DefaultBearerTokenResolver delegate = new DefaultBearerTokenResolver();

    @Override
    public String resolve(HttpServletRequest request) {
        String token = delegate.resolve(request);
        return token == null || token.startsWith(ApiKeyAuthenticationFilter.KEY_PREFIX) ? null : token;
    }
}
