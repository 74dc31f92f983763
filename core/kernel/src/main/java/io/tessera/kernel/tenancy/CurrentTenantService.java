package io.tessera.kernel.tenancy;

import io.tessera.sdk.CurrentTenant;
import io.tessera.sdk.TenantRef;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** The SDK's read-only view of the current tenant. */
@Component
class CurrentTenantService implements CurrentTenant {

    @Override
    public Optional<TenantRef> get() {
        return TenantContext.tenant();
    }
}
