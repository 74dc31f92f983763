/**
 * The external identity directory that tenant lifecycle keeps in step: {@link
 * io.tessera.tenants.identity.IdentityDirectory} with a no-op implementation for local accounts and a
 * Keycloak one (Organizations as tenants) when {@code tessera.keycloak.admin.server-url} is set.
 */
package io.tessera.tenants.identity;
