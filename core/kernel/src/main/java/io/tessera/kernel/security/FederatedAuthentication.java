package io.tessera.kernel.security;

import java.util.List;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;

/** An API request authenticated by a valid bearer JWT of the configured issuer. */
final class FederatedAuthentication extends AbstractAuthenticationToken {

    private static final long serialVersionUID = 1L;

    private final FederatedUser user;
    private final transient Jwt token;

    FederatedAuthentication(FederatedUser user, Jwt token) {
        super(List.of(new SimpleGrantedAuthority("ROLE_USER")));
        this.user = user;
        this.token = token;
        setAuthenticated(true);
    }

    @Override
    public Object getCredentials() {
        return token;
    }

    @Override
    public Object getPrincipal() {
        return user;
    }

    @Override
    public String getName() {
        return user.email();
    }
}
