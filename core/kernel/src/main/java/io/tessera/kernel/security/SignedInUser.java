package io.tessera.kernel.security;

import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The principal of a person signed in to Tessera, however they signed in (local account by form or
 * HTTP Basic, or Keycloak over OIDC / bearer JWT). The UI and the API resolve the tenant from it.
 */
public interface SignedInUser {

    /** The local account's id (every person, local or federated, has one). */
    UUID userId();

    /** The sign-in email. */
    String email();

    /**
     * The tenant slugs the identity provider vouches for — Keycloak's {@code organization} claim —
     * or empty when the local memberships alone decide (local accounts). When present, a tenant is
     * reachable only if it is both a membership and listed here.
     */
    default Optional<Set<String>> organizations() {
        return Optional.empty();
    }
}
