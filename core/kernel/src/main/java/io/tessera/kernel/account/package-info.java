/**
 * Platform-level master data: tenants, local user accounts and their memberships of tenants, one service per seam —
 * {@link io.tessera.kernel.account.TenantProvisioning} creates tenants, {@link io.tessera.kernel.account.TenantDirectory}
 * finds, suspends and configures them, {@link io.tessera.kernel.account.UserAccounts} holds local accounts,
 * {@link io.tessera.kernel.account.SignInLockout} the sign-in bookkeeping, {@link io.tessera.kernel.account.FederatedAccounts}
 * the identity provider's people, {@link io.tessera.kernel.account.AccountMemberships} an account's tenants and
 * {@link io.tessera.kernel.account.Memberships} a tenant's members. The lifecycle around them (provisioning through the
 * platform API, suspension, invitations) belongs to {@code tenants/}.
 */
package io.tessera.kernel.account;
