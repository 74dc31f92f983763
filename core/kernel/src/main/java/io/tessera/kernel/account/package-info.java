/**
 * Platform-level master data: tenants, local user accounts and their memberships of tenants. The
 * lifecycle around them (provisioning, suspension, invitations) belongs to {@code tenants/}.
 */
package io.tessera.kernel.account;
