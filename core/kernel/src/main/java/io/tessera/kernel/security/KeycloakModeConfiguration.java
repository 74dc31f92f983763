package io.tessera.kernel.security;

import io.tessera.kernel.account.FederatedAccounts;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtDecoders;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.SupplierJwtDecoder;

/**
 * Keycloak mode, switched on by the standard properties alone: a bearer-JWT decoder for the API when
 * {@code spring.security.oauth2.resourceserver.jwt.issuer-uri} is set, and the UI's OIDC login when
 * the client registration {@code keycloak} is configured.
 */
@Configuration(proxyBeanMethods = false)
class KeycloakModeConfiguration {

    /**
     * Validates signature (the issuer's published keys, fetched on first use), issuer and expiry
     * ({@code tessera.security.jwt.clock-skew}, 60 s by default).
     */
    @Bean
    @ConditionalOnProperty("spring.security.oauth2.resourceserver.jwt.issuer-uri")
    JwtDecoder jwtDecoder(@Value("${spring.security.oauth2.resourceserver.jwt.issuer-uri}") String issuer,
                          @Value("${tessera.security.jwt.clock-skew:60s}") Duration clockSkew) {
        return new SupplierJwtDecoder(() -> {
            NimbusJwtDecoder decoder = (NimbusJwtDecoder) JwtDecoders.fromIssuerLocation(issuer);
            decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(
                    new JwtTimestampValidator(clockSkew), new JwtIssuerValidator(issuer)));
            return decoder;
        });
    }

    @Bean
    @ConditionalOnProperty(prefix = "spring.security.oauth2.client.registration.keycloak", name = "client-id")
    OidcLogin keycloakOidcLogin(ClientRegistrationRepository registrations, FederatedAccounts accounts) {
        return new KeycloakOidcLogin(registrations, new FederatedOidcUserService(accounts));
    }
}
