package io.tessera.kernel.security;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.oauth2.client.oidc.web.logout.OidcClientInitiatedLogoutSuccessHandler;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.DefaultOAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestCustomizers;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestRedirectFilter;

/**
 * The UI's sign-in through Keycloak: authorization code with PKCE (for confidential clients too),
 * principals mapped to local accounts by {@link FederatedOidcUserService}, and logout that also ends
 * the Keycloak session (RP-initiated logout, back to the application's root).
 */
final class KeycloakOidcLogin implements OidcLogin {

    static final String REGISTRATION = "keycloak";

    private final ClientRegistrationRepository registrations;
    private final FederatedOidcUserService users;

    KeycloakOidcLogin(ClientRegistrationRepository registrations, FederatedOidcUserService users) {
        this.registrations = registrations;
        this.users = users;
    }

    @Override
    public void configure(HttpSecurity http) throws Exception {
        DefaultOAuth2AuthorizationRequestResolver resolver = new DefaultOAuth2AuthorizationRequestResolver(registrations,
                OAuth2AuthorizationRequestRedirectFilter.DEFAULT_AUTHORIZATION_REQUEST_BASE_URI);
        resolver.setAuthorizationRequestCustomizer(OAuth2AuthorizationRequestCustomizers.withPkce());
        OidcClientInitiatedLogoutSuccessHandler logout = new OidcClientInitiatedLogoutSuccessHandler(registrations);
        logout.setPostLogoutRedirectUri("{baseUrl}/");
        http.oauth2Login(o -> o
                        .authorizationEndpoint(a -> a.authorizationRequestResolver(resolver))
                        .userInfoEndpoint(u -> u.oidcUserService(users)))
                .logout(l -> l.logoutSuccessHandler(logout));
    }

    @Override
    public String loginPath() {
        return OAuth2AuthorizationRequestRedirectFilter.DEFAULT_AUTHORIZATION_REQUEST_BASE_URI + "/" + REGISTRATION;
    }
}
