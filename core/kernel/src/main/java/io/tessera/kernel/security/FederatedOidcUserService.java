package io.tessera.kernel.security;

import io.tessera.kernel.account.FederatedAccounts;
import io.tessera.kernel.account.UserAccount;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/** Loads the OIDC user as usual, then maps them to their local account, keeping the organization claim. */
final class FederatedOidcUserService implements OAuth2UserService<OidcUserRequest, OidcUser> {

    private final OidcUserService delegate = new OidcUserService();
    private final FederatedAccounts accounts;

    FederatedOidcUserService(FederatedAccounts accounts) {
        this.accounts = accounts;
    }

    @Override
    public OidcUser loadUser(OidcUserRequest request) {
        OidcUser oidc = delegate.loadUser(request);
        try {
            UserAccount account = accounts.federatedAccount(new FederatedAccounts.ExternalIdentity(oidc.getSubject(), oidc.getEmail(),
                    Boolean.TRUE.equals(oidc.getEmailVerified()), oidc.getFullName()));
            return new FederatedOidcUser(oidc, account.getId(), account.getEmail(),
                    OrganizationClaim.aliases(oidc.getClaims().get(OrganizationClaim.NAME)));
        } catch (IllegalStateException | IllegalArgumentException e) {
            throw new OAuth2AuthenticationException(new OAuth2Error("access_denied", e.getMessage(), null), e.getMessage(), e);
        }
    }
}
