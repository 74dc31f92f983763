package io.tessera.kernel.security;

import io.tessera.kernel.access.InvitationAcceptance;
import io.tessera.kernel.access.Roles;
import io.tessera.kernel.account.AccountMemberships;
import io.tessera.kernel.account.FederatedAccounts;
import io.tessera.kernel.account.SignInLockout;
import io.tessera.kernel.account.UserAccounts;
import io.tessera.sdk.persistence.Transactions;
import java.time.Clock;
import java.time.Duration;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationProvider;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import io.tessera.kernel.apikey.ApiKeys;
import io.tessera.kernel.access.AccessChanges;
import io.tessera.kernel.module.RecentModuleStates;
import io.tessera.kernel.module.ModuleEnforcementFilter;
import io.tessera.kernel.publickey.PublicEndpointFilter;
import io.tessera.kernel.publickey.PublicKeysService;
import io.tessera.kernel.plugin.ModuleCatalog;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
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
 * Two filter chains: the platform operator's API and actuator, and the tenant API. Everything else is
 * the UI's chain, or denied without a UI ({@link FallbackSecurityAutoConfiguration}). API errors from
 * security are problem+json too.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    static final String PLATFORM_ROLE = "PLATFORM";

    /** Anonymous entry points of modules: {@code /api/v1/<moduleId>/public/<key>/…}. */
    static final String PUBLIC_ENDPOINTS = "/api/v1/*/public/**";

    /** Directives for API responses: nothing may be loaded or framed. */
    static final String API_CSP = io.tessera.kernel.web.SecurityHeaders.API_CSP;

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

    /** The OpenAPI document describes the API's shape, no tenant's data: public (D12). */
    @Bean
    @Order(0)
    SecurityFilterChain openApiChain(HttpSecurity http) throws Exception {
        return http
                .securityMatcher("/v3/api-docs", "/v3/api-docs/**")
                .authorizeHttpRequests(a -> a.anyRequest().permitAll())
                .headers(h -> h.contentSecurityPolicy(c -> c.policyDirectives(API_CSP)))
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(c -> c.disable())
                .build();
    }

    @Bean
    @Order(1)
    SecurityFilterChain platformChain(HttpSecurity http, PlatformAdminCredentials credentials, PasswordEncoder encoder,
                                      ProblemWriter problems, LoginThrottle throttle, InteractiveSignIn signIn) throws Exception {
        var operator = User.withUsername(credentials.username())
                .password(encoder.encode(credentials.password()))
                .roles(PLATFORM_ROLE)
                .build();
        DaoAuthenticationProvider provider = new DaoAuthenticationProvider(new InMemoryUserDetailsManager(operator));
        provider.setPasswordEncoder(encoder);
        // a tenant user's valid credentials are recognised, so that they are refused 403 (not the operator), not 401:
        // a failed sign-in that would count towards the address throttle
        AuthenticationManager manager = new ProviderManager(provider, signIn.localAccounts());
        return http
                .securityMatcher("/api/v1/platform/**", "/actuator/**")
                .authenticationManager(manager)
                .addFilterBefore(throttle, BasicAuthenticationFilter.class)
                .addFilterAfter(new PlatformSystemScopeFilter(PLATFORM_ROLE), AuthorizationFilter.class)
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

    /**
     * The tenant API. Local mode: HTTP Basic with the local account. Keycloak mode (a JWT decoder
     * exists): bearer JWTs of the configured issuer, and HTTP Basic for users only if
     * {@code tessera.security.user-basic-auth=true} (off by default there: passwords live in Keycloak).
     * API keys ({@code Bearer tsk_…}) work in both.
     */
    @Bean
    @Order(2)
    SecurityFilterChain apiChain(HttpSecurity http, UserAccounts accounts, SignInLockout lockout,
                                 FederatedAccounts federated, AccountMemberships memberships, PasswordEncoder encoder, ProblemWriter problems,
                                 ModuleCatalog catalog, RecentModuleStates moduleStates, ApiKeys apiKeys,
                                 LoginThrottle throttle, SignInAddresses addresses, Roles roles, Transactions tx,
                                 PublicKeysService publicKeys,
                                 ObjectProvider<JwtDecoder> jwtDecoders,
                                 @Value("${tessera.security.user-basic-auth:}") String userBasicAuth,
                                 @Value("${tessera.security.verified-credentials-ttl:5m}") Duration credentialsTtl,
                                 AccessChanges accessChanges,
                                 @Value("${tessera.security.access-cache-ttl:10m}") Duration accessTtl)
            throws Exception {
        JwtDecoder jwtDecoder = jwtDecoders.getIfAvailable();
        boolean basic = userBasicAuth.isBlank() ? jwtDecoder == null : Boolean.parseBoolean(userBasicAuth.strip());
        boolean bearer = jwtDecoder != null;
        AccountUserDetailsService userDetails = new AccountUserDetailsService(accounts);
        DaoAuthenticationProvider dao = new DaoAuthenticationProvider(userDetails);
        dao.setPasswordEncoder(encoder);
        AuthenticationProvider provider = new VerifiedCredentialsCache(dao, userDetails, credentialsTtl, Clock.systemUTC());
        // a repeated request skips even the lookups of the account and its sign-in state (lockout included)
        AuthenticationProvider signIn = new AuthenticatedCredentials(
                new LockoutAuthenticationProvider(provider, lockout, addresses, throttle), accessChanges::version, accessTtl, Clock.systemUTC());
        AuthenticationEntryPoint entryPoint = entryPoint(problems, "Tessera", basic, bearer);
        http
                .securityMatcher("/api/**")
                .authenticationManager(new ProviderManager(signIn))
                // handlers marked @PublicEndpoint, reached only through a tenant's public key (PublicEndpointFilter)
                .authorizeHttpRequests(a -> a.requestMatchers(PUBLIC_ENDPOINTS).permitAll()
                        // anonymous callers set a new account's password with the token; others sign in as themselves
                        .requestMatchers(InvitationAcceptance.PATH + "**").permitAll()
                        .anyRequest().authenticated())
                .exceptionHandling(e -> e.authenticationEntryPoint(entryPoint).accessDeniedHandler(denied(problems)))
                // outermost of the filters below: a database that cannot be reached is a 503, not a sign-in redirect
                .addFilterBefore(new DatabaseUnavailable(problems), BasicAuthenticationFilter.class)
                // counts refused credentials; the lockout provider refuses a throttled address's unknown accounts
                .addFilterBefore(throttle.counting(), BasicAuthenticationFilter.class)
                .addFilterBefore(new ApiKeyAuthenticationFilter(apiKeys, problems), BasicAuthenticationFilter.class)
                .headers(h -> h.contentSecurityPolicy(c -> c.policyDirectives(API_CSP))
                        .referrerPolicy(r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.NO_REFERRER)))
                .addFilterAfter(new TenantResolutionFilter(memberships, roles, tx, problems,
                        new RecentMemberships(accessChanges::version, accessTtl, Clock.systemUTC())), AuthorizationFilter.class)
                .addFilterAfter(new PublicEndpointFilter(publicKeys, problems::write), TenantResolutionFilter.class)
                .addFilterAfter(new ModuleEnforcementFilter(catalog, moduleStates, problems::write), PublicEndpointFilter.class)
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                // stateless HTTP Basic / bearer tokens: no cookie, so no cross-site request forgery
                .csrf(c -> c.disable());
        if (basic) {
            http.httpBasic(b -> b.authenticationEntryPoint(entryPoint));
        }
        if (bearer) {
            // its own manager: the chain's manager above knows local accounts only
            JwtAuthenticationProvider jwt = new JwtAuthenticationProvider(jwtDecoder);
            jwt.setJwtAuthenticationConverter(new JwtUserConverter(federated));
            http.oauth2ResourceServer(o -> o
                    .bearerTokenResolver(new ApiBearerTokenResolver())
                    .jwt(j -> j.authenticationManager(new ProviderManager(jwt)))
                    .authenticationEntryPoint(entryPoint)
                    .accessDeniedHandler(denied(problems)));
        }
        return http.build();
    }

    private static AuthenticationEntryPoint entryPoint(ProblemWriter problems, String realm) {
        return entryPoint(problems, realm, true, false);
    }

    /**
     * 401 as problem+json with the challenges the chain accepts; a refused bearer token is named as such,
     * with the reason (expired, wrong issuer, bad signature, no account), never the token.
     */
    private static AuthenticationEntryPoint entryPoint(ProblemWriter problems, String realm, boolean basic, boolean bearer) {
        return (request, response, e) -> {
            if (e instanceof SignInThrottledException throttled) {
                response.setHeader("Retry-After", String.valueOf(throttled.retryAfterSeconds()));
                problems.write(response, HttpStatus.TOO_MANY_REQUESTS, throttled.getMessage(), request.getRequestURI());
                return;
            }
            if (e instanceof InternalAuthenticationServiceException && DatabaseUnavailable.causedBy(e)) {
                // the credentials could not be checked at all: not the caller's fault
                DatabaseUnavailable.write(problems, request, response);
                return;
            }
            if (e instanceof OAuth2AuthenticationException) {
                response.setHeader("WWW-Authenticate", "Bearer error=\"invalid_token\"");
                problems.write(response, HttpStatus.UNAUTHORIZED, "The bearer token was refused: " + e.getMessage(),
                        request.getRequestURI());
                return;
            }
            if (basic) {
                response.addHeader("WWW-Authenticate", "Basic realm=\"" + realm + "\"");
            }
            if (bearer) {
                response.addHeader("WWW-Authenticate", "Bearer");
            }
            problems.write(response, HttpStatus.UNAUTHORIZED, "Authentication required: sign in with valid credentials",
                    request.getRequestURI());
        };
    }

    private static AccessDeniedHandler denied(ProblemWriter problems) {
        return (request, response, e) -> problems.write(response, HttpStatus.FORBIDDEN,
                "You are not allowed to do this", request.getRequestURI());
    }
}
