package io.tessera.ui.app.security;

import static com.vaadin.flow.spring.security.VaadinSecurityConfigurer.vaadin;

import com.vaadin.flow.spring.security.NavigationAccessControlConfigurer;
import io.tessera.kernel.security.FallbackSecurityAutoConfiguration;
import io.tessera.kernel.security.InteractiveSignIn;
import io.tessera.kernel.security.OidcLogin;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;

/**
 * The UI's filter chain, for every request the API chains leave: a session-based sign-in, CSRF
 * protection on every non-Vaadin state-changing request (Vaadin protects its own requests with its
 * own token), a content security policy that Vaadin's bootstrap tolerates, and the tenant binding.
 */
@Configuration(proxyBeanMethods = false)
class UiSecurityConfiguration {

    /**
     * Vaadin's client needs inline bootstrap script and styles; everything else comes from this origin.
     * Framing is refused.
     */
    static final String UI_CSP = "default-src 'self'; script-src 'self' 'unsafe-inline' 'unsafe-eval'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; "
            + "connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    @Bean
    NavigationAccessControlConfigurer navigationAccessControlConfigurer(ModuleRouteAccessChecker moduleChecker,
                                                                       ObjectProvider<OidcLogin> oidcLogin) {
        // the one checker: it applies Vaadin's annotation rules itself to every view that is not a module's
        NavigationAccessControlConfigurer configurer = new NavigationAccessControlConfigurer()
                .withNavigationAccessChecker(moduleChecker);
        // in Keycloak mode the chain below names Keycloak's sign-in page as the login view instead
        return oidcLogin.getIfAvailable() == null ? configurer.withLoginView(LoginView.class) : configurer;
    }

    @Bean(FallbackSecurityAutoConfiguration.UI_CHAIN)
    @Order(3)
    SecurityFilterChain uiSecurityFilterChain(HttpSecurity http, InteractiveSignIn signIn,
                                              ObjectProvider<OidcLogin> oidcLogin, UiSession sessions)
            throws Exception {
        http.addFilterBefore(new FormSignInThrottle(signIn), UsernamePasswordAuthenticationFilter.class)
                .addFilterAfter(new UiTenantBinding(sessions), AuthorizationFilter.class)
                .sessionManagement(s -> s.sessionFixation(f -> f.changeSessionId()))
                .headers(h -> h
                        .contentSecurityPolicy(c -> c.policyDirectives(UI_CSP))
                        .frameOptions(f -> f.deny())
                        .referrerPolicy(r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN))
                        // Vaadin's pages are rendered after a forward, whose commit the lazy writer never sees
                        .withObjectPostProcessor(new ObjectPostProcessor<HeaderWriterFilter>() {
                            @Override
                            public <O extends HeaderWriterFilter> O postProcess(O filter) {
                                filter.setShouldWriteHeadersEagerly(true);
                                return filter;
                            }
                        }));
        OidcLogin oidc = oidcLogin.getIfAvailable();
        if (oidc != null) {
            // no authenticationManager of our own here: it would hide the OIDC login's providers
            oidc.configure(http);
            http.with(vaadin(), v -> v.oauth2LoginPage(oidc.loginPath()));
        } else {
            ProviderManager manager = new ProviderManager(signIn.platformOperator(), signIn.localAccounts());
            manager.setAuthenticationEventPublisher(new ThrottlingEventPublisher(signIn));
            http.authenticationManager(manager);
            http.with(vaadin(), v -> v.loginView(LoginView.class));
        }
        return http.build();
    }
}
