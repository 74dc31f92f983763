/**
 * Authentication and the binding of each API request to a tenant: the platform operator signs in
 * with configured HTTP Basic credentials; users with their local account (HTTP Basic) or, in
 * Keycloak mode, with a bearer JWT of the configured issuer mapped to their local account; API keys
 * act in their own tenant. A user acts in the tenant their membership (or the {@code X-Tenant}
 * header, checked against their memberships and, in Keycloak mode, the token's organization claim)
 * names. {@link io.tessera.kernel.security.OidcLogin} is the UI's hook for Keycloak sign-in.
 */
package io.tessera.kernel.security;
