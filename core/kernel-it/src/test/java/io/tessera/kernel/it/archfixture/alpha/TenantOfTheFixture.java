package io.tessera.kernel.it.archfixture.alpha;

import io.tessera.sdk.CurrentTenant;
import io.tessera.sdk.TenantRef;
import java.util.Optional;

/** An implementation of an SDK interface named against the rule ({@code KernelArchitectureTest}): not CurrentTenantService. */
public final class TenantOfTheFixture implements CurrentTenant {

    @Override
    public Optional<TenantRef> get() {
        return Optional.empty();
    }
}
