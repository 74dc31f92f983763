package io.tessera.kernel.security;

import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/** The UI's principal after an OIDC sign-in: the OIDC user, with their local account and organizations. */
final class FederatedOidcUser extends DefaultOidcUser implements SignedInUser {

    private static final long serialVersionUID = 1L;

    private final UUID userId;
    private final String localEmail;
    private final Set<String> claimedOrganizations;

    FederatedOidcUser(OidcUser oidc, UUID userId, String localEmail, Set<String> claimedOrganizations) {
        super(oidc.getAuthorities(), oidc.getIdToken(), oidc.getUserInfo());
        this.userId = userId;
        this.localEmail = localEmail;
        this.claimedOrganizations = Set.copyOf(claimedOrganizations);
    }

    @Override
    public UUID userId() {
        return userId;
    }

    @Override
    public String email() {
        return localEmail;
    }

    @Override
    public Optional<Set<String>> organizations() {
        return Optional.of(claimedOrganizations);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof FederatedOidcUser that && super.equals(that) && userId.equals(that.userId);
    }

    @Override
    public int hashCode() {
        return super.hashCode() * 31 + userId.hashCode();
    }
}
