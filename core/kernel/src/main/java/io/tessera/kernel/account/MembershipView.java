package io.tessera.kernel.account;

import io.tessera.sdk.TenantRef;
import java.util.Set;

/**
 * One of a user's memberships, as seen when signing in.
 *
 * @param tenant       the tenant
 * @param tenantName   its display name
 * @param tenantStatus whether it is active
 * @param roles        the user's roles there
 */
public record MembershipView(TenantRef tenant, String tenantName, TenantStatus tenantStatus, Set<String> roles) {
}
