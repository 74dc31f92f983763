package io.tessera.kernel.tenancy;

import io.tessera.sdk.CurrentTenant;
import io.tessera.sdk.TenantRef;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The SDK's read-only view of the current tenant. */
@Component
class CurrentTenantService implements CurrentTenant {

    private final JdbcClient jdbc;

    CurrentTenantService(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<TenantRef> get() {
        return TenantContext.tenant();
    }

    @Override
    public String displayName() {
        TenantRef tenant = require();
        return jdbc.sql("select name from tenants where id = ?").param(tenant.id()).query(String.class).optional()
                .orElseThrow(() -> new IllegalStateException("Tenant " + tenant.slug() + " has no row"));
    }
}
