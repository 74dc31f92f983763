package io.tessera.ui.app.security;

import static com.vaadin.flow.spring.security.VaadinSecurityConfigurer.vaadin;

import com.vaadin.flow.spring.security.NavigationAccessControlConfigurer;
import com.vaadin.flow.spring.security.RequestUtil;
import io.tessera.kernel.security.FallbackSecurityAutoConfiguration;
import io.tessera.kernel.security.InteractiveSignIn;
import io.tessera.kernel.security.OidcLogin;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * The UI's filter chain, for every request the API chains leave: a session-based sign-in, CSRF
 * protection on every non-Vaadin state-changing request (Vaadin protects its own requests with its
 * own token) including the sign-in form's POST, a content security policy that Vaadin's bootstrap
 * tolerates, and the tenant binding.
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

    /** Where the sign-in form posts (Spring Security's form login processes the login view's path). */
    static final String SIGN_IN_PATH = "/login";

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
                                              ObjectProvider<OidcLogin> oidcLogin, UiSession sessions,
                                              RequestUtil vaadinRequests)
            throws Exception {
        // Vaadin's configurer would exempt the sign-in POST from CSRF (login CSRF: a foreign page could sign the
        // browser in to an account of the attacker's). Its login form sends Spring's token from the page's
        // _csrf meta tags, so only Vaadin's own requests, which carry Vaadin's token, are exempt — never a POST
        // to the sign-in URL, whatever its query says.
        RequestMatcher signInPost = PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, SIGN_IN_PATH);
        http.csrf(c -> c.ignoringRequestMatchers(request ->
                        !signInPost.matches(request) && vaadinRequests.isFrameworkInternalRequest(request)))
                .addFilterBefore(new FormSignInThrottle(signIn), UsernamePasswordAuthenticationFilter.class)
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
            http.with(vaadin(), v -> v.enableCsrfConfiguration(false).oauth2LoginPage(oidc.loginPath()));
        } else {
            ProviderManager manager = new ProviderManager(signIn.platformOperator(), signIn.localAccounts());
            manager.setAuthenticationEventPublisher(new ThrottlingEventPublisher(signIn));
            http.authenticationManager(manager);
            http.with(vaadin(), v -> v.enableCsrfConfiguration(false).loginView(LoginView.class));
        }
        return http.build();
    }
}
