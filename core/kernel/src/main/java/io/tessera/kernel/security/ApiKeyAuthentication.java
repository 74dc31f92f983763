package io.tessera.kernel.security;

import io.tessera.kernel.apikey.ApiKeys;
import java.util.List;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/** An API request authenticated by a tenant's API key. */
final class ApiKeyAuthentication extends AbstractAuthenticationToken {

    private static final long serialVersionUID = 1L;

    private final transient ApiKeys.KeyPrincipal key;

    ApiKeyAuthentication(ApiKeys.KeyPrincipal key) {
        super(List.of(new SimpleGrantedAuthority("ROLE_API_KEY")));
        this.key = key;
        setAuthenticated(true);
    }

    ApiKeys.KeyPrincipal key() {
        return key;
    }

    @Override
    public Object getCredentials() {
        return "";
    }

    @Override
    public Object getPrincipal() {
        return key;
    }
}
