package io.tessera.kernel.security;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;

/**
 * Interactive sign-in through an external OpenID Connect provider (Keycloak mode). The kernel
 * defines a bean of this type only when such a provider is configured; the UI's security chain
 * applies it instead of its login form.
 */
public interface OidcLogin {

    /**
     * Adds the authorization-code login (with PKCE) to the UI's security chain. Its successful
     * sign-ins yield a {@link SignedInUser} principal.
     *
     * @param http the UI chain being built
     * @throws Exception as Spring Security's configurers do
     */
    void configure(HttpSecurity http) throws Exception;

    /** Where an anonymous visitor of the UI is sent to sign in, e.g. {@code /oauth2/authorization/keycloak}. */
    String loginPath();
}
