package io.tessera.kernel.security;

import io.tessera.kernel.account.FederatedAccounts;
import io.tessera.kernel.account.UserAccount;
import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;

/**
 * Maps a validated bearer JWT to the local account of its subject (see
 * {@link FederatedAccounts#federatedAccount}) and keeps its {@code organization} claim. A token that maps to
 * no account, or whose claim is malformed, is refused as an invalid token.
 */
final class JwtUserConverter implements Converter<Jwt, AbstractAuthenticationToken> {

    private final FederatedAccounts accounts;

    JwtUserConverter(FederatedAccounts accounts) {
        this.accounts = accounts;
    }

    @Override
    public AbstractAuthenticationToken convert(Jwt jwt) {
        try {
            var organizations = OrganizationClaim.aliases(jwt.getClaims().get(OrganizationClaim.NAME));
            UserAccount account = accounts.federatedAccount(new FederatedAccounts.ExternalIdentity(jwt.getSubject(),
                    jwt.getClaimAsString("email"), Boolean.TRUE.equals(jwt.getClaimAsBoolean("email_verified")),
                    jwt.getClaimAsString("name")));
            return new FederatedAuthentication(new FederatedUser(account.getId(), account.getEmail(), organizations), jwt);
        } catch (IllegalStateException | IllegalArgumentException e) {
            throw new InvalidBearerTokenException(e.getMessage(), e);
        }
    }
}
