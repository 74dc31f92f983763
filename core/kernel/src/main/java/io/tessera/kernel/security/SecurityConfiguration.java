package io.tessera.kernel.security;

import io.tessera.kernel.access.Roles;
import io.tessera.kernel.account.Accounts;
import org.springframework.transaction.support.TransactionTemplate;
import java.time.Clock;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import io.tessera.kernel.apikey.ApiKeys;
import io.tessera.kernel.module.ModuleAccess;
import io.tessera.kernel.module.ModuleEnforcementFilter;
import io.tessera.kernel.plugin.ModuleCatalog;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;

/**
 * Three filter chains: the platform operator's API and actuator, the tenant API, and everything
 * else (denied until the UI arrives). API errors from security are problem+json too.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    static final String PLATFORM_ROLE = "PLATFORM";

    /** Directives for API responses: nothing may be loaded or framed. */
    static final String API_CSP = "default-src 'none'; frame-ancestors 'none'";

    @Bean
    LoginThrottle loginThrottle(ProblemWriter problems,
                                @Value("${tessera.security.login-throttle.max-failures:30}") int maxFailures,
                                @Value("${tessera.security.login-throttle.window:5m}") Duration window) {
        return new LoginThrottle(maxFailures, window, problems, Clock.systemUTC());
    }

    /** The throttle runs inside the security chains only, not as a servlet filter of its own. */
    @Bean
    FilterRegistrationBean<LoginThrottle> loginThrottleRegistration(LoginThrottle throttle) {
        FilterRegistrationBean<LoginThrottle> registration = new FilterRegistrationBean<>(throttle);
        registration.setEnabled(false);
        return registration;
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    @Order(1)
    SecurityFilterChain platformChain(HttpSecurity http, PlatformAdminCredentials credentials, PasswordEncoder encoder,
                                      ProblemWriter problems, LoginThrottle throttle) throws Exception {
        var operator = User.withUsername(credentials.username())
                .password(encoder.encode(credentials.password()))
                .roles(PLATFORM_ROLE)
                .build();
        DaoAuthenticationProvider provider = new DaoAuthenticationProvider(new InMemoryUserDetailsManager(operator));
        provider.setPasswordEncoder(encoder);
        AuthenticationManager manager = new ProviderManager(provider);
        return http
                .securityMatcher("/api/v1/platform/**", "/actuator/**")
                .authenticationManager(manager)
                .addFilterBefore(throttle, BasicAuthenticationFilter.class)
                .headers(h -> h.contentSecurityPolicy(c -> c.policyDirectives(API_CSP))
                        .referrerPolicy(r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.NO_REFERRER)))
                .authorizeHttpRequests(a -> a
                        .requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
                        .anyRequest().hasRole(PLATFORM_ROLE))
                .httpBasic(b -> b.authenticationEntryPoint(entryPoint(problems, "Tessera platform")))
                .exceptionHandling(e -> e.accessDeniedHandler(denied(problems)))
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(c -> c.disable())
                .build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain apiChain(HttpSecurity http, Accounts accounts, PasswordEncoder encoder, ProblemWriter problems,
                                 ModuleCatalog catalog, ModuleAccess moduleAccess, ApiKeys apiKeys,
                                 LoginThrottle throttle, Roles roles, TransactionTemplate tx,
                                 @Value("${tessera.security.verified-credentials-ttl:5m}") Duration credentialsTtl)
            throws Exception {
        AccountUserDetailsService userDetails = new AccountUserDetailsService(accounts);
        DaoAuthenticationProvider dao = new DaoAuthenticationProvider(userDetails);
        dao.setPasswordEncoder(encoder);
        AuthenticationProvider provider = new VerifiedCredentialsCache(dao, userDetails, credentialsTtl, Clock.systemUTC());
        return http
                .securityMatcher("/api/**")
                .authenticationManager(new ProviderManager(new LockoutAuthenticationProvider(provider, accounts)))
                .authorizeHttpRequests(a -> a.anyRequest().authenticated())
                .httpBasic(b -> b.authenticationEntryPoint(entryPoint(problems, "Tessera")))
                .exceptionHandling(e -> e.accessDeniedHandler(denied(problems)))
                .addFilterBefore(throttle, BasicAuthenticationFilter.class)
                .addFilterBefore(new ApiKeyAuthenticationFilter(apiKeys, problems), BasicAuthenticationFilter.class)
                .headers(h -> h.contentSecurityPolicy(c -> c.policyDirectives(API_CSP))
                        .referrerPolicy(r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.NO_REFERRER)))
                .addFilterAfter(new TenantResolutionFilter(accounts, roles, tx, problems), AuthorizationFilter.class)
                .addFilterAfter(new ModuleEnforcementFilter(catalog, moduleAccess, problems::write), TenantResolutionFilter.class)
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                // stateless HTTP Basic: no cookie, so no cross-site request forgery
                .csrf(c -> c.disable())
                .build();
    }

    @Bean
    @Order(3)
    SecurityFilterChain everythingElse(HttpSecurity http) throws Exception {
        return http
                .authorizeHttpRequests(a -> a.requestMatchers("/error").permitAll().anyRequest().denyAll())
                .build();
    }

    private static AuthenticationEntryPoint entryPoint(ProblemWriter problems, String realm) {
        return (request, response, e) -> {
            response.setHeader("WWW-Authenticate", "Basic realm=\"" + realm + "\"");
            problems.write(response, HttpStatus.UNAUTHORIZED, "Authentication required: sign in with valid credentials",
                    request.getRequestURI());
        };
    }

    private static AccessDeniedHandler denied(ProblemWriter problems) {
        return (request, response, e) -> problems.write(response, HttpStatus.FORBIDDEN,
                "You are not allowed to do this", request.getRequestURI());
    }
}
