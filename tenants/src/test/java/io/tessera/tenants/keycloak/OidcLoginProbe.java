package io.tessera.tenants.keycloak;

import io.tessera.kernel.security.OidcLogin;
import io.tessera.kernel.security.SignedInUser;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.util.TreeSet;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Test stand-in for the UI's security chain (only with {@code tessera.test.oidc-probe=true}): applies
 * the kernel's {@link OidcLogin} exactly as the UI does, and answers {@code GET /probe/me} with the
 * signed-in {@link SignedInUser} as {@code userId|email|organizations}.
 */
@AutoConfiguration
@ConditionalOnProperty("tessera.test.oidc-probe")
public class OidcLoginProbe {

    /** Created by Spring. */
    public OidcLoginProbe() {
    }

    @Bean
    @Order(0)
    SecurityFilterChain oidcProbeChain(HttpSecurity http, OidcLogin login) throws Exception {
        http.securityMatcher("/probe/**", "/oauth2/**", "/login/**", "/logout")
                .authorizeHttpRequests(a -> a.anyRequest().authenticated())
                // the probe has no forms of its own; the UI's chain keeps CSRF protection
                .csrf(c -> c.disable())
                .addFilterAfter(new OncePerRequestFilter() {
                    @Override
                    protected void doFilterInternal(jakarta.servlet.http.HttpServletRequest request, HttpServletResponse response,
                                                    jakarta.servlet.FilterChain chain) throws java.io.IOException, jakarta.servlet.ServletException {
                        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
                        if (!"/probe/me".equals(request.getRequestURI()) || auth == null
                                || !(auth.getPrincipal() instanceof SignedInUser user)) {
                            chain.doFilter(request, response);
                            return;
                        }
                        response.setContentType("text/plain");
                        response.getOutputStream().write((user.userId() + "|" + user.email() + "|"
                                + user.organizations().map(TreeSet::new).map(Object::toString).orElse("none"))
                                .getBytes(StandardCharsets.UTF_8));
                    }
                }, AuthorizationFilter.class);
        login.configure(http);
        return http.build();
    }
}
