package io.tessera.kernel.security;

import java.io.Serializable;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * A person signed in with a bearer token from the identity provider, mapped to their local account;
 * the organizations are the token's {@code organization} claim.
 */
record FederatedUser(UUID userId, String email, Set<String> claimedOrganizations) implements SignedInUser, Serializable {

    @Override
    public Optional<Set<String>> organizations() {
        return Optional.of(claimedOrganizations);
    }
}
