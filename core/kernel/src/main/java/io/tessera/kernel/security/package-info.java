/**
 * Authentication and the binding of each API request to a tenant: the platform operator signs in
 * with configured HTTP Basic credentials; users with their local account, and act in the tenant
 * their membership (or the {@code X-Tenant} header, checked against their memberships) names.
 */
package io.tessera.kernel.security;
