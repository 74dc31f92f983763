package io.tessera.kernel.party;

import io.tessera.kernel.tenancy.TenantContext;
import io.tessera.sdk.TenantRef;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * The current tenant's id for the {@value Party#TENANT_FILTER} filter (Hibernate instantiates it): with no tenant in
 * scope, an id no tenant has, so that nothing is loaded (as row-level security does).
 */
final class CurrentTenantParameter implements Supplier<UUID> {

    CurrentTenantParameter() {
    }

    @Override
    public UUID get() {
        return TenantContext.tenant().map(TenantRef::id).orElse(TenantContext.NO_TENANT);
    }
}
